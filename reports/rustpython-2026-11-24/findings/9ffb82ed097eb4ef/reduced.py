y = 0
def a(c):
    def b():
        nonlocal c
        __observe__('f1.g2.x3#4', [locals() for i in range(2)])
        del c
        print()
    __observe__('f1#7', b())
    class d:
        try:
            c = b()
        except Exception as e:
            __observe__('f1.C9#10', (type(e).__name__, str(e)))
        __observe__('f1.C9#11', locals())
__observe__('m#13', a(y))
