# execdiff: versions=3.12,3.13 origin=core
def f():
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError('v')
try:
    f()
except ValueError as e:
    print(type(e.__context__).__name__)
def g():
    raise KeyError('k')
try:
    try:
        raise IndexError('i')
    except IndexError:
        g()
except KeyError as e:
    print(type(e.__context__).__name__, e.__suppress_context__, e.__cause__)
try:
    try:
        raise IndexError('i')
    except IndexError as ie:
        raise ie
except IndexError as e:
    print(e.__context__)
try:
    try:
        raise IndexError('i')
    finally:
        x = {}['q']
except KeyError as e:
    print(type(e.__context__).__name__)
