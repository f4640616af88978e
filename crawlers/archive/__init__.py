"""The page archive: bodies kept verbatim in the raw lake, extracted after the fetch."""

from jobwatch.crawlers.archive.extract import BoardCounts, ExtractionReport
from jobwatch.crawlers.archive.pages import ArchivedPage, read_body, read_index
from jobwatch.crawlers.archive.rederive import extract_pages

__all__ = [
    "ArchivedPage",
    "BoardCounts",
    "ExtractionReport",
    "extract_pages",
    "read_body",
    "read_index",
]
