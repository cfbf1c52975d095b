# execdiff: versions=2.7,3.12,3.13 origin=scope
def f():
    a = 1
    return {k: sorted(locals().keys()) for k in [0]}
print(f())
__observe__('r', f())
