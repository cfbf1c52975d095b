# execdiff: versions=3.12,3.13 origin=scope
class C:
    r = [y := x for x in range(3)]
