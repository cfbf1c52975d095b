# execdiff: versions=3.12,3.13 origin=scope
# exec of a function's code binds its parameters as a call with no arguments would: the
# missing-argument TypeError names the code's co_name (PyEval_EvalCode's function has it as
# its qualified name too), keyword-only defaults are not there, and closure= still applies.
def a():
    x = 1
    def b(*, c=0):
        return x
    def d(p, q=2):
        return x
    for fn in (b, d):
        try:
            exec(fn.__code__, globals(), {}, closure=fn.__closure__)
        except Exception as e:
            print(type(e).__name__, e)
    class K:
        def m(self):
            return x
    try:
        exec(K.m.__code__, {}, closure=K.m.__closure__)
    except Exception as e:
        print(type(e).__name__, e)
a()
def top(z):
    pass
try:
    exec(top.__code__)
except Exception as e:
    print(type(e).__name__, e)
