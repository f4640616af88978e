"""The skills.csv category of an O*NET commodity title (build_tech_skills.py): first word match."""

from __future__ import annotations

# (a word of the commodity title, lower case; the category), tried in order; else "tools".
_BY_WORD = (
    ("data base", "database"),
    ("business intelligence", "bi"),
    ("data mining", "data"),
    ("cloud", "cloud"),
    ("web", "web"),
    ("internet", "web"),
    ("object or component", "language"),
    ("development environment", "tools"),
    ("program testing", "testing"),
    ("configuration management", "devops"),
    ("network", "networking"),
    ("security", "security"),
    ("compliance", "compliance"),
    ("sales and marketing", "marketing"),
    ("enterprise", "enterprise"),
    ("customer relationship", "enterprise"),
    ("human resources", "enterprise"),
    ("accounting", "enterprise"),
    ("financial", "enterprise"),
    ("medical", "enterprise"),
    ("point of sale", "enterprise"),
    ("procurement", "enterprise"),
    ("inventory", "enterprise"),
    ("supply chain", "enterprise"),
)


def category_of(commodity: str) -> str:
    title = commodity.lower()
    return next((category for word, category in _BY_WORD if word in title), "tools")
