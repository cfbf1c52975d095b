# execdiff: versions=2.7,3.12,3.13 origin=core
d = {'name': 'Ann', 'n': 3}
print("%(name)s has %(n)d items" % d)
print("%(n)05.1f" % d)
__observe__('s', "%(name)r" % d)
