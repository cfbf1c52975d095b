# execdiff: versions=2.7 origin=example:a23
def t(label, fn):
    try:
        print("%-22s -> %r" % (label, fn()))
    except Exception as e:
        print("%-22s -> %s: %s" % (label, type(e).__name__, e))
def ex1():
    exec "x=1" in []
def ex2():
    exec "x=1" in {}, 5
def ex3():
    exec 5
t("exec 'x=1' in []", ex1)
t("exec 'x=1' in {}, 5", ex2)
t("exec 5", ex3)
