with open if False else None:
    pass
