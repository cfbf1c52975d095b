b = 0
a = b
def h():
    __observe__('f1.x2.x3#4', locals())
__observe__('m#7', h())
def c():
    __observe__('f9#10', locals())
z = a
def d():
    def f(v=z):
        def g(n):
            nonlocal v
            if n:
                __observe__('f13.g14.r15#16', g(n - 1))
            del v
            print()
            __observe__('f13.g14.r15#19', locals())
        try:
            __observe__('f13.g14#20', g(3))
        except Exception as e:
            __observe__('f13.g14#21', (type(e).__name__, str(e)))
        __observe__('f13.g14#22', locals())
        __observe__('f13.g14#23', locals())
    __observe__('f13#24', f())
    __observe__('f13#26', locals())
__observe__('m#27', d())
__observe__('m#globals', list(((k, v) for k, v in sorted(globals().items()) if k[:2] != '__' if type(v).__name__ in ('int', 'long', 'str', 'bool', 'NoneType', 'list', 'tuple'))))
