# execdiff: versions=2.7 origin=seed:002_4fd51db551cbd7e9
def show_code_object_locals():
    code_globals = {}
    code_locals = {'x': 1}
    exec compile("""del x""", '<string>', 'exec') in code_globals, code_locals
    return code_locals

print show_code_object_locals()
__observe__('result', show_code_object_locals())
