# execdiff: versions=2.7,3.12,3.13 origin=scope
for src in ("x = (1,\n", "def f(:\n    pass\n", "if True\n    pass\n", "x = = 1\n", "  x = 1\n"):
    try:
        exec(src)
    except SyntaxError as e:
        print("%s: %s (line %s)" % (type(e).__name__, e.msg, e.lineno))
