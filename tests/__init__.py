"""The test suite of baocao_kt (a package so that `tests.strategies` imports everywhere)."""
