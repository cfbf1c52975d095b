# execdiff: versions=2.7,3.12,3.13 origin=core
d = {'a': 1, (1, 2): 'tuple'}
try:
    d['missing']
except KeyError as e:
    print("KeyError: %s" % e)
try:
    d.pop('nope')
except KeyError as e:
    print("KeyError: %s" % e)
print(d[(1, 2)])
d[(3, 4)]
