# execdiff: versions=2.7,3.12,3.13 origin=core
for v in (0, 1, '', 'a', [], [0], {}, None, 0.0, (), set()):
    if v:
        print("%r truthy" % (v,))
    elif v is None:
        print("None")
    else:
        print("%r falsy" % (v,))
