# execdiff: versions=2.7,3.12,3.13 origin=core
def run(fail):
    try:
        print("try")
        if fail:
            raise ValueError("bad")
    except ValueError as e:
        print("except %s" % e)
    else:
        print("else")
    finally:
        print("finally")
run(False)
run(True)
