print("%5.2f|%-4d|%x|%r|%s" % (3.14159, 7, 255, 'a', None))
print("{0} {1!r} {x:>4}".format(1, 'b', x=3))
print(str(1.0), repr(0.1), 1e300 * 10, -0.0, 2 ** 62, 10 / 4, 10 // 4, -7 // 2, 7 % -3)
print(round(2.5), round(3.5), round(0.125, 2), abs(-3), divmod(7, 2), int('42'), float('1.5'))
