# execdiff: versions=2.7,3.12,3.13 origin=scope
for src in ("def f():\n    return [(yield x) for x in range(3)]\n", "def g():\n    return list((yield x) for x in range(3))\n"):
    try:
        compile(src, "<src>", "exec")
        print("compiled")
    except SyntaxError as e:
        print("SyntaxError: %s (line %s)" % (e.msg, e.lineno))
