# execdiff: versions=2.7,3.12,3.13 origin=core
def deco(fn):
    def wrapper(*a):
        return '<' + str(fn(*a)) + '>'
    return wrapper
@deco
def val(x):
    return x * 2
print(val(4))
_result = val.__name__
print(_result)
__observe__('result', _result)
