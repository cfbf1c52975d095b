# execdiff: versions=2.7,3.12,3.13 origin=scope
class C(object):
    d = locals()
    v = 'assigned after'
    print("held sees later assignment: %r" % ('v' in d,))
    d['foreign'] = 1
    d2 = locals()
    print("re-call is same dict: %r" % (d2 is d,))
    print("held sees assignment after re-call: %r" % ('v' in d,))
    print("foreign key in re-call: %r" % ('foreign' in d2,))
    del v
    locals()
    print("held still has deleted name: %r" % ('v' in d,))
    d['v'] = 'written'
    try:
        print("name after dict write: %r" % (v,))
    except NameError as e:
        print("name after dict write: %s" % (type(e).__name__,))
    __observe__('C.names', sorted(k for k in list(locals().keys()) if not k.startswith('__')))
print(sorted(k for k in C.__dict__ if not k.startswith('__')))
