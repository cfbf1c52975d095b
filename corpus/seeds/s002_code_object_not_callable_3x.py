# execdiff: versions=2.7,3.12,3.13 origin=seed:002_4fd51db551cbd7e9
code_object = compile("""
print("Hello, world")
""", '<string>', 'exec')
try:
    code_object()
except TypeError as e:
    print("TypeError: %s" % e)
exec(code_object)
code_object()
