# execdiff: versions=2.7,3.12,3.13 origin=scope
code = compile("r = a + b", "<code>", "exec")
def f(a, b):
    ns = {'a': a, 'b': b}
    exec(code, ns)
    return ns['r']
print(f(2, 3))
__observe__('r', f(10, 20))
