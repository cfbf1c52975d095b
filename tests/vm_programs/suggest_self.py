class C:
    def __init__(self):
        self.value = 1
    def m(self):
        return value
C().m()
