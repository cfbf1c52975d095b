import sys
def f():
    x = 1
    try:
        del sys._getframe().f_locals['b']
    except Exception as e:
        __observe__('missing', (type(e).__name__, str(e)))
    try:
        del sys._getframe().f_locals['x']
    except Exception as e:
        __observe__('local', (type(e).__name__, str(e)))
f()
