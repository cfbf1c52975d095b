# execdiff: versions=2.7,3.12,3.13 origin=core
class C(object):
    def m(self):
        return 'm'
print(type(C.m).__name__)
try:
    C.m(5)
    print("called with 5")
except TypeError as e:
    print("TypeError: %s" % e)
