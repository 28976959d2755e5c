x = a: b
