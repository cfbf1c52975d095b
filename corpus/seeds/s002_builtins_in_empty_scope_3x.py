# execdiff: versions=2.7,3.12,3.13 origin=seed:002_4fd51db551cbd7e9
code_globals = {}
code_locals = {}
code_object = compile("""
print(str("Hello, world"))
""", '<string>', 'exec')
exec(code_object, code_globals, code_locals)
print(list(code_globals.keys()))
print(code_locals)
print(type(code_globals['__builtins__']).__name__)
__observe__('locals', code_locals)
