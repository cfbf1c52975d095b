# execdiff: versions=2.7,3.12,3.13 origin=scope
# A dict subclass as __builtins__: 3.x LOAD_GLOBAL and LOAD_NAME read it through
# __getitem__ (so __missing__ answers); 2.7 reads the dict inside.
import sys
class B(dict):
    def __getitem__(self, key):
        if key != 'print':
            print('bgetitem %s' % key)
        return dict.__getitem__(self, key)
    def __missing__(self, key):
        if key.startswith('q'):
            return 'bmissing:' + key
        raise KeyError(key)
bd = sys.modules['__builtin__' if sys.version_info[0] == 2 else 'builtins'].__dict__
b = B(bd)
src = '''
def h():
    return len, qq
try:
    print(h()[1])
except NameError as e:
    print('NameError %s' % e)
print(len("ab"))
try:
    print(qr)
except NameError as e:
    print('NameError %s' % e)
'''
exec(src, {'__builtins__': b})
