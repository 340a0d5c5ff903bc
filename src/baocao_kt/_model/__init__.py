"""Layer 5, the model: indicators, plans, scenarios, figures and their series."""
