# execdiff: versions=2.7,3.12,3.13 origin=scope
for src in ("1 +", "x = 1", "def f(): pass", ""):
    try:
        eval(src)
    except SyntaxError as e:
        print("SyntaxError: %s" % (e.msg,))
