# execdiff: versions=2.7,3.12,3.13 origin=core
sq = {i: i * i for i in range(5)}
print(sq)
inv = {v: k for k, v in sq.items() if v > 3}
print(sorted(inv.items()))
__observe__('sq', sq)
