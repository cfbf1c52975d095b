# execdiff: versions=2.7,3.12,3.13 origin=scope
def f():
    a = 1
    ns = {}
    exec("h = lambda: a", globals(), ns)
    try:
        return ns['h']()
    except NameError as e:
        return "NameError: %s" % e
_result = f()
print(_result)
__observe__('result', _result)
