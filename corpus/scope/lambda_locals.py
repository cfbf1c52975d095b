# execdiff: versions=2.7,3.12,3.13 origin=scope
f = lambda p, q=2: locals()
print(sorted(f(5).items()))
__observe__('r', f(5))
