# execdiff: versions=2.7,3.12,3.13 origin=scope
shared = [1, 2]
holder = {'a': shared, 'b': shared}
__observe__('holder', holder)
__observe__('shared', shared)
def f():
    d = locals()
    __observe__('d1', d)
    __observe__('d2', locals())
    return d is locals()
print(f())
