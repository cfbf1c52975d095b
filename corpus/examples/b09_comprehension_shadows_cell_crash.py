# execdiff: versions=2.7,3.12,3.13 origin=example:b09 xfail=vm
import subprocess, sys
template = """
import sys
def f():
    x = 1
    def g():
        return x
    r = [%s for x in [2]]
    print("x=%%r g()=%%r comprehension saw x=%%r" %% (x, g(), r[0]))
f()
"""
for expr in ["locals()['x']", "sys._getframe().f_locals['x']", "eval('x')"]:
    p = subprocess.Popen([sys.executable, "-c", template % expr],
                         stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    out = p.communicate()[0].decode().strip()
    print("%-32s rc=%-4d %s" % (expr, p.returncode, out))
