# execdiff: versions=2.7 origin=scope
for stmt in ['exec 1', 'exec "x=1" in 5', 'exec "x=1" in {}, 5']:
    try:
        exec stmt
    except TypeError as e:
        print "TypeError:", e
