# execdiff: versions=2.7,3.12,3.13 origin=scope
class C(object):
    a = 1
    b = eval("a + 1")
    c = eval("b * 10", globals(), locals())
print(C.b)
print(C.c)
__observe__('bc', (C.b, C.c))
