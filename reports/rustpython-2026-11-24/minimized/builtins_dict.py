ns = {}
exec('pass', ns)
__observe__('keys', list(ns['__builtins__'])[-8:])
__observe__('doc', ns['__builtins__']['__doc__'] is None)
