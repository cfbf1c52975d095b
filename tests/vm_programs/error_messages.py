for e in ["1/0","1//0","1%0","1.0/0","1.0//0","1.0%0","divmod(1,0)","divmod(1.0,0)","1L/0" ,"2**-1", "0**-1", "0.0**-1", "'a'+1", "1+'a'", "[]+()", "'a'*'b'", "-'a'", "[1][5]", "{}['k']", "(1,)[3]", "'abc'[9]", "int('x')", "None.x", "len(1)", "1 < 'a'", "[].pop()", "{}.pop('k')", "[].remove(3)", "'a'.index('z')", "1()", "hash([])", "iter(1)", "next(iter([]))", "a,b = [1]", "a,b = [1,2,3]", "x = undefined_name", "object().x", "'abc'.x", "int.x", "(1).x = 2", "2 ** 0.5j if False else float('nan') // 1"]:
    try:
        exec(e)
    except Exception as ex:
        print("%s -> %s: %s" % (e, type(ex).__name__, ex))
