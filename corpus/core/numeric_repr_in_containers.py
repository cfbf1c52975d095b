# execdiff: versions=2.7,3.12,3.13 origin=core
print([1, 2 ** 64, 1.5, -0.0, True])
print((10 ** 20,))
print({'k': 2 ** 65})
__observe__('c', [2 ** 64, 1.5])
