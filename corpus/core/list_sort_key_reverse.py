# execdiff: versions=2.7,3.12,3.13 origin=core
words = ['pear', 'Fig', 'apple', 'kiwi', 'Date']
print(sorted(words))
print(sorted(words, key=len))
print(sorted(words, key=str.lower, reverse=True))
pairs = [(2, 'b'), (1, 'z'), (2, 'a'), (1, 'y')]
pairs.sort(key=lambda p: p[0])
print(pairs)
__observe__('pairs', pairs)
