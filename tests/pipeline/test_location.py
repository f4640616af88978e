"""Places: GeoNames cities, ISO countries and regions, LinkedIn area labels, the metro rule."""

import pytest

from jobwatch.pipeline.gazetteer import cities_named, metro_city
from jobwatch.pipeline.location import parse_location
from jobwatch.pipeline.metro import distance_km


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Remote - US", ("remote", None, None, "US", None)),
        ("Remote (US or Canada)", ("remote", None, None, "US", None)),
        ("Remote - EMEA", ("remote", None, None, None, None)),
        ("Hybrid - New York, NY", ("hybrid", "New York City", "NY", "US", "New York City")),
        (
            "San Francisco, CA; New York, NY",  # several places: the first
            ("onsite", "San Francisco", "CA", "US", "San Francisco"),
        ),
        ("London, UK", ("onsite", "London", None, "GB", "London")),
        # the same name elsewhere: the region decides, and the smaller metro says its country
        ("London, ON", ("onsite", "London", "ON", "CA", "London, Canada")),
        ("Berlin, Germany", ("onsite", "Berlin", None, "DE", "Berlin")),
        ("Toronto, ON", ("onsite", "Toronto", "ON", "CA", "Toronto")),
        ("Bengaluru, Karnataka, India", ("onsite", "Bengaluru", "Karnataka", "IN", "Bengaluru")),
        ("Bangalore", ("onsite", "Bengaluru", None, "IN", "Bengaluru")),  # GeoNames alternate
        ("Sydney NSW, Australia", ("onsite", "Sydney", "NSW", "AU", "Sydney")),
        ("Paris, France (Hybrid)", ("hybrid", "Paris", None, "FR", "Paris")),
        # the state picks the small namesake, not the most populous city of that name
        ("Paris, Texas", ("onsite", "Paris", "TX", "US", None)),
        ("Portland, ME", ("onsite", "Portland", "ME", "US", None)),
        ("Portland, OR", ("onsite", "Portland", "OR", "US", "Portland")),
        ("NYC", ("onsite", "New York City", "NY", "US", "New York City")),
        ("Austin, Texas", ("onsite", "Austin", "TX", "US", "Austin")),
        ("Chicago, IL 60601", ("onsite", "Chicago", "IL", "US", "Chicago")),
        ("St Louis, MO", ("onsite", "St. Louis", "MO", "US", "St. Louis")),
        ("Ft. Lauderdale, FL", ("onsite", "Fort Lauderdale", "FL", "US", "Miami")),
        ("Winston-Salem, NC", ("onsite", "Winston-Salem", "NC", "US", "Greensboro")),
        ("Köln, Germany", ("onsite", "Köln", None, "DE", "Köln")),
        ("Cologne, Germany", ("onsite", "Köln", None, "DE", "Köln")),
        ("Sao Paulo, Brazil", ("onsite", "São Paulo", None, "BR", "São Paulo")),
        ("Singapore", ("onsite", "Singapore", None, "SG", "Singapore")),
        # mid-size cities and suburbs get their metro from the rule, not from a list
        ("Tulsa, OK", ("onsite", "Tulsa", "OK", "US", "Tulsa")),
        ("Raleigh, NC", ("onsite", "Raleigh", "NC", "US", "Raleigh")),
        ("Jersey City, NJ", ("onsite", "Jersey City", "NJ", "US", "New York City")),
        ("Santa Clara, CA", ("onsite", "Santa Clara", "CA", "US", "San Jose")),
        ("Palo Alto, CA", ("onsite", "Palo Alto", "CA", "US", "San Jose")),
        ("Cambridge, MA", ("onsite", "Cambridge", "MA", "US", "Boston")),
        ("Stafford, VA", ("onsite", "Stafford", "VA", "US", "Arlington, VA")),
        ("Ballston Spa, NY", ("onsite", "Ballston Spa", "NY", "US", None)),  # no core in 60 km
        ("Savannah, GA", ("onsite", "Savannah", "GA", "US", None)),  # 147,780: under 150,000
        # LinkedIn area labels
        (
            "New York City Metropolitan Area",
            ("onsite", "New York City", "NY", "US", "New York City"),
        ),
        ("Greater Philadelphia", ("onsite", "Philadelphia", "PA", "US", "Philadelphia")),
        ("San Francisco Bay Area", ("onsite", "San Francisco", "CA", "US", "San Francisco")),
        ("SF Bay Area", ("onsite", "San Francisco", "CA", "US", "San Francisco")),
        ("Bay Area", ("onsite", "San Francisco", "CA", "US", "San Francisco")),
        # a nickname for several cities of one state names the state, no city
        ("Silicon Valley", ("unknown", None, "CA", "US", None)),
        ("Austin, Texas Metropolitan Area", ("onsite", "Austin", "TX", "US", "Austin")),
        ("Dallas-Fort Worth Metroplex", ("onsite", "Dallas", "TX", "US", "Dallas")),
        ("Washington DC-Baltimore Area", ("onsite", "Washington", "DC", "US", "Washington")),
        ("Greater Minneapolis-St. Paul Area", ("onsite", "Minneapolis", "MN", "US", "Minneapolis")),
        ("Greater New Orleans Region", ("onsite", "New Orleans", "LA", "US", "New Orleans")),
        # a region before its country is the region, not a city of that name
        ("California, United States", ("unknown", None, "CA", "US", None)),
        ("Washington, United States", ("unknown", None, "WA", "US", None)),
        ("Virginia, United States", ("unknown", None, "VA", "US", None)),
        ("Quebec, Canada", ("unknown", None, "QC", "CA", None)),
        ("Washington, DC", ("onsite", "Washington", "DC", "US", "Washington")),
        ("United States", ("unknown", None, None, "US", None)),
        ("The Netherlands", ("unknown", None, None, "NL", None)),
        # a word of the name that is a region elsewhere does not move the city there
        ("West Berlin, NJ", ("onsite", "West Berlin", "NJ", "US", None)),
        ("Ville de Paris", ("onsite", "Paris", None, "FR", "Paris")),
        ("Mountain View, CA 34 applicants", ("onsite", "Mountain View", "CA", "US", "San Jose")),
        ("Paris 35 candidats", ("onsite", "Paris", None, "FR", "Paris")),
        ("Multiple Locations", ("unknown", None, None, None, None)),
        # an HN header's free slots: the first that names a place (a stack slot names none)
        ("Rust/C++ | Austin, TX", ("onsite", "Austin", "TX", "US", "Austin")),
        ("Berlin | Scala, Spark", ("onsite", "Berlin", None, "DE", "Berlin")),
        ("Elixir | Remote", ("remote", None, None, None, None)),
        ("", ("unknown", None, None, None, None)),
    ],
)
def test_location_strings(raw: str, expected: tuple) -> None:
    result = parse_location(raw)
    assert (result.work_mode, result.city, result.region, result.country, result.metro) == expected


@pytest.mark.parametrize(
    ("raw", "company", "country"),
    [
        # a town GeoNames lacks, from an employer named after its country
        ("Lowlands, ", "Ocean Hotels Group BARBADOS", "BB"),
        ("Smallville", "ZCC USA Inc.", "US"),
        ("Hamlet Road", "Randstad Canada", "CA"),
        # traps: a known place wins over the employer's name
        ("California, United States", "Nova Ukraine", "US"),
        ("New York, NY", "Air France", "US"),
        # traps: no place named, or an employer not named after a country
        ("Remote", "Randstad Canada", None),
        ("", "Randstad Canada", None),
        ("Lowlands", "Acme Inc.", None),
        ("Lowlands", "Canada", None),  # only a country: no employer's home
    ],
)
def test_a_town_the_gazetteer_lacks_takes_the_employers_country(
    raw: str, company: str, country: str | None
) -> None:
    assert parse_location(raw, company=company).country == country


def test_metro_rule_reads_geonames_populations_and_distances() -> None:
    """The rule itself, on the data: Stafford's metro core is the most populous city within
    60 km (Arlington, VA, not the more distant Washington), and it is a city of >= 150,000."""
    (stafford,) = [c for c in cities_named("Stafford") if c.admin1 == "VA"]
    (core,) = [c for c in cities_named("Arlington") if c.admin1 == "VA"]
    assert stafford.metro == "Arlington, VA"
    assert metro_city("Arlington, VA") == "Arlington"
    assert core.population >= 150_000
    assert stafford.population < 500_000
    (savannah,) = [c for c in cities_named("Savannah") if c.admin1 == "GA"]
    assert savannah.population < 150_000
    assert savannah.metro is None


def test_a_city_of_half_a_million_is_its_own_metro_even_beside_a_bigger_one() -> None:
    (san_jose,) = [c for c in cities_named("San Jose") if c.admin1 == "CA"]
    (sf,) = [c for c in cities_named("San Francisco") if c.admin1 == "CA"]
    assert san_jose.population >= 500_000
    assert sf.population >= 500_000
    assert (san_jose.metro, sf.metro) == ("San Jose", "San Francisco")


def test_distance_is_great_circle() -> None:
    # London (51.5074, -0.1278) to Paris (48.8566, 2.3522): about 344 km
    assert distance_km(51.5074, -0.1278, 48.8566, 2.3522) == pytest.approx(344, abs=2)
