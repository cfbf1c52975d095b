# execdiff: versions=2.7,3.12,3.13 origin=scope
def f():
    globals()['made_global'] = 'g'
    g = globals()
    return 'made_global' in g
print(f())
print(made_global)
