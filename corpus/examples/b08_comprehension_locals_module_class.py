# execdiff: versions=2.7,3.12,3.13 origin=example:b08
def show(label, d):
    print("%s: %r" % (label, sorted(k for k in d if not k.startswith('__'))))
top = 1
r = [locals() for x in [1]][0]
show("module listcomp locals()", r)
print("module listcomp locals() is globals(): %r" % (r is globals()))
class C:
    y = 2
    r = [locals() for x in [1]][0]
    show("class  listcomp locals()", r)
