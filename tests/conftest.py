"""Test configuration: hypothesis profiles for shared, noisy machines."""

from hypothesis import HealthCheck, settings

# No deadlines: CI machines are shared and timing is measured in benchmarks/, not here.
settings.register_profile("default", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("default")
