# execdiff: versions=2.7,3.12,3.13 origin=core
# sys.settrace and sys.setprofile take exactly one argument (CPython's test_sys_settrace
# calls sys.settrace() with none); 3.x names the module in the message.
import sys
for call in ['sys.settrace()', 'sys.settrace(None, None)', 'sys.setprofile()', 'sys.setprofile(None, 1)', 'sys.settrace(None)', 'sys.setprofile(None)']:
    try:
        eval(call)
        print('%s ok' % call)
    except TypeError as e:
        print('%s -> %s' % (call, e))
