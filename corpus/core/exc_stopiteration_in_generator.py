# execdiff: versions=3.12,3.13 origin=core
def gen():
    yield 1
    raise StopIteration('inner')
try:
    list(gen())
except RuntimeError as e:
    print("RuntimeError: %s" % e)
