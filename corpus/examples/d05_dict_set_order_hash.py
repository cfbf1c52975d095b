# execdiff: versions=2.7,3.12,3.13 origin=example:d05 xfail=vm
import subprocess, sys, os
d = {'banana': 1, 'apple': 2, 'cherry': 3, 10: 'x', 1: 'y'}
print(d)
print({3, 1, 2})
code = "print(list(set(['banana', 'apple', 'cherry', 'date'])))"
for seed in ('0', '1', '2'):
    env = dict(os.environ, PYTHONHASHSEED=seed)
    out = subprocess.check_output([sys.executable, '-c', code], env=env)
    print("PYTHONHASHSEED=%s: %s" % (seed, out.decode().strip()))
env = dict(os.environ)
env.pop('PYTHONHASHSEED', None)
outs = set(subprocess.check_output([sys.executable, '-c', code], env=env).decode().strip() for _ in range(8))
# The count of distinct orders is random; that there is more than one is not.
print("PYTHONHASHSEED unset, 8 runs -> more than one order: %s" % (len(outs) > 1))
