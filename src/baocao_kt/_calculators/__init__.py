"""Layer 6, calculators: attainment, variance, growth, share, point change, verdicts."""
