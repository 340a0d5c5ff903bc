"""Layer 7, report text: phrases, indicator sentences, sections and reports."""
