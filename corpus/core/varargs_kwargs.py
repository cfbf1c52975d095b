# execdiff: versions=2.7,3.12,3.13 origin=core
def f(a, *args, **kwargs):
    return a, args, sorted(kwargs.items())
print(f(1))
print(f(1, 2, 3))
print(f(1, x=1, y=2))
print(f(*[1, 2], **{'z': 3}))
__observe__('r', f(1, 2, k='v'))
