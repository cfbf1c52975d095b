__observe__('m#6', {46 + j for j in range(3)})
