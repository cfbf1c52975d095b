# execdiff: versions=2.7,3.12,3.13 origin=example:c07 xfail=vm
cases = [
    "1/0", "1//0", "1%0", "divmod(1, 0)", "1.0/0", "1.0//0", "1.0%0", "0**-1", "0.0**-1",
    "None()", "(1)()", "'abc'()", "[]()",
    "1 + 'a'", "'a' + 1", "[] + ()", "'a' * 'b'", "-'a'", "[] * 1.5",
    "len(5)", "(1)[0]", "None[0]", "[][0]", "'abc'[10]", "(1,)[5]", "{}['k']", "{}[(1, 2)]", "{}[[]]",
    "int('x')", "float('x')", "int(None)", "undefined_name", "(1).foo", "object().x = 1", "len.x",
    "import no_such_module_xyz", "from os import no_such_name",
    "a, b = 1, 2, 3", "a, b = [1]", "a, b = 1",
    "hash([])", "iter(5)", "next(iter([]))", "[].pop()", "{}.popitem()", "[].remove(1)", "'abc'.index('z')",
    "def f(x): pass\nf()", "def f(x): pass\nf(1, 2)", "def f(): pass\nf(y=1)", "def f(x): pass\nf(1, x=2)",
    "class A(object):\n  def m(self): pass\nA().m(1)",
    "def f():\n  def g(x): pass\n  g()\nf()",
    "1 < 'a'", "sorted([1, 'a'])", "'%d' % 'a'", "'%s %s' % (1,)", "chr(-1)", "[1][1.0]",
    "raise ValueError", "assert False", "assert 1 == 2, 'msg'", "raise 5",
]
for src in cases:
    ns = {}
    shown = src.replace("\n", "; ")
    try:
        exec(compile(src, "<case>", "exec"), ns)
        print("%-38s -> no error" % shown)
    except Exception as e:
        print("%-38s -> %s: %s" % (shown, type(e).__name__, e))
