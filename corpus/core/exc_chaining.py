# execdiff: versions=3.12,3.13 origin=core
try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError('wrapped') from e
except ValueError as v:
    print(type(v.__cause__).__name__)
    print(v.__suppress_context__)
try:
    try:
        {}['x']
    except KeyError:
        raise TypeError('during')
except TypeError as t:
    print(type(t.__context__).__name__)
