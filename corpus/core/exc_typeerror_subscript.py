# execdiff: versions=2.7,3.12,3.13 origin=core
for src in ("None[0]", "1[0]", "len[0]", "(1).x[0] if False else 5['a']"):
    try:
        eval(src)
    except TypeError as e:
        print("TypeError: %s" % e)
d = {}
d[[1]] = 2
