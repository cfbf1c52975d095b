# execdiff: versions=3.12,3.13 origin=scope
print("never runs")
nonlocal x
