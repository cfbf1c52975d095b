# execdiff: versions=2.7,3.12,3.13 origin=seed:004_0085b14c16886dfa
x = 1

def foo():
    def _():
         print(x)

    _()
    x = 2

foo()
