def# comment
    pass
