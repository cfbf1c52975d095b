# execdiff: versions=2.7 origin=seed:002_4fd51db551cbd7e9
import inspect
def get_stack_depth():
    frame = inspect.currentframe()
    # begin depth at -1 to account for the extra
    # frame created when calling get_stack-depth
    depth = -1
    while frame:
            depth += 1
            frame = frame.f_back
    return depth

def show_stack_depths():
    print 'stack depth in function', get_stack_depth()
    exec compile("""
print "stack depth in exec", get_stack_depth()
""", '<string>', 'exec')

show_stack_depths()
