def f34():
    b = {}
    exec '__observe__(\'f34.x41#42\', locals())' in b
__observe__('m#56', f34())
