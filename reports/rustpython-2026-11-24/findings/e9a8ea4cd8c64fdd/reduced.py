def f20():
    def g21():
        def g22():
            a = eval('z + z', {'z': 27})
            exec('__observe__(\'f20.g21.g22.x31#32\', {j + a for j in range(3)})\n')
        __observe__('f20.g21#36', g22())
    __observe__('f20#40', g21())
__observe__('m#43', f20())
