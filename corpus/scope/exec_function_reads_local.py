# execdiff: versions=2.7,3.12,3.13 origin=scope
def f():
    a = 3
    exec("print(a * 2)")
    exec("print(b)", {'b': 'from dict'})
    __observe__('a', a)
f()
