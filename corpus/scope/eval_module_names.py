# execdiff: versions=2.7,3.12,3.13 origin=scope
a = 41
print(eval("a + 1"))
print(eval("a", {'a': 'dict'}))
print(eval("a", {'a': 'g'}, {'a': 'l'}))
__observe__('r', eval("a * 2"))
