# execdiff: versions=2.7,3.12,3.13 origin=scope
def make():
    box = [0]
    def inc():
        box[0] += 1
        return box[0]
    return inc
c = make()
c()
c()
print(c())
__observe__('closure', c.__closure__[0].cell_contents)
