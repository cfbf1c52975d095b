# execdiff: versions=2.7,3.12,3.13 origin=seed:004_0085b14c16886dfa xfail=vm
x = 1
def foo():
    exec('print(x)')
    x = 2

import dis
dis.dis(foo)
