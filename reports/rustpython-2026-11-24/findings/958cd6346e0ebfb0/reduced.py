exec('__observe__(\'m.x5.x7#8\', {j + 55 for j in range(3)})')
