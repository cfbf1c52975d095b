import sys
def a():
    try:
        del sys._getframe().f_locals['x']
    except Exception as e:
        __observe__('r9#11', (type(e).__name__, str(e)))
__observe__('m#13', a())
