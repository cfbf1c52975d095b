# execdiff: versions=2.7,3.12,3.13 origin=scope
def f():
    ns = {}
    exec("v = 1\ndef g():\n    return v\nr = g()\n", ns)
    return ns['r']
print(f())
__observe__('r', f())
