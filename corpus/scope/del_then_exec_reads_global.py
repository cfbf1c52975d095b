# execdiff: versions=2.7,3.12,3.13 origin=scope
x = 'g'
def f():
    x = 'l'
    del x
    exec("print(x)")
    __observe__('f.locals', locals())
f()
