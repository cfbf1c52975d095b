# execdiff: versions=2.7,3.12,3.13 origin=scope
class Logged(object):
    def __init__(self):
        self.data = {}
        self.log = []
    def __getitem__(self, key):
        self.log.append('get ' + key)
        return self.data[key]
    def __setitem__(self, key, value):
        self.log.append('set ' + key)
        self.data[key] = value
    def __delitem__(self, key):
        self.log.append('del ' + key)
        del self.data[key]
m = Logged()
exec("x = 1\ny = x + 1\ndel x\nz = len('ab')", {}, m)
print(m.log)
print(sorted(m.data.items()))
__observe__('log', m.log)
