# execdiff: versions=2.7,3.12,3.13 origin=scope
def outer():
    x = 1
    def inner():
        return x
    d = locals()
    print(sorted(d.keys()))
    print(d['x'])
    x = 5
    print(locals()['x'])
    print(inner())
outer()
