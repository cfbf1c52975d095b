g = {'__builtins__': {}}
try:
    exec("x = len([1])", g)
except NameError as e:
    print("NameError", e)
g2 = {}
exec("x = len([1, 2])", g2)
print(g2['x'], '__builtins__' in g2)
