"""The kernel every library imports: configuration, errors, the data layout, plain values."""
