# execdiff: versions=2.7 origin=scope
def f():
    exec "y = 1"
    return y + z
print f.__code__.co_varnames, sorted(f.__code__.co_names)
def g():
    return y + z
print g.__code__.co_varnames, sorted(g.__code__.co_names)
