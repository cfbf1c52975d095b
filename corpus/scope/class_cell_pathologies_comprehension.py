# execdiff: versions=2.7,3.12,3.13 origin=scope
# test_super (various___class___pathologies) with the reads moved into comprehensions: a bare
# `__class__` in a class body whose method makes the cell is a NameError (never
# UnboundLocalError); a comprehension in such a body reads a global on 3.13 (NameError) where
# 3.12.1's compiler fails (SystemError); a class in a function evaluates `__class__` in the
# comprehension's first iterable outside the comprehension.
def run(src):
    ns = {}
    try:
        exec(src, ns)
    except Exception as e:
        # 3.12.1's SystemError text holds an address: its type is what is compared.
        if type(e).__name__ == "SystemError":
            print("SystemError")
        else:
            print("%s: %s" % (type(e).__name__, e))
    else:
        print("ok %r" % (sorted(k for k in ns if not k.startswith("__")),))


run("class X:\n    __class__\n    def f():\n        __class__\n")
run("class X:\n    r = [__class__ for _ in [1]]\n    def f(self):\n        return __class__\n")
run("def g():\n    class X:\n        r = [x for x in [__class__]]\n        def f(self):\n            return __class__\n    return X.r\nprint(g())\n")
