"""try statements with except* clauses."""


def handle(f):
    try:
        f()
    except* ValueError as eg:
        print(eg)
    except* (TypeError, KeyError):
        raise
    except* OSError as eg:
        raise RuntimeError('os') from eg
    else:
        print('nothing')
    finally:
        print('done')


def loops():
    for i in range(3):
        try:
            pass
        except* ValueError:
            for j in range(2):
                if j:
                    break
                continue
            def g():
                return 1
    return i
