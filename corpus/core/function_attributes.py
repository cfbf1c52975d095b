# execdiff: versions=2.7,3.12,3.13 origin=core
def f(a, b=2):
    "doc string"
    return a
print(f.__name__)
print(f.__doc__)
print(f.__defaults__)
print(f.__code__.co_argcount)
f.custom = 'attr'
print(f.custom)
print(sorted(k for k in vars(f)))
__observe__('f', f)
