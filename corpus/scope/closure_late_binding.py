# execdiff: versions=2.7,3.12,3.13 origin=scope
fs = [lambda: i for i in range(3)]
print([f() for f in fs])
def make():
    out = []
    for j in range(3):
        out.append(lambda: j)
    return out
print([f() for f in make()])
__observe__('late', [f() for f in make()])
