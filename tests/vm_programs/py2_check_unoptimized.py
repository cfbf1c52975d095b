cases = [
 ("bare exec + closure",                "def f():\n    x = 1\n    exec 'pass'\n    def g(): return x\n"),
 ("bare exec + nested fn using global", "def f():\n    exec 'pass'\n    def g(): return len\n"),
 ("bare exec + nested fn, no names",    "def f():\n    exec 'pass'\n    def g(): return 1\n"),
 ("bare exec + lambda using a name",    "def f():\n    exec 'pass'\n    h = lambda: x\n"),
 ("bare exec + genexp, only loop var",  "def f(seq):\n    exec 'pass'\n    return list(i for i in seq)\n"),
 ("bare exec + genexp using a name",    "def f(seq):\n    exec 'pass'\n    return list(i + k for i in seq)\n"),
 ("bare exec + nested class, no names", "def f():\n    exec 'pass'\n    class C: y = 1\n"),
 ("bare exec + nested class using name","def f():\n    exec 'pass'\n    class C: y = len\n"),
 ("exec ... in {} + closure",           "def f():\n    x = 1\n    exec 'pass' in {}\n    def g(): return x\n"),
 ("exec(s, {}) tuple form + closure",   "def f():\n    x = 1\n    exec('pass', {})\n    def g(): return x\n"),
 ("bare exec in nested fn w/ free var", "def f():\n    x = 1\n    def g():\n        exec 'pass'\n        return x\n"),
 ("bare exec in nested fn using global","def f():\n    def g():\n        exec 'pass'\n        return len\n"),
 ("bare exec in nested fn, no names",   "def f():\n    def g():\n        exec 'pass'\n"),
 ("import * + closure",                 "def f():\n    x = 1\n    from os import *\n    def g(): return x\n"),
 ("import * in nested fn w/ free var",  "def f():\n    x = 1\n    def g():\n        from os import *\n        return x\n"),
 ("import * + bare exec + closure",     "def f():\n    x = 1\n    from os import *\n    exec 'pass'\n    def g(): return x\n"),
 ("import * alone in a function",       "def f():\n    from os import *\n"),
 ("bare exec in class body w/ method",  "class C:\n    exec 'pass'\n    def m(self): return C\n"),
]
for label, src in cases:
    try:
        compile(src, "<src>", "exec")
        res = "OK"
    except SyntaxError as e:
        res = "SyntaxError: %s (line %s)" % (e.msg, e.lineno)
    print "%-37s %s" % (label, res)
