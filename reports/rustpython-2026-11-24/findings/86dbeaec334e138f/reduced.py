b = 1
def f1(y=b):
    exec('__observe__(\'f1.x5.x6#9\', {y - j for j in range(2)})')
__observe__('m#13', f1(b))
