# execdiff: versions=2.7,3.12,3.13 origin=scope
print(eval("x + y", {'x': 1}, {'y': 2}))
print(eval("x", {'x': 'g'}, {'x': 'l'}))
g = {}
eval("1", g)
_result = sorted(g.keys())
print(_result)
__observe__('result', _result)
