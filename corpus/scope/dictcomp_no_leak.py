# execdiff: versions=2.7,3.12,3.13 origin=scope
def f():
    d = {k: 1 for k in 'ab'}
    s = {m for m in 'ab'}
    try:
        return k
    except NameError as e:
        return "NameError: %s" % e
_result = f()
print(_result)
__observe__('result', _result)
