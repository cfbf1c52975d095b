# execdiff: versions=2.7,3.12,3.13 origin=core
# PEP 584 (3.9+): dict | dict builds a new dict (right side wins, left order kept), |= updates
# in place and accepts any mapping or iterable of pairs; 2.7 has neither.
a = {'x': 1, 'y': 2}
b = {'y': 20, 'z': 30}
try:
    c = a | b
    print(c, a, list(c))
except TypeError as e:
    print('TypeError', e)
try:
    a |= [('w', 0)]
    print(a)
except TypeError as e:
    print('TypeError', e)
try:
    print({} | [('k', 1)])
except TypeError as e:
    print('TypeError', e)
def f():
    d = {'q': 1}
    d |= {'q': 2, 'r': 3}
    return d
try:
    print(f())
except TypeError as e:
    print('TypeError', e)
