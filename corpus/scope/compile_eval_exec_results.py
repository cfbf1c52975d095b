# execdiff: versions=2.7,3.12,3.13 origin=scope
print(eval(compile("1 + 2", "<e>", "eval")))
print(eval(compile("y = 1", "<x>", "exec")))
d = {}
print(eval(compile("y = 1", "<x>", "exec"), d))
print(d['y'])
r = eval(compile("[1, 2]", "<x>", "single"))
print(r)
__observe__('d.y', d['y'])
