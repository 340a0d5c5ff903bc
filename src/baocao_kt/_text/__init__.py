"""Layer 2, Vietnamese text: pure functions from values to text and back."""
