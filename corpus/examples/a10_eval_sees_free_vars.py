# execdiff: versions=2.7,3.12,3.13 origin=example:a10
def outer():
    x = 'outer-x'
    y = 'outer-y'
    def inner():
        y                      # this reference makes y a free variable of inner
        for name in ('x', 'y'):
            try:
                print("%s -> %r" % (name, eval(name)))
            except NameError as e:
                print("%s -> NameError: %s" % (name, e))
    inner()
outer()
