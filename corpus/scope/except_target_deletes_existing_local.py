# execdiff: versions=2.7,3.12,3.13 origin=scope
def f():
    e = 'before'
    try:
        raise ValueError('v')
    except ValueError as e:
        pass
    __observe__('f.locals', locals())
    return e
print(f())
