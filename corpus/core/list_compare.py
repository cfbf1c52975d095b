# execdiff: versions=2.7,3.12,3.13 origin=core
print([1, 2] < [1, 3])
print([1, 2] < [1, 2, 0])
print([1] == [1.0])
print([[1]] == [[1]])
print([] < [0])
print([2] > [1, 9])
