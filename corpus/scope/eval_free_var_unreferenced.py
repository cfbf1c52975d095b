# execdiff: versions=2.7,3.12,3.13 origin=scope
x = 'global'
def outer():
    x = 'cell'
    def inner():
        return eval("x")
    return inner(), x
_result = outer()
print(_result)
__observe__('result', _result)
