# execdiff: versions=2.7,3.12,3.13 origin=example:b17 xfail=vm
import ctypes
GL = ctypes.pythonapi.PyEval_GetLocals
GL.restype = ctypes.py_object
GL.argtypes = []
def f():
    a = 1
    b = 2
    c1 = GL()
    del b
    c2 = GL()
    print("same dict on each call: %r" % (c1 is c2))
    print("is locals(): %r" % (c2 is locals()))
    print("keys after del b: %r" % sorted(c2))
    c2['a'] = 100
    GL()
    print("a=%r, dict['a'] after another call=%r" % (a, c2['a']))
f()
