# execdiff: versions=2.7,3.12,3.13 origin=scope
a = 1
r = [sorted(k for k in locals().keys() if not k.startswith('__')) for x in range(1)]
print(r[0])
print('r' in r[0])
print(locals() is globals())
__observe__('r', r)
