# execdiff: versions=3.13 origin=campaign:51e62483ef7b9acd-7aeb845c xfail=vm
v = 0
exec('try:\n    __observe__(\'m.x8.x9#10\', v % -v)\nexcept Exception as e:\n    __observe__(\'m.x8.x9#11\', (type(e).__name__, str(e)))')
