def f35():
    class C36:
        a = compile('__observe__(\'f35.C36.x37#38\', {31 + i for i in range(3)})', '', 'exec')
        exec(a)
__observe__('m#44', f35())
