# execdiff: versions=2.7,3.12,3.13 origin=example:a14
src = "y = 1\ndef g():\n    return y\nr = g()\n"
g1, l1 = {}, {}
try:
    exec(src, g1, l1)
    print("separate dicts: r=%r" % l1['r'])
except NameError as e:
    print("separate dicts: NameError: %s" % e)
g2 = {}
exec(src, g2)
print("single dict:    r=%r" % g2['r'])
