# execdiff: versions=2.7,3.12,3.13 origin=scope
def outer():
    def inner():
        exec("y = 1")
        return 5
    return inner()
_result = outer()
print(_result)
__observe__('result', _result)
