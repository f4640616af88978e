"""The registry build: jobwatch's own list merged with two public lists (build.py)."""
