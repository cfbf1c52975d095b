# execdiff: versions=2.7,3.12,3.13 origin=core
try:
    assert 1 == 2, "numbers differ"
except AssertionError as e:
    print("AssertionError: %s" % e)
try:
    assert False
except AssertionError as e:
    print("AssertionError: %r" % (str(e),))
assert 1 > 2, ('tuple', 'msg')
