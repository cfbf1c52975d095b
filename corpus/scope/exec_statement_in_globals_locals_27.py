# execdiff: versions=2.7 origin=scope
def f():
    g = {'a': 1}
    l = {}
    exec "b = a + 1" in g, l
    return sorted(g.keys()), l
_result = f()
print _result
__observe__('result', _result)
