def a():
    v = 0
    __observe__('f1#4', {i: v for i in range(2)})
    class b:
        pass
    __observe__('f1#12', locals())
__observe__('m#15', a())
