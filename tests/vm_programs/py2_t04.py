def f():
    g = {}
    exec "z = 1" in g
    print sorted(k for k in g if k != '__builtins__')
    l = {}
    exec("w = 2", g, l)
    print l
f()
