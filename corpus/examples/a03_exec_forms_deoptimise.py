# execdiff: versions=2.7 origin=example:a03 xfail=vm
import dis
def name_ops(co):
    code, i, out = co.co_code, 0, []
    while i < len(code):
        op = ord(code[i])
        if op >= dis.HAVE_ARGUMENT:
            arg = ord(code[i+1]) | (ord(code[i+2]) << 8)
            if op in dis.hasname and dis.opname[op].startswith(('LOAD', 'STORE')):
                out.append("%s %s" % (dis.opname[op], co.co_names[arg]))
            elif op in dis.haslocal:
                out.append("%s %s" % (dis.opname[op], co.co_varnames[arg]))
            i += 3
        else:
            i += 1
    return out

def plain():
    y = 1
    return x, y
def bare():
    y = 1
    exec ""
    return x, y
def qualified():
    y = 1
    exec "" in {}
    return x, y
def tuple_form():
    y = 1
    exec("", {})
    return x, y
def star():
    y = 1
    from os.path import *
    return x, y
for f in (plain, bare, qualified, tuple_form, star):
    co = f.func_code
    print "%-10s co_flags=%#x CO_OPTIMIZED=%d %s" % (f.__name__, co.co_flags, co.co_flags & 1, name_ops(co))
