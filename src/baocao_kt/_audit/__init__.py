"""Layer 8, audit: the figures a report's text states, and whether they are right."""
