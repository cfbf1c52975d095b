class C:
    def __init__(self):
        self.value = 1
C().valu
