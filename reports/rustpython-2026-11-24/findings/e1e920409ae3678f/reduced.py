def a():
    __observe__('f1#3', {85 * i for i in range(3)})
__observe__('m#6', a())
