# execdiff: versions=2.7,3.12,3.13 origin=core
print(str.upper('abc'))
print(list(map(str.strip, [' a ', 'b '])))
print(sorted(['b', 'A', 'c'], key=str.lower))
l = []
list.append(l, 1)
dict.update({}, a=1)
print(l)
print(str.join('-', ['x', 'y']))
print(tuple.count((1, 1, 2), 1))
print(str.upper)
print(type(list.append).__name__)
for thunk in (lambda: str.upper(1), lambda: str.upper(), lambda: list.append((), 1)):
    try:
        thunk()
    except TypeError as e:
        print("TypeError: %s" % e)
