import sys
def f():
    a = 1
    fl = sys._getframe().f_locals
    b = 2
    print(sorted(fl.keys()), sorted(k for k, v in fl.items()))
    print(len(fl), list(fl.values()) == [fl[k] for k in fl])
    fl.update({'a': 9, 'c': 3})
    print(a, sorted(locals()))
f()
