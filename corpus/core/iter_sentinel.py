# execdiff: versions=2.7,3.12,3.13 origin=core
vals = [1, 2, 0, 5]
it = iter(lambda: vals.pop(0), 0)
print(list(it))
print(vals)
__observe__('vals', vals)
__observe__('it', it)
