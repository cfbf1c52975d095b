# execdiff: versions=3.12,3.13 origin=core
g = 'global'
def outer():
    c = 'cell'
    def inner():
        l = 'local'
        return f'{l} {c} {g}'
    return inner()
print(outer())
class K:
    a = 'classattr'
    s = f'{a}'
print(K.s)
__observe__('r', outer())
