# execdiff: versions=2.7,3.12,3.13 origin=scope
for src in ("a = 1\nb = 2\n", "a = 1; b = 2", "if 1:\n    a = 1\n"):
    try:
        compile(src, "<s>", "single")
        print("ok %r" % src)
    except SyntaxError as e:
        print("SyntaxError: %s" % (e.msg,))
