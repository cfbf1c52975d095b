# execdiff: versions=2.7,3.12,3.13 origin=scope
class A(object):
    v = 1
    try:
        class B(object):
            w = v
        r = 'ok'
    except NameError as e:
        r = "NameError: %s" % e
_result = A.r
print(_result)
__observe__('result', _result)
