# execdiff: versions=2.7,3.12,3.13 origin=example:b10
import sys
def f(p):
    q = 1
    print("vars() == locals(): %r" % (vars() == locals()))
    print("vars() is locals(): %r" % (vars() is locals()))
    print("dir(): %r" % dir())
    print("globals() is module __dict__: %r" % (globals() is sys.modules[__name__].__dict__))
    exec("r = 1")
    print("dir() after exec('r = 1'): %r" % dir())
    try:
        vars(1)
    except TypeError as e:
        print("vars(1): TypeError: %s" % e)
    globals()['made_global'] = 42
    return made_global
print("returned %r" % f(0))
