# execdiff: versions=3.13 origin=campaign:c46693aaf66aa9fe-708d2f33 xfail=vm
def a():
    exec('try:\n    __observe__(\'r6.x10.x11#12\', 26 % -0.0)\nexcept Exception as e:\n    __observe__(\'r6.x10.x11#13\', (type(e).__name__, str(e)))')
__observe__('m#19', a())
