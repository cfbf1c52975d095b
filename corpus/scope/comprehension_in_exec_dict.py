# execdiff: versions=2.7,3.12,3.13 origin=scope
ns = {'base': 5}
exec("r = [x + base for x in range(3)]", ns)
print(ns['r'])
exec("r2 = [x for x in range(2)]\nleak = 'x' in dir()", ns)
print(ns['leak'])
