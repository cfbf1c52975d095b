def a():
    class b:
        __observe__('f1.C2#3', {34 - i for i in range(3)})
__observe__('m#7', a())
