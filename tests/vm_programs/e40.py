class Meta(object):
    a = 1
    print(sorted(locals()))
    exec("b = 2")
    print(sorted(locals()))
print(Meta.b)
