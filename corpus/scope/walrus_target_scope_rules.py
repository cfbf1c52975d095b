# execdiff: versions=3.12,3.13 origin=scope
g = {}
l = {}
exec("r = [y := x for x in range(3)]\n", g, l)
print(sorted(k for k in g if k != '__builtins__'), sorted(l))
def f():
    global z
    [z := i for i in range(2)]
    return z
print(f(), z)
def h():
    r = [w := i for i in range(2)]
    def k():
        return w
    return k()
print(h())
for src in ["[i for i in (y := [1])]", "[i for i in range(2) for j in (q := [1])]", "[j for i in range(2) for j in [(q := 1)]]", "[[(i := 1) for j in range(2)] for i in range(2)]", "[x for x in (lambda: (y := [1]))()]"]:
    try:
        compile(src, "<s>", "exec")
        print("ok")
    except SyntaxError as e:
        print(e.msg)
