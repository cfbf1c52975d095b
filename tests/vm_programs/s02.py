def f():
    x = 1
    exec("y = 2")
    exec("print(sorted(k for k in locals() if k != 'y'))")
    print(eval("sorted(locals())"))
    print('y' in locals())
f()
