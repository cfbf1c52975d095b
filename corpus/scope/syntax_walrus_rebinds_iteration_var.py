# execdiff: versions=3.12,3.13 origin=scope
for src in ("[x := 1 for x in range(3)]\n", "[y for x in range(3) if (x := 1)]\n", "def f():\n    [(z := i) for i in range(2)]\n    return z\n"):
    try:
        compile(src, "<src>", "exec")
        print("compiled")
    except SyntaxError as e:
        print("SyntaxError: %s (line %s)" % (e.msg, e.lineno))
