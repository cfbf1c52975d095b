c = 6
a = c
exec('__observe__(\'m.x26#27\', {a * i for i in range(3)})')
