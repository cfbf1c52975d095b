# execdiff: versions=2.7,3.12,3.13 origin=scope
try:
    print(eval("[x + y for x in range(3)]", {}, {'y': 10}))
except NameError as e:
    print("NameError: %s" % e)
try:
    print(eval("list(x + y for x in range(3))", {}, {'y': 10}))
except NameError as e:
    print("NameError: %s" % e)
