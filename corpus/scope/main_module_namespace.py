# execdiff: versions=2.7,3.12,3.13 origin=scope
# What the __main__ namespace holds before the first statement: 3.x adds the import
# system's __loader__, __spec__, __cached__ and an __annotations__ dict.
keys = sorted(globals())
print(keys)
print("%r %r %r" % (__package__, __doc__, globals().get('__spec__')))
print(type(__builtins__).__name__)
print(type(globals().get('__loader__')).__name__)
try:
    print(__cached__)
except NameError as e:
    print("NameError: %s" % e)
__observe__('keys', keys)
