# execdiff: versions=2.7,3.12,3.13 origin=core
for src in ("1.0 / 0", "1.0 // 0", "1.0 % 0", "divmod(1.0, 0)", "1 / 0.0", "0.0 ** -1", "2 ** 2 / 0.0"):
    try:
        eval(src)
        print("%s -> ok" % src)
    except ZeroDivisionError as e:
        print("%s -> %s" % (src, e))
