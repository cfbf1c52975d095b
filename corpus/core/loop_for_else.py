# execdiff: versions=2.7,3.12,3.13 origin=core
for i in range(3):
    if i == 5:
        break
else:
    print("no break")
for i in range(3):
    if i == 1:
        print("break at 1")
        break
else:
    print("not printed")
for i in []:
    pass
else:
    print("empty loop else")
