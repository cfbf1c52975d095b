# execdiff: versions=2.7,3.12,3.13 origin=scope
def f():
    class C(object):
        global gcf
        gcf = 'from class in function'
    return C
f()
print(gcf)
__observe__('gcf', gcf)
