import sys
def c():
    def f():
        try:
            del sys._getframe().f_locals['a']
        except Exception as e:
            __observe__('f1.g3.g4#5', (type(e).__name__, str(e)))
    __observe__('f1#12', f())
__observe__('m#15', c())
