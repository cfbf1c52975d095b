# execdiff: versions=2.7,3.12,3.13 origin=scope
# A dict subclass passes as globals. 2.7 reads globals with PyDict_GetItem (no __missing__);
# 3.x LOAD_GLOBAL falls back to PyObject_GetItem when globals is not an exact dict.
class D(dict):
    def __missing__(self, key):
        return 'missing:' + key
g = D(x=1)
print(eval('x', g))
print(eval('y', g))
def f():
    return y
g2 = D()
exec('def f():\n    return y\n', g2)
try:
    print(g2['f']())
except NameError as e:
    print('NameError')
print(sorted(k for k in g2 if k != '__builtins__'))
__observe__('g', sorted(k for k in g if k != '__builtins__'))
