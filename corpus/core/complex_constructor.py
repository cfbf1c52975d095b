# execdiff: versions=2.7,3.12,3.13 origin=core
print(abs(3 + 4j), (1 + 2j).real, complex(), complex(2.5), complex(1j, 1), complex(True), complex(1, 2), complex(imag=3))
print(1 + 2j, (1 + 2j) * (3 - 1j), (1 + 2j) / (3 - 4j), 2j ** 2, (1 + 1j) ** 3, -(1 + 2j), 1.5 - 2j, (2 + 0j) ** -1, abs(3 + 4j), 1j * 1j, (1+2j) == (1+2j))
print((1+2j).conjugate(), (3j).imag, 1 == 1+0j, 2j == 2, (1+2j) != (1+2j), 1.5 - (0.5+1j), (1+2j) * 2.0)
