# execdiff: versions=2.7,3.12,3.13 origin=scope
def f():
    a = 1
    try:
        exec("class K(object):\n    v = a\n")
        return 'defined'
    except NameError as e:
        return "NameError: %s" % e
_result = f()
print(_result)
__observe__('result', _result)
