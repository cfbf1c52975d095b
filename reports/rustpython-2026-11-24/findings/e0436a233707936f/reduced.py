def r13():
    b = {}
    exec('__observe__(\'r13.x16#17\', vars())\n__observe__(\'r13.x16#18\', vars())', b)
    __observe__('r13#19', b)
    __observe__('r13#21', locals())
__observe__('m#22', r13())
def c():
    __observe__('f24#28', locals())
    __observe__('f24#29', locals())
def d():
    __observe__('f32#36', locals())
def f42():
    compile('__observe__(\'f42.x43#44\', dir())\n__observe__(\'f42.x43.x45#48\', {w for j in range(2)})\n__observe__(\'f42.x43.x45#49\', dir())', '', 'exec')
    __observe__('f42#51', locals())
sys._getframe().f_locals['v'] = 0
