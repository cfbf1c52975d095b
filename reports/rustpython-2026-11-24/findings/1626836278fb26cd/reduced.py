import sys
def b():
    try:
        del sys._getframe().f_locals['a']
    except Exception as e:
        __observe__('f17#20', (type(e).__name__, str(e)))
__observe__('m#22', b())
x = w
