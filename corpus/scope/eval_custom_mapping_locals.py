# execdiff: versions=2.7,3.12,3.13 origin=scope
class M(object):
    def __getitem__(self, key):
        if key == 'magic':
            return 42
        raise KeyError(key)
print(eval("magic + 1", {}, M()))
try:
    eval("other", {}, M())
except NameError as e:
    print("NameError: %s" % e)
