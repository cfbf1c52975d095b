# execdiff: versions=2.7,3.12,3.13 origin=scope
# Globals of a dict subclass: 3.x LOAD_GLOBAL reads them through __getitem__ (present keys
# too), LOAD_NAME's globals step does not; STORE_GLOBAL and DELETE_GLOBAL never call the
# subclass's __setitem__/__delitem__, while STORE_NAME/DELETE_NAME (the locals mapping) do.
class D(dict):
    def __getitem__(self, key):
        if key != 'print':
            print('getitem %s' % key)
        if key.startswith('y'):
            return 'got:' + key
        return dict.__getitem__(self, key)
    def __setitem__(self, key, value):
        print('setitem %s' % key)
        dict.__setitem__(self, key, value)
    def __delitem__(self, key):
        print('delitem %s' % key)
        dict.__delitem__(self, key)
g = D(x=1)
src = '''
def f():
    global z, x
    z = 5
    print(x)
    del z
    try:
        return y
    except NameError:
        return 'NameError'
print(f())
print(globals() is f.__globals__)
w = 3
print(w)
del w
'''
exec(src, g)
print(g['f'].__globals__ is g)
h = D(x=2)
exec('try:\n    print(y)\nexcept NameError:\n    print("NameError")\nprint(x)\n', h, {})
__observe__('g', sorted(k for k in g if k != '__builtins__'))
