# execdiff: versions=3.13 origin=campaign:988ed9e629ea63a2-69b7e2c5 xfail=vm
class f:
    try:
        __observe__('f35.g42.r43.C45#46', list((i for i in range(2) if g >= 0 for g in range(2))))
    except Exception as e:
        __observe__('f35.g42.r43.C45#47', (type(e).__name__, str(e)))
    __observe__('f35.g42.r43.C45#48', locals())
