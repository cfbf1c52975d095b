def b():
    __observe__('f8.g9.g10#12', {20 - j for j in range(2)})
def c():
    x = b()
__observe__('f8#38', c())
