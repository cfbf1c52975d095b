# execdiff: versions=2.7,3.12,3.13 origin=scope
exec("a = 1", globals(), locals())
print(a)
l = {}
exec("b = 2", globals(), l)
print('b' in globals())
print(l)
__observe__('l', l)
