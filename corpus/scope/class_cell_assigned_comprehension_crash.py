# execdiff: versions=2.7,3.13 origin=scope cpython_crash=3.12
# test_listcomps (references___class___defined) in a class body that also has a method using
# __class__, or declaring it global: the comprehension reads a global on 3.13 (NameError), the class's name on 2.7;
# CPython 3.12.1 itself crashes (SIGSEGV) compiling it.
def run(src):
    ns = {}
    try:
        exec(src, ns)
    except Exception as e:
        print("%s: %s" % (type(e).__name__, e))
    else:
        print("ok %r" % (ns["X"].r, ns.get("__class__")))


run("class X:\n    __class__ = 413\n    r = [__class__ for _ in [1]]\n    def f(self):\n        return __class__\n")
run("class X:\n    __class__ = 413\n    r = [__class__ for _ in [1]]\n")
run("class X:\n    global __class__\n    __class__ = 42\n    r = [__class__ for _ in [1]]\n")
