"""Location: work mode rules (silence is unknown), primary place, ISO country, metro names."""

import pytest

from jobwatch.pipeline.location import parse_location


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Remote - US", ("remote", None, None, "US", None)),
        ("Remote (US or Canada)", ("remote", None, None, "US", None)),
        ("Remote - EMEA", ("remote", None, None, None, None)),
        ("Remote", ("remote", None, None, None, None)),
        ("Hybrid - New York, NY", ("hybrid", "New York", "NY", "US", "New York")),
        (
            "San Francisco, CA; New York, NY",
            ("onsite", "San Francisco", "CA", "US", "San Francisco"),
        ),
        ("London, UK", ("onsite", "London", None, "GB", "London")),
        ("Berlin, Germany", ("onsite", "Berlin", None, "DE", "Berlin")),
        ("Toronto, ON", ("onsite", "Toronto", "ON", "CA", "Toronto")),
        ("Bengaluru, India", ("onsite", "Bengaluru", None, "IN", "Bengaluru")),
        ("Bangalore", ("onsite", "Bengaluru", None, "IN", "Bengaluru")),
        # a state the tables do not know does not hide the city; "City STATE" without a comma
        ("Bengaluru, Karnataka, India", ("onsite", "Bengaluru", None, "IN", "Bengaluru")),
        ("Sydney NSW, Australia", ("onsite", "Sydney", "NSW", "AU", "Sydney")),
        ("Paris, Texas", ("onsite", "Paris", "TX", "US", None)),  # a known region contradicts
        ("NYC", ("onsite", "New York", "NY", "US", "New York")),
        ("SF Bay Area", ("onsite", None, "CA", "US", "San Francisco")),
        ("Palo Alto, CA", ("onsite", "Palo Alto", "CA", "US", "San Francisco")),
        ("Cambridge, MA", ("onsite", "Cambridge", "MA", "US", "Boston")),
        ("London, ON", ("onsite", "London", "ON", "CA", None)),
        ("Austin, Texas", ("onsite", "Austin", "TX", "US", "Austin")),
        ("Chicago, IL 60601", ("onsite", "Chicago", "IL", "US", "Chicago")),
        ("Paris, France (Hybrid)", ("hybrid", "Paris", None, "FR", "Paris")),
        ("United States", ("unknown", None, None, "US", None)),
        ("Multiple Locations", ("unknown", None, None, None, None)),
        ("", ("unknown", None, None, None, None)),
    ],
)
def test_location_strings(raw: str, expected: tuple) -> None:
    result = parse_location(raw)
    assert (result.work_mode, result.city, result.region, result.country, result.metro) == expected


@pytest.mark.parametrize(
    ("location", "remote", "description", "mode"),
    [
        (None, "true", None, "remote"),
        (None, "remote", None, "remote"),
        ("Austin, TX", "hybrid", None, "hybrid"),
        ("Austin, TX", "false", None, "onsite"),
        (None, "false", None, "unknown"),  # "not remote" alone does not say where
        (None, None, None, "unknown"),
        (None, None, "This is a fully remote role.", "remote"),
        ("United States", None, "Hybrid schedule, 3 days a week in the office.", "hybrid"),
        (None, None, "This role is on-site in our lab.", "onsite"),
        ("Denver, CO", None, "We are a remote-first company.", "remote"),
    ],
)
def test_work_mode_evidence(location, remote, description, mode) -> None:
    assert parse_location(location, remote, description).work_mode == mode
