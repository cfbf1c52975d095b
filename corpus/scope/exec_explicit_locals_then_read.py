# execdiff: versions=2.7,3.12,3.13 origin=scope
def f():
    l = {'a': 5}
    exec("b = a * 2\ndel a", globals(), l)
    __observe__('l', l)
    return l
print(f())
