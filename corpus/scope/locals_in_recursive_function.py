# execdiff: versions=2.7,3.12,3.13 origin=scope
def f(n):
    d = locals()
    if n > 0:
        inner = f(n - 1)
        return [d['n']] + inner
    return [d['n']]
print(f(3))
__observe__('r', f(2))
