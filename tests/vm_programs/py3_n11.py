def f():
    print(undefined_name_here)
f()
