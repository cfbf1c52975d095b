# execdiff: versions=2.7 origin=seed:002_4fd51db551cbd7e9
def exec_code_and_return_x(code_object, x):
    exec code_object
    return x

my_code_object = compile("""
x = x + 1
""", '<string>', 'exec')
print exec_code_and_return_x(my_code_object, 1)

my_code_object = compile("""
del x
""", '<string>', 'exec')
print exec_code_and_return_x(my_code_object, 1)
__observe__('after_del', exec_code_and_return_x(my_code_object, 1))
