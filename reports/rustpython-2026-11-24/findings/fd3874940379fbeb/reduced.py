nonlocal x
global x
