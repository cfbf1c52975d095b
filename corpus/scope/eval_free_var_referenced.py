# execdiff: versions=2.7,3.12,3.13 origin=scope
def outer():
    x = 'cell'
    def inner():
        x
        return eval("x")
    return inner()
_result = outer()
print(_result)
__observe__('result', _result)
