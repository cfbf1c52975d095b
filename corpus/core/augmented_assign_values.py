# execdiff: versions=2.7,3.12,3.13 origin=core
a = 10
a += 5
a -= 3
a *= 2
a //= 5
a %= 3
a **= 4
print(a)
l = [1]
m = l
l += [2]
print(m)
t = (1,)
u = t
t += (2,)
print(u)
print(t)
s = 'ab'
s *= 2
print(s)
__observe__('l', l)
__observe__('same', l is m)
