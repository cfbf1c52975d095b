# execdiff: versions=2.7,3.12,3.13 origin=seed:000_c8d2e9a1759bd7d1
def exec2(a, b, co):
    x = a + b
    exec(co)
    __observe__('exec2.locals', locals())
    return x

co = compile("x = x * 10", '', 'exec')
print(exec2(1, 2, co))
__observe__('exec2', exec2(4, 5, co))
