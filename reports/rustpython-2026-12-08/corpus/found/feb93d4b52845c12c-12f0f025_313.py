# execdiff: versions=3.13 origin=campaign:eb93d4b52845c12c-12f0f025 xfail=vm
def a(w=0):
    def d():
        def e():
            nonlocal w
            __observe__('f1.g2.g3#6', locals())
        __observe__('f1.g2#9', [i for i in range(2) if w >= 0 for w in range(2)])
print()
__observe__('m#globals', list(((k, v) for k, v in sorted(globals().items()) if k[:2] != '__' if type(v).__name__ in ('int', 'long', 'str', 'bool', 'NoneType', 'list', 'tuple'))))
