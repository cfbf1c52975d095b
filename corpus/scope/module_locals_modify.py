# execdiff: versions=2.7,3.12,3.13 origin=scope
locals()['mod_new'] = 1
print(mod_new)
globals()['mod_two'] = 2
print(mod_two)
__observe__('vals', (mod_new, mod_two))
