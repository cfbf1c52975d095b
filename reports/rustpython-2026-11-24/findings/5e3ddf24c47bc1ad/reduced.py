def f19():
    def r21():
        exec('__observe__(\'f19.r21.x23#24\', {11 - i for i in range(2)})')
    __observe__('f19#41', r21())
__observe__('m#46', f19())
