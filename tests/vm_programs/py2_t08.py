try:
    raise ValueError, "msg"
except ValueError, e:
    print e, e.message
