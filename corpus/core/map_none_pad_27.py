# execdiff: versions=2.7 origin=core
print(map(None, [1, 2], [3]), map(None, 'ab'), map(lambda a, b: (a, b), [1], [2, 3]), map(str, (1, 2)))
try:
    map(str, 5)
except TypeError as e:
    print(e)
