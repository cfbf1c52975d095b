def f1():
    b = {}
    exec ('__observe__(\'f1.x2.x4#5\', locals())', b)
__observe__('m#18', f1())
