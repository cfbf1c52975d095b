# execdiff: versions=2.7,3.12,3.13 origin=example:a07
def f():
    a = 1
    exec("del a")
    print("after exec('del a'): a=%r" % (a,))
    exec("b = 1")
    try:
        exec("del b")
        print("exec('del b') after exec('b = 1'): ok")
    except NameError as e:
        print("exec('del b') after exec('b = 1'): NameError: %s" % e)
    try:
        print("b=%r" % (b,))
    except NameError as e:
        print("reading b: NameError: %s" % e)
    try:
        exec("del zz")
    except NameError as e:
        print("exec('del zz'): NameError: %s" % e)
f()
