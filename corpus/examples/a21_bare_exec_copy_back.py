# execdiff: versions=2.7 origin=example:a21
def f():
    a = 1
    locals()['a'] = 5          # overwritten by PyFrame_FastToLocals at the start of the next exec
    exec ""
    print "after locals()['a'] = 5; exec '':  a=%r" % a
    exec "a = 6"
    print "after exec 'a = 6':                a=%r" % a
    d = locals()
    exec "d['a'] = 7"          # the exec'd code mutates the frame's own f_locals dict
    print "after exec \"d['a'] = 7\":          a=%r" % a
f()
