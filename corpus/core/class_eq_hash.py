# execdiff: versions=2.7,3.12,3.13 origin=core
class K(object):
    def __init__(self, k):
        self.k = k
    def __eq__(self, other):
        return isinstance(other, K) and self.k == other.k
    def __hash__(self):
        return hash(self.k)
    def __ne__(self, other):
        return not self.__eq__(other)
print(K(1) == K(1))
print(K(1) != K(2))
print(len(set([K(1), K(1), K(2)])))
_result = {K(3): 'x'}[K(3)]
print(_result)
__observe__('result', _result)
