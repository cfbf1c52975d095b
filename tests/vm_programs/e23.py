d = {}
for k in ['banana', 'apple', 'cherry', 'date', 'elder', 'fig', 'grape']:
    d[k] = len(k)
print(list(d))
s = set(['banana', 'apple', 'cherry', 'date'])
print(sorted(s) == sorted(list(s)), len(s))
print(list(set([5, 3, 17, 33, 1])))
del d['apple']
d['zz'] = 0
print(list(d.items()))
