# execdiff: versions=2.7,3.12,3.13 origin=core
a = list(range(6))
for stmt in ["b[::2] = [1, 2]", "b[::-2] = 'xyz'", "b[1:5:2] = ()", "b[::2] = 5", "b[1:2] = 5", "b[4:1:-1] = [7, 8, 9]", "b[0:4:1] = 'q'"]:
    b = list(a)
    try:
        exec(stmt)
        print(b)
    except (TypeError, ValueError) as e:
        print("%s -> %s: %s" % (stmt, type(e).__name__, e))
