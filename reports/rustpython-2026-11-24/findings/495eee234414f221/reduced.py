def f1(y=87):
    exec('__observe__(\'f1.x2#3\', {y + i for i in range(3)})')
__observe__('m#9', f1())
