d = {}
for w in "the quick brown fox jumps over the lazy dog".split():
    d[w] = len(w)
print d
print d.keys()
s = set("abracadabra")
print s
print dict(a=1, b=2, c=3)
print {1: 'a', 2: 'b', 'x': 3}
