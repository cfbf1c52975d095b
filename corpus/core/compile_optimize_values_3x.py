# execdiff: versions=3.12,3.13 origin=core
# compile() accepts optimize -1 to 2 and raises ValueError otherwise, before it looks at the
# mode (CPython's test_builtin checks optimize=3).
for opt in [-1, 0, 1, 2, 3, -2, 10 ** 30]:
    try:
        c = compile('1', '', 'eval', optimize=opt)
        print(opt, 'ok', eval(c))
    except ValueError as e:
        print(opt, '->', e)
for args in [('1', '', 'bad'), ('1', '', 'bad', 0, False, 3)]:
    try:
        compile(*args)
    except ValueError as e:
        print(args, '->', e)
