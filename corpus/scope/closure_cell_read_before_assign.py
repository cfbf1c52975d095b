# execdiff: versions=2.7,3.12,3.13 origin=scope
def outer():
    try:
        print(x)
    except NameError as e:
        print("%s: %s" % (type(e).__name__, e))
    x = 2
    def inner():
        return x
    return inner()
_result = outer()
print(_result)
__observe__('result', _result)
