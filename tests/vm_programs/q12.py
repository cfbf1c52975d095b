k = 'mod'
class C:
    k = 'cls'
    r1 = [k for _ in range(1)]
    r2 = [j for j in [k]]
print(C.r1, C.r2)
