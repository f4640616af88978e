"""Adversarial use of the CLI (issue 15): each case as a user would type it, one-line answers."""

from __future__ import annotations

import json
import re
import socket
from typing import TYPE_CHECKING

import pytest

from jobwatch.core.printable import printable
from jobwatch.core.runlock import refresh_lock
from tests.conftest import jobwatch_cli

if TYPE_CHECKING:
    from pathlib import Path


def one_line_error(proc, code: int = 2) -> str:
    assert proc.returncode == code, (proc.returncode, proc.stderr)
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, proc.stderr
    assert lines[0].startswith("error: ")
    assert "Traceback" not in proc.stderr
    return lines[0]


def closed_port() -> int:
    """A loopback port nobody listens on (connection refused)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.mark.parametrize(
    "query",
    [
        "use memory; detach warehouse",
        "attach '{home}/warehouse.duckdb' as w",
        "drop table postings cascade",
        "copy (select 1) to '{home}/raw/overwritten.csv'",
        "attach '{home}/new.duckdb' as n",
        "install httpfs",
        "load httpfs",
        "set enable_external_access = true",
        "select * from read_text('/proc/self/environ')",
        "select * from read_csv('/etc/passwd')",
        "create table t as select 1",
    ],
)
def test_sql_refuses_anything_but_a_query_on_the_warehouse(sample_home: dict, query: str) -> None:
    home = sample_home["home"]
    before = sorted(p.name for p in home.iterdir())
    one_line_error(jobwatch_cli(home, "sql", query.format(home=home), check=False))
    assert sorted(p.name for p in home.iterdir()) == before  # no new file, no new database
    still = jobwatch_cli(home, "sql", "select count(*) as n from postings", "--csv")
    assert int(still.stdout.splitlines()[1]) > 0


def test_sql_still_answers_queries_describe_and_macros(sample_home: dict) -> None:
    home = sample_home["home"]
    for query in ("describe postings", "show tables", "select * from role_stats('MLOps Engineer')"):
        proc = jobwatch_cli(home, "sql", query, "--json")
        assert json.loads(proc.stdout)["rows"], query


def test_piped_sql_and_stats_are_json_lines(sample_home: dict) -> None:
    home = sample_home["home"]
    proc = jobwatch_cli(home, "sql", "select role, count(*) as n from postings group by 1")
    rows = [json.loads(line) for line in proc.stdout.splitlines()]
    assert {r["role"] for r in rows} >= {"AI/ML Engineer", "MLOps Engineer"}
    assert "┃" not in proc.stdout
    stats = [json.loads(line) for line in jobwatch_cli(home, "stats").stdout.splitlines()]
    assert all(r["open_positions"] > 0 for r in stats)
    csv_lines = jobwatch_cli(home, "stats", "--csv").stdout.splitlines()
    assert csv_lines[0].startswith("role,week,")
    assert len(csv_lines) == len(stats) + 1


def test_json_outputs_carry_a_schema_version(sample_home: dict) -> None:
    home = sample_home["home"]
    for args in (
        ("stats", "--json"),
        ("compare", "MLOps Engineer", "AI/ML Engineer", "--json"),
        ("sql", "select 1 as x", "--json"),
        ("status", "--json"),
        ("sources", "--json"),
    ):
        assert json.loads(jobwatch_cli(home, *args).stdout)["schema_version"] == 1, args


def test_escape_sequences_from_the_data_never_reach_the_terminal(sample_home: dict) -> None:
    home = sample_home["home"]
    evil = "chr(27) || ']0;pwned' || chr(7) || 'Acme' || chr(27) || '[31m' || chr(155) || '2J'"
    for fmt in ("--table", "--csv", "--jsonl", "--json"):
        out = jobwatch_cli(home, "sql", f"select {evil} as company", fmt).stdout
        assert not {"\x1b", "\x07", "\x9b"} & set(out), fmt
        assert "Acme" in out


def test_printable_keeps_text_and_drops_controls() -> None:
    assert (
        printable("Acme\x1b]8;;http://x\x1b\\link\x1b]8;;\x1b\\ \x1b[1mInc\x1b[0m")
        == "Acmelink Inc"
    )
    assert printable("a\tb\nc\rd\u202ee") == "a\tb\ncde"


def test_status_prints_weeks_rows_crawl_health_and_the_latest_log(sample_home: dict) -> None:
    home = sample_home["home"]
    (home / "logs" / "zzz-old.log").write_text("old")  # sorts last by name, written long ago
    import os

    os.utime(home / "logs" / "zzz-old.log", (0, 0))
    out = jobwatch_cli(home, "status").stdout
    assert "week 2026-11-09" in out
    assert "week 2026-11-16" in out
    assert "postings " in out
    assert "crawl_runs " in out
    assert "last crawl (week 2026-11-16): 1 failed, 10 ok" in out
    assert "driftwooddynamics" in out
    assert "zzz-old.log" not in out
    data = json.loads(jobwatch_cli(home, "status", "--json").stdout)
    assert data["warehouse"]["tables"]["postings"] > 0
    assert not data["logs"]["latest"].endswith("zzz-old.log")


@pytest.mark.parametrize(
    "args",
    [
        ("compare", "A", "B", "--week", "notadate"),
        ("stats", "--week", "2026-13-45"),
        ("refresh", "--sample", "--week", "9999-12-31"),
        ("refresh", "--sample", "--week", "2019-12-30"),
        ("crawl", "greenhouse", "--board", "acme", "--week", "9999-12-31"),
        ("crawl", "greenhouse", "--board", "acme", "--base-url", ""),
        ("crawl", "greenhouse", "--board", "acme", "--base-url", "boards-api.greenhouse.io"),
        ("refresh", "--base-url", ""),
        ("stats", "--bogus"),
    ],
)
def test_user_errors_are_one_line_with_exit_2(tmp_path: Path, args: tuple[str, ...]) -> None:
    one_line_error(jobwatch_cli(tmp_path, *args, check=False))
    assert not (tmp_path / "raw").exists()  # nothing crawled


def test_a_second_refresh_of_the_same_home_is_refused(tmp_path: Path) -> None:
    with refresh_lock(tmp_path):
        line = one_line_error(jobwatch_cli(tmp_path, "refresh", "--sample", check=False))
    assert "another refresh is running" in line
    with refresh_lock(tmp_path):  # released with its holder: nothing left behind
        pass


def test_a_killed_holder_does_not_keep_the_lock(tmp_path: Path) -> None:
    import subprocess
    import sys

    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time, pathlib; from jobwatch.core.runlock import refresh_lock\n"
            "with refresh_lock(pathlib.Path(sys.argv[1])):\n"
            " print('held', flush=True)\n time.sleep(60)",
            str(tmp_path),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdout is not None
    assert holder.stdout.readline().strip() == "held"
    holder.kill()
    holder.wait()
    with refresh_lock(tmp_path):
        pass


def test_crawl_out_never_replaces_a_file_without_force_nor_with_nothing(tmp_path: Path) -> None:
    out = tmp_path / "board.jsonl"
    out.write_text('{"keep": 1}\n')
    base = f"http://127.0.0.1:{closed_port()}"
    args = ("crawl", "greenhouse", "--board", "acme", "--base-url", base, "--out", str(out))
    line = one_line_error(jobwatch_cli(tmp_path, *args, check=False))
    assert "--force" in line
    proc = jobwatch_cli(tmp_path, *args, "--force", "--set", "RETRY_TIMES=0", check=False)
    assert proc.returncode == 1, proc.stderr
    assert out.read_text() == '{"keep": 1}\n'  # every board failed: the old file stays
    assert "nothing written" in proc.stdout
    assert "Traceback" not in proc.stderr
    hidden = [p.name for p in tmp_path.iterdir() if p.name.startswith(".")]
    assert hidden == [".sources.yaml.parsed"]  # the registry's parse cache, no temp file


def test_an_unreachable_host_is_said_once(tmp_path: Path) -> None:
    base = f"http://127.0.0.1:{closed_port()}"
    args = ("crawl", "greenhouse", "--board", "acme", "--base-url", base, "--set", "RETRY_TIMES=0")
    proc = jobwatch_cli(tmp_path, *args, check=False)
    said = proc.stderr + proc.stdout
    assert "Traceback" not in said
    assert said.count("connection refused") == 1, said
    assert "robots.txt" not in said


def test_normalize_never_writes_over_its_input_or_into_the_raw_lake(
    sample_home: dict, tmp_path: Path
) -> None:
    home = sample_home["home"]
    raw = next(p for p in (home / "raw").rglob("*.jsonl") if not p.name.startswith("_"))
    before = raw.read_bytes()
    one_line_error(
        jobwatch_cli(home, "normalize", "--in", str(raw), "--out", str(raw), check=False)
    )
    one_line_error(jobwatch_cli(home, "normalize", "--in", str(raw), check=False))
    copy = tmp_path / "copy.jsonl"
    copy.write_bytes(before)
    one_line_error(
        jobwatch_cli(home, "normalize", "--in", str(copy), "--out", str(copy), check=False)
    )
    assert raw.read_bytes() == before
    assert copy.read_bytes() == before


def test_a_failing_task_reaches_the_user_as_its_own_reason(tmp_path: Path) -> None:
    sources = tmp_path / "sources.yaml"
    sources.write_text("- {company: Acme, platform: greenhouse, board: acme}\n")
    base = f"http://127.0.0.1:{closed_port()}"
    args = ("refresh", "--week", "2026-11-16", "--base-url", base, "--sources-file", str(sources))
    proc = jobwatch_cli(tmp_path / "home", *args, "--set", "RETRY_TIMES=0", check=False)
    assert proc.returncode == 1
    errors = [line for line in proc.stderr.splitlines() if "error" in line.lower()]
    assert errors == [
        "error: pages failed: the warehouse has no roles in this week; nothing to report"
    ]
    assert "TypeError" not in proc.stderr
    assert "Traceback" not in proc.stderr


EVIL = "\x1b]0;pwned\x07Northwind\x1b[31m AI\x9b2J [bold]"


def test_compare_and_stats_print_hostile_company_names_harmlessly(tmp_path: Path) -> None:
    from jobwatch.crawlers.replay import ReplayServer
    from jobwatch.crawlers.sample import SAMPLE_ROOT

    week = "2026-11-16"
    recorded = SAMPLE_ROOT / "greenhouse" / f"week={week}" / "northwindai.json"
    page = json.loads(recorded.read_text())
    for job in page["jobs"]:
        job["company_name"] = EVIL
    root = tmp_path / "replay" / "greenhouse" / f"week={week}"
    root.mkdir(parents=True)
    (root / "northwindai.json").write_text(json.dumps(page))
    sources = tmp_path / "sources.yaml"
    sources.write_text("- {company: Northwind, platform: greenhouse, board: northwindai}\n")
    home = tmp_path / "home"
    with ReplayServer(tmp_path / "replay") as srv:
        jobwatch_cli(
            home,
            "refresh",
            "--week",
            week,
            "--base-url",
            srv.base_url,
            "--sources-file",
            str(sources),
        )
    roles = [r["role"] for r in json.loads(jobwatch_cli(home, "stats", "--json").stdout)["roles"]]
    outputs = {
        "compare": jobwatch_cli(home, "compare", roles[0], roles[1]).stdout,
        "stats": jobwatch_cli(home, "stats", "--table").stdout,
        "sql": jobwatch_cli(home, "sql", "select company from postings limit 1", "--table").stdout,
        "sql csv": jobwatch_cli(
            home, "sql", "select company from postings limit 1", "--csv"
        ).stdout,
    }
    assert "Northwind AI" in outputs["compare"]
    for name, out in outputs.items():
        assert not {"\x1b", "\x07", "\x9b"} & set(out), name
    assert "[bold]" in outputs["sql"]  # markup in the data is shown as text, not applied
    raw = json.loads(jobwatch_cli(home, "compare", roles[0], roles[1], "--json").stdout)
    companies = [name for role in raw["roles"].values() for name, _ in role["top_companies"]]
    assert EVIL in companies  # JSON keeps the data, its controls escaped


def test_cli_json_doc_names_every_field(sample_home: dict) -> None:
    """docs/cli-json.md documents every field of every --json output (as `field`)."""
    from pathlib import Path as P

    doc = (P(__file__).resolve().parents[2] / "docs" / "cli-json.md").read_text()
    home = sample_home["home"]
    outputs = {
        "stats": ("stats", "--json"),
        "compare": ("compare", "MLOps Engineer", "AI/ML Engineer", "--json"),
        "sql": ("sql", "select 1 as x", "--json"),
        "status": ("status", "--json"),
        "sources": ("sources", "--json"),
    }
    fields: set[str] = set(sample_home["summaries"]["2026-11-16"])
    for args in outputs.values():
        data = json.loads(jobwatch_cli(home, *args).stdout)
        fields |= set(data)
        for value in data.values():
            if isinstance(value, dict):
                fields |= {k for k in value if not isinstance(value[k], dict) or k == "roles"}
    data = json.loads(jobwatch_cli(home, *outputs["compare"]).stdout)
    fields |= {k for role in data["roles"].values() for k in role}
    fields -= {"MLOps Engineer", "AI/ML Engineer"}
    named = {word for code in re.findall(r"`([^`]+)`", doc) for word in re.findall(r"\w+", code)}
    missing = sorted(fields - named)
    assert missing == []
