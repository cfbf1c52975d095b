# execdiff: versions=2.7,3.12,3.13 origin=example:d06
[x for x in range(3)]
try:
    print("x leaked: %r" % x)
except NameError as e:
    print("NameError: %s" % e)
print("%s %s %s %s %s" % (type(range(3)).__name__, type(map(str, [1])).__name__,
                          type(zip([1], [2])).__name__, type({}.keys()).__name__,
                          type(filter(None, [1])).__name__))
for src in ["1 < 'a'", "None < 0", "[1] < (1,)", "sorted([3, 'a', 1.5, None])", "cmp(1, 2)"]:
    try:
        print("%-28s -> %r" % (src, eval(src)))
    except Exception as e:
        print("%-28s -> %s: %s" % (src, type(e).__name__, e))
