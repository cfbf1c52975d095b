# execdiff: versions=2.7,3.12,3.13 origin=scope
def outer(a, b=1):
    c = 2
    def inner(d):
        e = d + c
        return e
    return inner
co = outer.__code__
print(co.co_varnames)
print(co.co_cellvars)
print(co.co_argcount)
ico = outer(0).__code__
print(ico.co_varnames)
print(ico.co_freevars)
_result = ico.co_names
print(_result)
__observe__('result', _result)
