"""Company names and keys; posting ids and cluster keys."""

import re

import pytest

from jobwatch.pipeline.company import normalize_company
from jobwatch.pipeline.dedup import cluster_key, posting_id


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("OpenAI, Inc.", ("OpenAI", "openai")),
        ("OpenAI", ("OpenAI", "openai")),
        ("  openai  inc ", ("openai", "openai")),
        ("Acme Corp.", ("Acme", "acme")),
        ("Acme Corporation", ("Acme", "acme")),
        ("Widgets LLC", ("Widgets", "widgets")),
        ("Data Ltd.", ("Data", "data")),
        ("Foo Pty Ltd", ("Foo", "foo")),
        ("Zürich Analytics GmbH", ("Zürich Analytics", "zurichanalytics")),
        ("Scale AI", ("Scale AI", "scaleai")),
        ("Inc.", ("Inc.", "inc")),  # nothing left after the suffix: keep the name
        (None, (None, None)),
        ("   ", (None, None)),
    ],
)
def test_normalize_company(name, expected) -> None:
    assert normalize_company(name) == expected


def test_posting_id_is_stable_16_hex_and_distinguishes_boards() -> None:
    first = posting_id("greenhouse", "openai", "123")
    assert re.fullmatch(r"[0-9a-f]{16}", first)
    assert first == posting_id("greenhouse", "openai", "123")
    assert first != posting_id("greenhouse", "anthropic", "123")
    assert first != posting_id("lever", "openai", "123")


def test_cluster_key_merges_reposts_and_separates_different_jobs() -> None:
    base = cluster_key("openai", "Senior ML Engineer", "|US|San Francisco")
    assert base == cluster_key("openai", "Sr. ML Engineer (Req #48213)", "|US|San Francisco")
    assert base == cluster_key("openai", "senior ml engineer", "|us|san francisco")
    assert base != cluster_key("openai", "ML Engineer", "|US|San Francisco")
    assert base != cluster_key("anthropic", "Senior ML Engineer", "|US|San Francisco")
    assert base != cluster_key("openai", "Senior ML Engineer", "remote|US|")
