# execdiff: versions=2.7,3.12,3.13 origin=scope
def f():
    try:
        1 / 0
    except ZeroDivisionError as e:
        pass
    return type(e).__name__
print(f())
