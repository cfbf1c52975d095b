# execdiff: versions=2.7 origin=seed:001_77084804897c0e2f
# "You can also verify that a appears in the dictionary returned by locals()."
def exec_and_locals(codeobj, x):
    exec codeobj
    d = locals()
    return sorted(d.keys()), d['a'], d['x']

a = 5
co = compile("a = a + x; x = a", '', 'exec')
print exec_and_locals(co, 4)
__observe__('result', exec_and_locals(co, 4))
