# execdiff: versions=2.7,3.12,3.13 origin=core
count = 0
def inc():
    count += 1
inc()
