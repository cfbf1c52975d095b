# execdiff: versions=2.7,3.12,3.13 origin=scope
for src in ("None = 1\n", "True = 1\n", "__debug__ = 1\n", "def f(None): pass\n"):
    try:
        compile(src, "<src>", "exec")
        print("compiled %r" % src)
    except SyntaxError as e:
        print("SyntaxError: %s" % (e.msg,))
