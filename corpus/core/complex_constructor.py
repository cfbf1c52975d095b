# execdiff: versions=2.7,3.12,3.13 origin=core
print(abs(3 + 4j), (1 + 2j).real, complex(), complex(2.5), complex(1j, 1), complex(True), complex(1, 2), complex(imag=3))
