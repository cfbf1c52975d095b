# execdiff: versions=2.7,3.12,3.13 origin=seed:001_77084804897c0e2f
# The seed's remark: with the compiled code inline in place of the exec, the
# function raises UnboundLocalError because a is used before it is assigned.
def inline(x):
    a = a + x; x = a
    return x

a = 5
try:
    inline(4)
except UnboundLocalError as e:
    print("UnboundLocalError: %s" % e)
__observe__('a', a)
