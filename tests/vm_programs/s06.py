def f():
    loc = {}
    exec("def g(): return 42\nr = g()", {}, loc)
    print(loc['r'], sorted(loc))
    src = "class K:\n    a = 1\n    b = a + 1\n"
    ns = {}
    exec(src, ns)
    print(ns['K'].b)
f()
