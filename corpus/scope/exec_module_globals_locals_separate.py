# execdiff: versions=2.7,3.12,3.13 origin=scope
g = {}
l = {}
exec("z = 3\ndef f():\n    return 1\n", g, l)
print(sorted(g.keys()))
print(sorted(l.keys()))
__observe__('l.z', l['z'])
