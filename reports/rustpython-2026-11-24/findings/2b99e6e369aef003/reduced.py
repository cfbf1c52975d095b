def f1():
    a = {}
    exec('__observe__(\'f1.x7#8\', locals())', a)
    __observe__('f1#12', locals())
__observe__('m#13', f1())
def b():
    __observe__('f15#16', locals())
y = x
