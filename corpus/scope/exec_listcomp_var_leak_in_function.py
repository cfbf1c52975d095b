# execdiff: versions=2.7,3.12,3.13 origin=scope
def f():
    exec("[q for q in range(3)]")
    return sorted(locals().keys())
r = f()
print(r)
__observe__('r', r)
