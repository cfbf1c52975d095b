# execdiff: versions=2.7,3.12,3.13 origin=scope
def f():
    a = 1
    d = locals()
    d['zz'] = 'foreign'
    print('zz' in locals())
    print('zz' in d)
    __observe__('locals', locals())
f()
