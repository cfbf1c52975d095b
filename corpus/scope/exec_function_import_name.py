# execdiff: versions=2.7,3.12,3.13 origin=scope
def f():
    exec("import sys as imported_sys")
    return imported_sys.maxsize > 0
print(f())
