cases = [
 ("assign then global",      "def f():\n    x = 1\n    global x\n"),
 ("use then global",         "def f():\n    print(x)\n    global x\n"),
 ("param and global",        "def f(x):\n    global x\n"),
 ("for-target then global",  "def f():\n    for x in []: pass\n    global x\n"),
 ("global twice",            "def f():\n    global x\n    global x\n"),
 ("nonlocal at module",      "nonlocal x\n"),
 ("nonlocal, no binding",    "def f():\n    nonlocal x\n"),
 ("nonlocal in class",       "def f():\n    x = 1\n    class C:\n        nonlocal x\n        x = 2\n"),
 ("assign then nonlocal",    "def f():\n    x = 1\n    def g():\n        x = 2\n        nonlocal x\n"),
 ("param and nonlocal",      "def f():\n    x = 1\n    def g(x):\n        nonlocal x\n"),
 ("nonlocal and global",     "def f():\n    x = 1\n    def g():\n        global x\n        nonlocal x\n"),
 ("del cell var",            "def f():\n    x = 1\n    def g(): return x\n    del x\n"),
 ("del in nested (local)",   "def f():\n    x = 1\n    def g():\n        del x\n"),
 ("import * in class",       "class C:\n    from os import *\n"),
 ("import * in function",    "def f():\n    from os import *\n"),
 ("return outside function", "return 1\n"),
 ("yield outside function",  "yield 1\n"),
 ("duplicate argument",      "def f(a, a): pass\n"),
 ("assign to None",          "None = 1\n"),
 ("del literal",             "del 1\n"),
 ("assign to call",          "f() = 1\n"),
]
for label, src in cases:
    try:
        compile(src, "<src>", "exec")
        res = "OK"
    except SyntaxError as e:
        res = "SyntaxError: %s (line %s)" % (e.msg, e.lineno)
    print("%-24s %s" % (label, res))
