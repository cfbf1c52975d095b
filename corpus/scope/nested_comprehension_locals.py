# execdiff: versions=2.7,3.12,3.13 origin=scope
def f():
    a = 0
    r = [[sorted(locals().keys()) for j in [0]] for i in [0]]
    return r[0][0]
print(f())
__observe__('r', f())
