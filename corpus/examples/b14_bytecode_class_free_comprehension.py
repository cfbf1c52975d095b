# execdiff: versions=3.12,3.13 origin=example:b14 xfail=vm
import dis
def f():
    x = 1
    class C:
        y = x
    return [x for x in range(3)]
def ops(co):
    return [(i.opname, i.argval) for i in dis.get_instructions(co)
            if i.opname.startswith(('LOAD_', 'STORE_', 'DELETE_', 'MAKE_CELL'))
            and i.opname not in ('LOAD_CONST', 'LOAD_BUILD_CLASS')]
print("f:", ops(f))
cls_code = [c for c in f.__code__.co_consts if hasattr(c, 'co_code')][0]
print("C body:", ops(cls_code))
print("co_varnames=%r co_cellvars=%r" % (f.__code__.co_varnames, f.__code__.co_cellvars))
