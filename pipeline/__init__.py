"""Normalization: pure functions from RawPosting to Posting; taxonomies are data files."""
