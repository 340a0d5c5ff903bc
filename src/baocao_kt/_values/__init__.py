"""Layer 1, exact values: input conversion, half-up rounding, `Percent` and `Points`."""
