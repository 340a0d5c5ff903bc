"""PLACEHOLDER"""
def format_percent(*a, **k): raise NotImplementedError
def parse_percent(*a, **k): raise NotImplementedError
def format_points(*a, **k): raise NotImplementedError
def parse_points(*a, **k): raise NotImplementedError
