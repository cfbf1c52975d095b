# execdiff: versions=2.7,3.12,3.13 origin=core
try:
    1 / 0
except ZeroDivisionError as e:
    print("div: %s" % e)
try:
    1 // 0
except ZeroDivisionError as e:
    print("floordiv: %s" % e)
try:
    1 % 0
except ZeroDivisionError as e:
    print("mod: %s" % e)
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print("divmod: %s" % e)
print(10 // 0)
