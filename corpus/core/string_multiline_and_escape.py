# execdiff: versions=2.7,3.12,3.13 origin=core
s = """line1
line2\tend"""
print(s)
print(repr(s))
r = r'raw\n'
print(r)
print(len(r))
print('a' 'b' "c")
print('\x41\101\u0042' if False else '\x41\101')
__observe__('s', s)
