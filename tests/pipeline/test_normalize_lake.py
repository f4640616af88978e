"""normalize_lake: one parquet per finished crawl dir, skip unless forced, pool = sequential."""

import pyarrow.parquet as pq
import pytest

from jobwatch.core.errors import UserError
from jobwatch.pipeline import TAXONOMY_VERSION
from jobwatch.pipeline.normalize import normalize_lake
from tests.pipeline.conftest import raw_posting, write_lines


def _crawl(home, source, week, crawl_id, boards):
    crawl_dir = home / "raw" / f"source={source}" / f"week={week}" / f"crawl={crawl_id}"
    for board, records in boards.items():
        write_lines(crawl_dir / f"{board}.jsonl", records)
    write_lines(crawl_dir / "_runs.jsonl", [{"crawl_id": crawl_id, "status": "ok"}])
    write_lines(crawl_dir / "_quarantine.jsonl", [{"reason": "http_error"}])
    return crawl_dir


def _out(home, source, week, crawl_id):
    return (
        home
        / "normalized"
        / f"taxonomy={TAXONOMY_VERSION}"
        / f"source={source}"
        / f"week={week}"
        / f"crawl={crawl_id}"
    )


@pytest.fixture
def lake(tmp_path):
    _crawl(
        tmp_path,
        "greenhouse",
        "2026-11-16",
        "greenhouse-20261116T0930Z-aaaaaa",
        {
            "examplelabs": [raw_posting(), "not json"],
            "other": [raw_posting(board="other", source_id="5", company="Other Co")],
        },
    )
    _crawl(
        tmp_path,
        "lever",
        "2026-11-16",
        "lever-20261116T0940Z-bbbbbb",
        {"example": [raw_posting(source="lever", board="example", source_id="x1")]},
    )
    interrupted = tmp_path / "raw/source=lever/week=2026-11-16/.tmp-crawl=lever-20261116T1000Z-c"
    write_lines(interrupted / "example.jsonl", [raw_posting(source="lever", source_id="x2")])
    return tmp_path


def test_writes_one_parquet_per_finished_crawl(lake) -> None:
    progress = []
    result = normalize_lake(lake, on_progress=lambda d, t, label: progress.append((d, t)))
    gh = _out(lake, "greenhouse", "2026-11-16", "greenhouse-20261116T0930Z-aaaaaa")
    lv = _out(lake, "lever", "2026-11-16", "lever-20261116T0940Z-bbbbbb")
    assert pq.read_table(gh / "postings.parquet").column("board").to_pylist() == [
        "examplelabs",
        "other",
    ]
    assert pq.read_table(lv / "postings.parquet").num_rows == 1
    assert (gh / "quarantine.jsonl").exists()
    assert not (lv / "quarantine.jsonl").exists()
    assert (result.postings, result.quarantined, dict(result.reasons)) == (
        3,
        1,
        {"malformed_json": 1},
    )
    assert progress == [(1, 2), (2, 2)]
    assert not list((lake / "normalized").rglob("*lever-20261116T1000Z*"))


def test_done_crawls_are_skipped_unless_forced(lake) -> None:
    normalize_lake(lake)
    again = normalize_lake(lake)
    assert (again.postings, again.skipped, again.files) == (0, 2, [])
    forced = normalize_lake(lake, force=True)
    assert (forced.postings, forced.skipped) == (3, 0)


def test_explicit_crawl_dirs_and_bad_ones(lake) -> None:
    only = next((lake / "raw/source=lever").rglob("crawl=*"))
    result = normalize_lake(lake, crawl_dirs=[only])
    assert result.postings == 1
    assert len(result.files) == 1
    with pytest.raises(UserError, match="not a finished crawl"):
        normalize_lake(lake, crawl_dirs=[lake / "raw/nowhere"])


def test_process_pool_gives_the_same_result_as_sequential(tmp_path) -> None:
    for n in range(5):
        _crawl(
            tmp_path,
            "ashby",
            "2026-11-16",
            f"ashby-20261116T09{n}0Z-00000{n}",
            {"acme": [raw_posting(source="ashby", source_id=str(n))]},
        )
    pooled = normalize_lake(tmp_path, workers=2)
    sequential = normalize_lake(tmp_path, workers=1, force=True)
    assert pooled.postings == sequential.postings == 5
    assert sorted(pooled.files) == sorted(sequential.files)
