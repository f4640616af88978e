"""Normalization: pure functions from RawPosting to Posting; taxonomies are data files."""

from jobwatch.pipeline.taxonomy import TAXONOMY_VERSION

__all__ = ["TAXONOMY_VERSION"]
