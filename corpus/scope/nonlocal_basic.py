# execdiff: versions=3.12,3.13 origin=scope
def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    inc()
    inc()
    return inc(), n
print(counter())
__observe__('r', counter())
