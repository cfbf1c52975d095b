# execdiff: versions=2.7,3.12,3.13 origin=scope
def f():
    a = 1
    print(locals() is locals())
    d = locals()
    print(d is locals())
    print(vars() is locals())
__observe__('module', locals() is globals())
f()
