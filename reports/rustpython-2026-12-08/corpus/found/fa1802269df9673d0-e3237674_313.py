# execdiff: versions=3.13 origin=campaign:a1802269df9673d0-e3237674 xfail=vm
nonlocal x
global x
