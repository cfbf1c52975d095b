# execdiff: versions=2.7,3.12 origin=scope cpython_crash=3.13
# A class body in a function: the comprehension's cell replaces the free variable's cell
# (3.12's MAKE_CELL on the free slot), so the class body reads the comprehension's last
# value afterwards.
def outer():
    v = 'ov'
    class D:
        fs = [lambda: v for v in range(2)]
        got = [f() for f in fs]
        after = v
    return D.got, D.after, v
print(outer())
