def f10():
    exec('__observe__(\'f10.g11.x12#13\', {63 + i for i in range(2)})')
__observe__('m#20', f10())
