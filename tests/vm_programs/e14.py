l = lambda a, b=2: sorted(locals())
print(l(1))
print((lambda: [locals() for q in [1]])())
