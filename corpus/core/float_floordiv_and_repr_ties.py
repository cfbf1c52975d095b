# execdiff: versions=2.7,3.12,3.13 origin=campaign:100ba1e8c5f9a44c-84222325
# Float floor division from the raw fmod remainder (float_divmod), and repr's tie between two
# shortest strings settled to the even digit (dtoa mode 0): found by the generator's Arith
# family (1e16 // -1.5, 1e16 / -7.25).
__observe__('floordiv', (1e16 // -1.5, divmod(1e16, -1.5), -1e16 // 1.5, 7.5 // -2, -7.5 // 2))
__observe__('mod', (1e16 % -1.5, -7.5 % 2, 7.5 % -2.0, -0.0 % 5.0))
__observe__('tie', (1e16 / -7.25, -1379310344827586.25, 1082527884865175.25, 1073156710513387.25))
print(repr(1e16 // -1.5), repr(1e16 / -7.25), repr(1082527884865175.25))
