def f():
    try:
        1 / 0
    except ZeroDivisionError as e:
        exec("print(type(e).__name__)")
        l = locals()
    print(sorted(l))
    print(sorted(locals()))
f()
