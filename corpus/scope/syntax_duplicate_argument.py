# execdiff: versions=2.7,3.12,3.13 origin=scope
for src in ("def f(x, x):\n    pass\n", "lambda a, a: 0\n", "def g(a, **a):\n    pass\n"):
    try:
        compile(src, "<src>", "exec")
        print("compiled")
    except SyntaxError as e:
        print("SyntaxError: %s (line %s)" % (e.msg, e.lineno))
