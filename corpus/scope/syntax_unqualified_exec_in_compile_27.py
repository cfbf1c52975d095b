# execdiff: versions=2.7 origin=scope
for src in ["def f():\n    exec 'y = 1'\n    def g():\n        return y\n",
            "def f():\n    x = 1\n    def g():\n        exec 'y = x'\n",
            "def f():\n    exec 'a = 1' in {}\n    def g():\n        return a\n",
            "def f():\n    from os import *\n    lambda: q\n"]:
    try:
        compile(src, "<src>", "exec")
        print "compiled"
    except SyntaxError as e:
        print "SyntaxError: %s (line %s)" % (e.msg, e.lineno)
