"""PLACEHOLDER: being written by a helper session; must not land as is."""
def format_date(*a, **k): raise NotImplementedError
def parse_date(*a, **k): raise NotImplementedError
def date_line(*a, **k): raise NotImplementedError
