import sys
def f():
    a = 1
    p = sys._getframe().f_locals
    p['a'] = 5
    print(a)
    p['zz'] = 1
    print('zz' in locals(), sorted(p.keys()) if hasattr(p, 'keys') else None)
f()
