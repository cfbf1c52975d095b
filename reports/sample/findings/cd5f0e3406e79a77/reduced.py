def f26():
    def g31():
        exec('__observe__(\'f26.g31.x34.x39#40\', {i: locals() for i in range(2)})')
    __observe__('f26#46', g31())
__observe__('m#49', f26())
