import sys
def a():
    try:
        del sys._getframe().f_locals['x']
    except Exception as e:
        __observe__('f1.g2#3', (type(e).__name__, str(e)))
__observe__('m#8', a())
