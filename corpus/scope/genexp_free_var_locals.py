# execdiff: versions=2.7,3.12,3.13 origin=scope
def f():
    y = 5
    g = (sorted(k for k in locals().keys() if k != '.0') for x in range(1) if y)
    return next(g)
print(f())
def h():
    y = 5
    g = (locals() for x in range(1) if y)
    d = next(g)
    return sorted(k for k in d if k != '.0'), d['y']
print(h())
__observe__('h', h())
