import sys


def make_closure():
    x = 1

    def g():
        return x
    return g


def empty_cell():
    def inner():
        return y
    __observe__('empty_cell', inner.__closure__[0])
    y = 1
    return inner


def frame_locals():
    a = 1
    b = [a]
    __observe__('f_locals', sys._getframe().f_locals)
    __observe__('locals', locals())
    return b


class C(object):
    k = 1

    def m(self):
        return self


class D(C):
    pass


o = C()
o.a = 1
o.child = D()
o.child.back = o
o.child.deeper = D()
o.child.deeper.deepest = D()
d = {'a': 1, 'b': 2}
d['self'] = d
lst = [1, 2]
lst.append(lst)
shared = [0]

__observe__('bool', True)
__observe__('bool_in_list', [True, 1, False, 0])
__observe__('int', 1)
__observe__('neg', -7)
__observe__('big', 10 ** 50)
__observe__('huge', 2 ** 20000)
__observe__('huge_neg', -(3 ** 3000))
__observe__('float', 1.5)
__observe__('float_small', 1e-300)
__observe__('float_big', 1e22)
__observe__('float_inf', float('-inf'))
__observe__('float_nan', float('nan'))
__observe__('str', 'abc')
__observe__('unicode', u'caf\u00e9')
__observe__('none', None)
__observe__('tuple', (1, (2, 'x'), ()))
__observe__('list', lst)
__observe__('dict', d)
__observe__('dict_int_keys', {3: 'c', 1: 'a', 2: 'b'})
__observe__('nested', {'a': {'b': [1, {'c': None}]}})
__observe__('set', set([3, 1, 2]))
__observe__('frozenset', frozenset([5]))
__observe__('shared', [shared, shared, (shared,)])
__observe__('function', make_closure)
__observe__('closure', make_closure())
__observe__('cell', make_closure().__closure__[0])
__observe__('lambda', lambda: 0)
__observe__('class', C)
__observe__('subclass', D)
__observe__('instance', o)
__observe__('method', o.m)
__observe__('builtin', len)
__observe__('module', sys)
empty_cell()
frame_locals()
__observe__('repeat_dict', d)
deep = []
for i in range(40):
    deep = [deep, (i, {'k': deep})]
__observe__('deep_nesting', deep)
ns = {}
exec('x = 1', ns)
__observe__('exec_namespace', ns)
