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
try:
    try:
        raise KeyError('a')
    except KeyError as a:
        try:
            raise ValueError('b')
        except ValueError as b:
            raise a
except KeyError as e:
    c = e.__context__
    print(type(c).__name__, c.__context__)
old = IndexError('old')
try:
    try:
        raise TypeError('t')
    except TypeError:
        try:
            raise old
        except IndexError:
            pass
        try:
            raise NameError('n')
        except NameError:
            raise old
except IndexError as e:
    print(type(e.__context__).__name__)
