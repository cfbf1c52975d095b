# execdiff: versions=3.12,3.13 origin=scope
for src in ("def f():\n    x = 1\n    def g():\n        x = 2\n        nonlocal x\n",
            "def f():\n    x = 1\n    def g():\n        print(x)\n        nonlocal x\n"):
    try:
        compile(src, "<src>", "exec")
        print("compiled")
    except SyntaxError as e:
        print("SyntaxError: %s (line %s)" % (e.msg, e.lineno))
