# execdiff: versions=2.7,3.12,3.13 origin=scope
class P(object):
    def __init__(self):
        self.x = 1
        self.inner = None
p = P()
p.inner = P()
__observe__('bool', True)
__observe__('int', 1)
__observe__('big', 2 ** 100)
__observe__('float', 0.1)
__observe__('str', 'text')
__observe__('none', None)
__observe__('tuple', (1, 'a', (2,)))
__observe__('set', set([3, 1, 2]))
__observe__('func', P.__init__)
__observe__('class', P)
__observe__('instance', p)
print('ok')
