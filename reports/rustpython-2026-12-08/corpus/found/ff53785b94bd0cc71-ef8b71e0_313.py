# execdiff: versions=3.13 origin=campaign:f53785b94bd0cc71-ef8b71e0 xfail=vm
exec('try:\n    __observe__(\'m.x5#6\', False ** -3)\nexcept Exception as e:\n    __observe__(\'m.x5#7\', (type(e).__name__, str(e)))')
