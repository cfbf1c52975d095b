code = compile("x = x + 1", "<s>", "exec")
def run(x):
    exec(code)
    return x
print(run(1))
ns = {'x': 5}
exec(code, ns)
print(ns['x'])
