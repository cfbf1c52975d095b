def a():
    y -= 0
try:
    __observe__('m#3', a())
except Exception as e:
    __observe__('m#4', (type(e).__name__, str(e)))
