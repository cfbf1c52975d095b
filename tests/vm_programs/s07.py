def f():
    x = 10
    code = compile("x * 2", "<e>", "eval")
    print(eval(code), eval(code, {"x": 3}))
    c2 = compile("z = x + 1", "<x>", "exec")
    d = {"x": 1}
    exec(c2, d)
    print(d["z"])
f()
