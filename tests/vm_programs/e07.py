def f():
    g = {}
    exec("a = 1\ndef h(): return a\nr = h()", g)
    print(g['r'], sorted(k for k in g if k != '__builtins__'))
f()
