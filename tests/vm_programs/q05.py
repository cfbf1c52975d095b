def f():
    exec("def g():\n    return 'g-result'")
    try:
        return g()
    except NameError as e:
        return "NameError: %s" % e
print(f())
