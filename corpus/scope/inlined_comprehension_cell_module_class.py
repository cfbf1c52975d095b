# execdiff: versions=2.7,3.12,3.13 origin=scope
# PEP 709 at module and class level: a comprehension whose variable a lambda captures is
# inlined with a cell of the module/class code; locals() inside sees the namespace (3.12) or
# only the comprehension's variables (3.13).
x = 'gx'
fs = [lambda: x for x in range(2)]
print([f() for f in fs], x)
y = [lambda: z for z in range(2)]
try:
    print(z)
except NameError as e:
    print("NameError", e)
print(sorted(k for k in globals() if not k.startswith('__')))
class C:
    x = 'cx'
    fs = [lambda: x for x in range(3)]
    vals = [f() for f in fs]
    after = x
    g = [lambda: w for w in 'ab']
print(C.vals, C.after, sorted(k for k in C.__dict__ if not k.startswith('__')))
exec("q = [lambda: i for i in range(2)]\nprint([h() for h in q])\nprint(sorted(k for k in locals() if not k.startswith('__')))", {}, {})
ns = {}
exec("q = [(lambda: i, sorted(locals())) for i in range(1)]\nr = q[0][1]", ns)
print(ns['r'])
