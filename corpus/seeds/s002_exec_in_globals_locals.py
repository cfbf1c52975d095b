# execdiff: versions=2.7 origin=seed:002_4fd51db551cbd7e9
code_globals = {}
code_locals = {}
code_object = compile("""
x = 1
""", '<string>', 'exec')
exec code_object in code_globals, code_locals
print code_locals
print sorted(code_globals.keys())
__observe__('code_locals', code_locals)
