# execdiff: versions=2.7,3.12,3.13 origin=scope
try:
    compile("1", "<s>", "bad")
except ValueError as e:
    print("ValueError: %s" % e)
try:
    compile("1 +", "<s>", "exec")
except SyntaxError as e:
    print("SyntaxError: %s %s %r" % (e.msg, e.lineno, e.filename))
