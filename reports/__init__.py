"""Comparison output rendered from the warehouse: terminal tables now, static pages later."""
