# execdiff: versions=2.7,3.12,3.13 origin=scope
def plain():
    return 1
def with_exec():
    exec("x = 1")
def nested():
    def inner():
        return 1
    return inner
for f in (plain, with_exec, nested):
    print("%s optimized=%r newlocals=%r nested=%r" % (f.__name__, bool(f.__code__.co_flags & 1), bool(f.__code__.co_flags & 2), bool(f.__code__.co_flags & 16)))
