"""Test configuration: hypothesis profiles for shared, noisy machines."""

import os

from hypothesis import HealthCheck, settings

# No deadlines: CI machines are shared and timing is measured in benchmarks/, not here.
settings.register_profile("default", deadline=None, suppress_health_check=[HealthCheck.too_slow])
# CI explores the same examples every run, so a red run is reproducible with CI=true and a
# green main stays green; developers' runs keep exploring new examples and find new bugs.
settings.register_profile("ci", parent=settings.get_profile("default"), derandomize=True)
settings.load_profile("ci" if os.environ.get("CI") else "default")
