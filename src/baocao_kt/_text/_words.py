"""PLACEHOLDER: being written by a helper session; must not land as is."""
def number_to_words(*a, **k): raise NotImplementedError
def words_to_number(*a, **k): raise NotImplementedError
def money_to_words(*a, **k): raise NotImplementedError
