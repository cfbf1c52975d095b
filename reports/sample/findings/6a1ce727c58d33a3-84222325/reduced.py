__observe__('m#11', {95 + i for i in range(2)})
