# execdiff: versions=3.13 origin=campaign:3d633e513e8abf00-260f1e25 xfail=vm
def a():
    def b():
        nonlocal c
        __observe__('f1.g2.g3.x5#6', 8 ** -2)
    __observe__('f1#17', b())
    del c
    print()
    __observe__('f1#19', locals())
try:
    __observe__('m#20', a())
except Exception as e:
    pass
