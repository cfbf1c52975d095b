def b():
    def f():
        def g(n):
            nonlocal c
            try:
                if n:
                    __observe__('f1.g2.r3#4', g(n - 1))
                del c
            finally:
                __observe__('f1.g2.r3#5', locals())
        try:
            __observe__('f1.g2#6', g(4))
        except Exception as e:
            __observe__('f1.g2#7', (type(e).__name__, str(e)))
    c = f()
__observe__('m#16', b())
