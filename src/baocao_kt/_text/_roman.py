"""PLACEHOLDER: being written by a helper session; must not land as is."""
def to_roman(*a, **k): raise NotImplementedError
def from_roman(*a, **k): raise NotImplementedError
