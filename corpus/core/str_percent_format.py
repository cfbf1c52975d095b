# execdiff: versions=2.7,3.12,3.13 origin=core
print("%d|%5d|%-5d|%05d" % (42, 42, 42, 42))
print("%s|%r|%10s|%-10s|" % ('x', 'x', 'right', 'left'))
print("%.2f|%8.3f|%e|%g|%g" % (3.14159, 2.5, 12345.678, 0.0001, 1e20))
print("%x|%X|%o|%#x|%#o" % (255, 255, 8, 255, 8))
print("%c|%c|%%" % (65, 'z'))
print("%s" % (1, ))
print("%s %s" % ([1, 2], (3,)))
print("%i|%+d|% d" % (7, 7, 7))
