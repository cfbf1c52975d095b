# execdiff: versions=2.7,3.12,3.13 origin=scope
try:
    exec("return 1")
except SyntaxError as e:
    print("SyntaxError: %s" % e.msg)
try:
    exec("yield 1")
except SyntaxError as e:
    print("SyntaxError: %s" % e.msg)
try:
    exec("break")
except SyntaxError as e:
    print("SyntaxError: %s" % e.msg)
