# execdiff: versions=2.7,3.12,3.13 origin=scope
def outer():
    x = 1
    def get():
        return x
    d = locals()
    x = 2
    return d['x'], get(), locals()['x'], d['x']
r = outer()
print(r)
__observe__('r', r)
