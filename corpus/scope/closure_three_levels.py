# execdiff: versions=2.7,3.12,3.13 origin=scope
def a():
    v = 'a'
    def b():
        def c():
            return v
        return c()
    return b()
print(a())
_result = a.__code__.co_cellvars
print(_result)
__observe__('result', _result)
