def f1():
    class C6:
        exec('__observe__(\'f1.g5.C6.x7#8\', {i - 49 for i in range(3)})')
__observe__('f35#39', f1())
