# execdiff: versions=3.12,3.13 origin=scope
# exec'd code writes the cells it is given: a nonlocal rebinding, an augmented assignment and
# a del are seen by the function that owns the cell and by every closure sharing it.
def outer():
    x = 1
    items = []
    def bump():
        nonlocal x
        x += 10
        items.append(x)
    def drop():
        nonlocal x
        del x
    def get():
        try:
            return x
        except NameError as e:
            return 'NameError %s' % e
    return bump, drop, get
bump, drop, get = outer()
exec(bump.__code__, {}, closure=bump.__closure__)
exec(bump.__code__, {'x': 'global x'}, closure=bump.__closure__)
print(get())
print(bump.__closure__[0].cell_contents)
exec(drop.__code__, {}, closure=drop.__closure__)
print(get())
try:
    exec(bump.__code__, {}, closure=bump.__closure__)
except NameError as e:
    print('NameError %s' % e)
def counter():
    n = 0
    def step():
        nonlocal n
        n = n + 1
    for i in range(3):
        exec(step.__code__, globals(), closure=step.__closure__)
    return n
print(counter())
__observe__('after', get())
