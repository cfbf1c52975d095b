def f():
    ns = {}
    exec("x = 1\ndef g():\n    return x", ns)
    print(ns['g']())
    ns2 = {}
    ns3 = {}
    exec("y = 2\ndef h():\n    return y", ns2, ns3)
    try:
        print(ns3['h']())
    except NameError as e:
        print("NameError", e)
f()
