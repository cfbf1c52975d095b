# execdiff: versions=2.7 origin=seed:002_4fd51db551cbd7e9
code_globals = {}
code_locals = {}
code_object = compile("""
print unicode("Hello, world")
""", '<string>', 'exec')
exec code_object in code_globals, code_locals
print code_globals.keys()
print code_locals
__observe__('locals', code_locals)
