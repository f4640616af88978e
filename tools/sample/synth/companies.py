"""The fictional companies of the sample: sizes skewed like real boards (two big, many small)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Company:
    name: str
    token: str  # Greenhouse board token
    size: int  # postings open in week 2026-11-16 (reposted copies included)
    suffix: int  # Greenhouse ids of one account share their last three digits
    about: str  # plain text; traps such as "R&D", "since 2015" and funding amounts live here
    places: tuple[tuple[str, int], ...]  # on-site / hybrid locations, weighted
    remote: tuple[str, ...]  # remote location strings this company uses
    remote_factor: float = 1.0
    affinity: dict[str, float] = field(default_factory=dict)  # role key -> weight multiplier
    own_careers_site: bool = False  # absolute_url points at the company's site (gh_jid=)
    metadata: bool = False  # fills Greenhouse custom fields


COMPANIES: tuple[Company, ...] = (
    Company(
        "Northwind AI",
        "northwindai",
        88,
        2,
        "Northwind AI builds foundation models and the tooling enterprises use to put them to "
        "work. Our R&D group publishes openly, and our platform serves billions of tokens a day "
        "for customers in finance, logistics and healthcare.",
        (
            ("San Francisco, CA", 10),
            ("New York, NY", 4),
            ("Seattle, WA", 3),
            ("San Francisco, CA; New York, NY", 3),
            ("Hybrid - San Francisco, CA", 2),
        ),
        ("Remote - US",),
        0.8,
        {"research": 3, "aiml": 1.6, "nlp": 1.8, "mlops": 1.2, "da": 0.2, "care": 0, "sales": 0.3},
        metadata=True,
    ),
    Company(
        "Quillfeather Labs",
        "quillfeatherlabs",
        62,
        7,
        "Quillfeather Labs makes AI writing and research assistants used by 40,000 teams. We are "
        "backed by $85M in Series B funding and ship to production several times a day.",
        (("New York, NY", 8), ("Hybrid - New York, NY", 6), ("Boston, MA", 2)),
        ("Remote (US or Canada)", "Remote - US"),
        1.2,
        {"aiswe": 2.6, "prompt": 3, "aipm": 2, "research": 0.3, "cv": 0.2, "care": 0},
    ),
    Company(
        "Bramblecone Robotics",
        "brambleconerobotics",
        34,
        4,
        "Bramblecone Robotics designs autonomous picking arms for warehouses. Our R&D lab in "
        "Boston turns perception research into machines that run three shifts a day.",
        (("Boston, MA", 8), ("Austin, TX", 3), ("Seattle, WA", 2)),
        ("Remote - US",),
        0.4,
        {"cv": 6, "aiml": 1.3, "mlops": 1.2, "prompt": 0, "care": 0, "aipm": 0.3},
        own_careers_site=True,
    ),
    Company(
        "Tidewater Analytics",
        "tidewateranalytics",
        30,
        3,
        "Tidewater Analytics helps regional retailers forecast demand. Customers rely on our "
        "models to plan inventory across 2,000 stores.",
        (("Austin, TX", 6), ("Los Angeles, CA", 2)),
        ("Remote - US",),
        1.4,
        {"ds": 2.5, "de": 2.5, "anaeng": 4, "da": 3, "research": 0.1, "cv": 0.1, "care": 0},
    ),
    Company(
        "Kestrel Cartography",
        "kestrelcartography",
        26,
        5,
        "Kestrel Cartography maps cities from satellite and street-level imagery for planners "
        "and insurers across Europe.",
        (
            ("London, UK", 5),
            ("Berlin, Germany", 4),
            ("Paris, France", 3),
            ("London, UK (Hybrid)", 2),
        ),
        ("Remote - EMEA",),
        1.0,
        {"cv": 2, "aiml": 1.2, "de": 1.2, "care": 0, "prompt": 0},
        metadata=True,
    ),
    Company(
        "Lanternfish Health",
        "lanternfishhealth",
        22,
        6,
        "Lanternfish Health coordinates care for people living with chronic illness, pairing "
        "nurses and care coordinators with AI tools that surface who needs help first.",
        (("Boston, MA", 4), ("New York, NY", 2)),
        ("Remote - US",),
        1.3,
        {"care": 8, "ds": 2, "nlp": 1.5, "research": 0.2, "cv": 0.1, "recruit": 1.5},
    ),
    Company(
        "Copperkettle Systems",
        "copperkettle",
        20,
        8,
        "Copperkettle Systems runs a managed platform for training and serving models on any "
        "cloud. Platform teams use us to cut GPU spend and ship models faster.",
        (("Seattle, WA", 5), ("Seattle, WA (Hybrid)", 2), ("San Francisco, CA", 2)),
        ("Remote - US", "Remote (US or Canada)"),
        1.6,
        {"mlops": 6, "solarch": 3, "aiml": 1.0, "care": 0, "da": 0.2},
    ),
    Company(
        "Marigold Freight",
        "marigoldfreight",
        16,
        9,
        "Since 2015, Marigold Freight has moved parcels for online shops across North America "
        "and South Asia, and we now route every shipment with machine learning.",
        (("Toronto, ON", 5), ("Bengaluru, India", 4), ("Los Angeles, CA", 2)),
        ("Remote (US or Canada)",),
        0.8,
        {"de": 2, "ds": 1.5, "sales": 4, "ga": 2, "research": 0, "prompt": 0, "care": 0},
        own_careers_site=True,
    ),
    Company(
        "Halcyon Ledger",
        "halcyonledger",
        12,
        1,
        "Halcyon Ledger is a small-business bank account with AI bookkeeping built in.",
        (("New York, NY", 5), ("Hybrid - New York, NY", 3)),
        ("Remote - US",),
        0.9,
        {"aiswe": 2, "ds": 1.5, "ga": 3, "care": 0, "cv": 0},
    ),
    Company(
        "Pebblebrook Learning",
        "pebblebrook",
        10,
        11,
        "Pebblebrook Learning builds AI tutors for middle-school math, used in 900 districts.",
        (("Los Angeles, CA", 3),),
        ("Remote (US or Canada)", "Remote - US"),
        1.8,
        {"aiswe": 2, "prompt": 2, "aipm": 1.5, "care": 0, "cv": 0},
    ),
)

# Listed in sources.yaml but never recorded: the replay server answers 404, like a renamed board.
STALE = {"company": "Driftwood Dynamics", "platform": "greenhouse", "board": "driftwooddynamics"}
