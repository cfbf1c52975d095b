# execdiff: versions=3.13 origin=campaign:3c47481003fab680-2409c24b xfail=vm
class b:
    exec('try:\n    __observe__(\'f1.C5.x8#9\', divmod(-18, -0.0))\nexcept Exception as e:\n    __observe__(\'f1.C5.x8#10\', (type(e).__name__, str(e)))')
