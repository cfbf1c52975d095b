# execdiff: versions=2.7,3.12,3.13 origin=scope
def gen():
    exec("z = 1")
    yield 'first'
    try:
        yield eval("z")
    except NameError as e:
        yield "NameError: %s" % e
r = list(gen())
print(r)
__observe__('r', r)
