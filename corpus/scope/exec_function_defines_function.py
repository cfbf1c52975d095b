# execdiff: versions=2.7,3.12,3.13 origin=scope
def f():
    exec("def h():\n    return 42\n")
    d = locals()
    print('h' in d)
    print(d['h']())
f()
