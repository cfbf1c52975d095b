def a():
    __observe__('f29#30', [locals() for j in range(2)])
__observe__('m#34', a())
