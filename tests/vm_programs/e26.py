try:
    raise ValueError("bad", 3)
except ValueError as e:
    print(e.args, str(e), repr(e))
try:
    {}['missing']
except KeyError as e:
    print(str(e), repr(e), e.args)
try:
    [][1]
except IndexError as e:
    print(e)
