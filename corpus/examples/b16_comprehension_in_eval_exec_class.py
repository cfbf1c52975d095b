# execdiff: versions=2.7,3.12,3.13 origin=example:b16
def t(label, fn):
    try:
        print("%-44s -> %r" % (label, fn()))
    except Exception as e:
        print("%-44s -> %s: %s" % (label, type(e).__name__, e))
t("eval('[x for _ in range(1)]', {}, {'x': 1})", lambda: eval("[x for _ in range(1)]", {}, {'x': 1}))
t("eval('list(x for _ in range(1))', {}, {'x':1})", lambda: eval("list(x for _ in range(1))", {}, {'x': 1}))
t("eval('(lambda: x)()', {}, {'x': 1})", lambda: eval("(lambda: x)()", {}, {'x': 1}))
def f():
    x = 5
    return eval("[x for _ in range(1)]")
t("eval listcomp inside a function with local x", f)
def cls():
    ns = {}
    exec("class C:\n  y = 1\n  z = [y for _ in range(1)]\n", ns)
    return ns['C'].z
t("class body: [y for _ in range(1)]", cls)
def cls2():
    ns = {}
    exec("class C:\n  y = [1]\n  z = [_ for _ in y]\n", ns)
    return ns['C'].z
t("class body: [_ for _ in y]", cls2)
