# execdiff: versions=2.7,3.12,3.13 origin=scope
# Module-level nonlocal: "nonlocal and global" (from a global elsewhere in the module, which
# marks the module's own symbol) is checked before "not allowed at module level".
srcs = ["nonlocal z\n", "nonlocal z\ndef f():\n    global z\n", "def f():\n    global z\nnonlocal z\n", "x = 1\nnonlocal x\n", "nonlocal a, b\n", "class C:\n    nonlocal q\n", "nonlocal z\nz = 1\n", "def f():\n    global w\nclass C:\n    nonlocal w\n"]
for s in srcs:
    try:
        compile(s, '<s>', 'exec')
        r = 'ok'
    except SyntaxError as e:
        r = '%s (line %s)' % (e.msg, e.lineno)
    print('%-45r %s' % (s, r))
