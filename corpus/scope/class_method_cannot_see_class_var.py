# execdiff: versions=2.7,3.12,3.13 origin=scope
class C(object):
    a = 1
    def m(self):
        return a
try:
    C().m()
except NameError as e:
    print("NameError: %s" % e)
