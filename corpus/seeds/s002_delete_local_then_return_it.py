# execdiff: versions=2.7,3.12,3.13 origin=seed:002_4fd51db551cbd7e9
def delete_local_then_return_it():
    x = 1
    del x
    return x

delete_local_then_return_it()
