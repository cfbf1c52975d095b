# execdiff: versions=2.7,3.12,3.13 origin=core
print(ord('A'))
print(chr(97))
print([ord(c) for c in 'hi!'])
print(repr(chr(10)))
try:
    ord('ab')
except TypeError as e:
    print("TypeError: %s" % e)
__observe__('o', ord('z'))
