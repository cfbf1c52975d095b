# execdiff: versions=2.7,3.12,3.13 origin=scope
c = compile("a = b + 1\ndef f(p):\n    return p\n", "<attrs>", "exec")
print(c.co_name)
print(c.co_filename)
print(sorted(c.co_names))
print(c.co_varnames)
__observe__('names', sorted(c.co_names))
