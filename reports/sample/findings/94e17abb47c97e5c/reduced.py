__observe__('m#6', {i: locals() for i in range(2)})
