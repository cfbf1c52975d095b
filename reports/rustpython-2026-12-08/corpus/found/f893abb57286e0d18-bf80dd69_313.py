# execdiff: versions=3.13 origin=campaign:893abb57286e0d18-bf80dd69 xfail=vm
exec('__observe__(\'m.x6#7\', 17 ** 0)\ntry:\n    __observe__(\'m.x6#9\', (-0.0) ** -2)\nexcept Exception as e:\n    __observe__(\'m.x6#10\', (type(e).__name__, str(e)))\n__observe__(\'m.x6#11\', {i: 89 for i in range(3)})')
