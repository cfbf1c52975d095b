def f():
    exec("import sys as s")
    print(sorted(locals()))
f()
