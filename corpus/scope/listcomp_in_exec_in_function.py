# execdiff: versions=2.7,3.12,3.13 origin=scope
def f():
    a = 1
    exec("r = [a for _ in range(2)]")
    d = locals()
    return d.get('r')
r = f()
print(r)
__observe__('r', r)
