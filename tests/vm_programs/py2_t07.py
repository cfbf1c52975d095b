class Old:
    pass
o = Old()
print type(o).__name__, type(Old).__name__, Old, isinstance(o, Old)
o.x = 1
print o.__dict__
