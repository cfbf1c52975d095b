__observe__('s', {88, 89, 87})
__observe__('t', {25, 24})
