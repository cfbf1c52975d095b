def a():
    __observe__('f1.g2#4', {4 - j for j in range(2)})
__observe__('m#11', a())
