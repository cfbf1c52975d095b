# execdiff: versions=2.7,3.12,3.13 origin=scope
def f():
    try:
        raise ValueError('v')
    except ValueError as e:
        g = lambda: e
    return g()
print(f())
