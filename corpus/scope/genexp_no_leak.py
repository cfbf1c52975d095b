# execdiff: versions=2.7,3.12,3.13 origin=scope
def f():
    g = list(j for j in range(3))
    try:
        return j
    except NameError as e:
        return "NameError: %s" % e
_result = f()
print(_result)
__observe__('result', _result)
