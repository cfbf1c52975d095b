# execdiff: versions=2.7,3.12,3.13 origin=scope
class C(object):
    n = 10
    try:
        r = list(i + n for i in range(2))
    except NameError as e:
        r = "NameError: %s" % e
_result = C.r
print(_result)
__observe__('result', _result)
