w = 1
def f1(a=w):
    b = compile('__observe__(\'f1.g5.x16.x17#18\', {a - j for j in range(3)})', '', 'exec')
    exec(b)
__observe__('m#25', f1(w))
