s = 0
i = 0
while i < 10:
    i += 1
    if i % 2:
        continue
    if i > 8:
        break
    s += i
else:
    print("no")
print(s, i)
for j in range(3):
    pass
else:
    print("else", j)
