# execdiff: versions=2.7,3.12,3.13 origin=seed:002_4fd51db551cbd7e9
import sys
def get_stack_depth():
    frame = sys._getframe()
    depth = -1
    while frame:
        depth += 1
        frame = frame.f_back
    return depth

def show_stack_depths():
    print('stack depth in function %d' % get_stack_depth())
    exec(compile("""
print("stack depth in exec %d" % get_stack_depth())
__observe__('exec.depth', get_stack_depth())
""", '<string>', 'exec'))

show_stack_depths()
__observe__('module.depth', get_stack_depth())
