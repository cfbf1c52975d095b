import sys
def a():
    try:
        del sys._getframe().f_locals['b']
    except Exception as e:
        __observe__('f1#2', (type(e).__name__, str(e)))
__observe__('m#4', a())
