# execdiff: versions=2.7,3.12,3.13 origin=scope
# 2.7's compiler leaves out branches with a constant test (number/string literal,
# __debug__): their names get no slot (co_varnames order) and their compile-time errors vanish.
def a():
    if 0:
        x = 0
    ns26 = 0
    for x in range(1):
        pass
def b():
    while 0:
        y = 1
    z = 2
    y = 3
def c():
    if 1:
        pass
    else:
        w = 1
    v = 2
    w = 3
def d():
    if 0:
        q = 1
    else:
        r = 2
    q = 3
for f in (a, b, c, d):
    print(f.__code__.co_varnames)
srcs = ["if 0:\n    return 1\n", "if 1:\n    pass\nelse:\n    return 1\n", "while 0:\n    return 1\n", "while 0:\n    break\n", "if 0:\n    break\n", "if '':\n    return 1\n", "if None:\n    return 1\n", "if 0.0:\n    return 1\n", "if not 1:\n    return 1\n", "if __debug__:\n    pass\nelse:\n    return 1\n", "if 0:\n    yield 1\n", "if 0:\n    continue\n", "while 0:\n    pass\nelse:\n    return 2\n", "if 0L:\n    return 1\n"]
for s in srcs:
    try:
        compile(s, '<s>', 'exec')
        r = 'ok'
    except SyntaxError as e:
        r = '%s (line %s)' % (e.msg, e.lineno)
    print('%-45r %s' % (s, r))
def f():
    if 0:
        a = 1
    if '':
        b = 1
    if None:
        c = 1
    if __debug__:
        pass
    else:
        d = 1
    e = 1
    a = b = c = d = 2
print(f.__code__.co_varnames)
def g():
    if 0:
        x = 0
    ns26 = 0
    for x in range(1):
        __observe__('g', locals())
        print(list(locals()))
g()
