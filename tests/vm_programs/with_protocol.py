class E:
    def __exit__(s,*a): pass
try:
    with E(): pass
except Exception as e: print(type(e).__name__, e)
try:
    with None: pass
except Exception as e: print(type(e).__name__, e)
