x = 5
print `x`, 10L, 0777, 2**64, type(2**64).__name__, 7/2
