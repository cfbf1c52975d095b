# execdiff: versions=2.7,3.12,3.13 origin=core
for v in (1, 1.5, 'a', u'u', [], (), {}, set(), None, True, len, type, object(), 2 ** 70):
    print(type(v).__name__)
