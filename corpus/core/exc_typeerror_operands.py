# execdiff: versions=2.7,3.12,3.13 origin=core
for src in ("1 + 'a'", "[] + ()", "'a' - 'b'", "None * 2", "{} < {}", "-'x'", "1 < 'a'"):
    try:
        eval(src)
        print("%s: no error" % src)
    except TypeError as e:
        print("%s: %s" % (src, e))
