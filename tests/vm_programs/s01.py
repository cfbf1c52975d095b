import sys
def f():
    x = 1
    def g(): return x
    fl = sys._getframe().f_locals
    fl['x'] = 7
    print(x, g())
    try:
        del fl['x']
    except Exception as e:
        print(type(e).__name__, e)
    print(len(fl), 'x' in fl, fl == fl, list(fl))
    print(fl.get('x'), fl.get('nope', 'dflt'))
f()
