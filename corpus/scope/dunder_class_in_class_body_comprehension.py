# execdiff: versions=2.7,3.12,3.13 origin=scope
# test_listcomps (references___class__, references___class___enclosing, references_super,
# super_and_class_cell_in_sibling_comps) in a class body: 3.13 reads `__class__` in a class
# body's comprehension as a global (NameError when there is none; the class gets no
# __class__ cell), while 3.12.1's compiler fails on the class's closure (a SystemError whose
# text holds an address, so only the type is printed); 2.7 reads the class's name or global.
def run(src, ns):
    try:
        exec(src, ns)
    except Exception as e:
        print("%s" % type(e).__name__)
    else:
        print("ok %r" % (ns.get("res"),))


run("class C:\n    res = [__class__ for x in [1]]\nres = C.res\n", {})
run("class C:\n    res = [super for x in [1]]\nres = C.res\n", {})
run("class C:\n    [super for _ in [1]]\n    [__class__ for _ in [1]]\n", {})
run("__class__ = 2\nclass C:\n    res = [__class__ for x in [1]]\nres = C.res\n", {})
run("def f():\n    __class__ = 2\n    class C:\n        res = [__class__ for x in [1]]\n    return C.res\nres = f()\n", {})
run("res = [__class__ for x in [1]]\n", {})
run("__class__ = 3\nres = [__class__ for x in [1]]\n", {})
