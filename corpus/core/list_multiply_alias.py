# execdiff: versions=2.7,3.12,3.13 origin=core
grid = [[0]] * 3
grid[0].append(1)
print(grid)
rows = [[0] for _ in range(3)]
rows[0].append(1)
print(rows)
print([1, 2] * 2)
print([None] * 0)
__observe__('grid', grid)
