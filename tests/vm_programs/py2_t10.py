def f():
    [x for x in range(3)]
    print x
    exec "x = 10"
    print x
f()
print [y for y in range(2)], y
