# The bare loop the benchmarks compare against: compile and exec every file in a fresh
# namespace, stdout to /dev/null, __observe__ a no-op; prints the CPU seconds it took.
# Runs unchanged on 2.7 and 3.x. Arguments: FILE... REPEAT.
import sys, os, time
files, repeat = sys.argv[1:-1], int(sys.argv[-1])
sources = [open(f, 'rb').read() for f in files]
b = sys.modules.get('builtins') or sys.modules['__builtin__']
b.__observe__ = lambda label, value: None
null = open(os.devnull, 'w')
real = sys.stdout
start = time.process_time() if hasattr(time, 'process_time') else time.clock()
for _ in range(repeat):
    for f, src in zip(files, sources):
        sys.stdout = null
        try:
            exec(compile(src, f, 'exec', 0, True), {'__name__': '__main__', '__builtins__': b})
        except BaseException:
            pass
        sys.stdout = real
end = time.process_time() if hasattr(time, 'process_time') else time.clock()
print(end - start)
