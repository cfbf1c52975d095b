# execdiff: versions=2.7,3.12,3.13 origin=scope
def f():
    snaps = []
    for i in range(3):
        snaps.append(locals())
    return [sorted(s.items(), key=lambda kv: kv[0])[0] for s in snaps], snaps[0] is snaps[2]
r = f()
print(r)
