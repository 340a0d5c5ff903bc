"""PLACEHOLDER"""
def format_number(*a, **k): raise NotImplementedError
def parse_number(*a, **k): raise NotImplementedError
