# execdiff: versions=2.7,3.12,3.13 origin=scope
def f():
    x = 1
    class C(object):
        try:
            del x
            r = 'deleted'
        except NameError as e:
            r = "NameError: %s" % e
    return C.r, x
_result = f()
print(_result)
__observe__('result', _result)
