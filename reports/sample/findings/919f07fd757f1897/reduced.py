def b():
    a = {}
    exec ('', a)
    __observe__('f1#9', locals())
__observe__('m#11', b())
