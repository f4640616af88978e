"""What the weekly run changes in the registry: a board failing N crawled weeks in a row is
disabled (kept, `enabled: false`, a note saying why and since when, re-probed monthly), a board it
disabled that answers again is re-enabled, and a stale slug found on another platform is moved.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping

    from jobwatch.crawlers.sources import Source

# The Scrapy-style setting (`jobwatch refresh --set BOARD_DISABLE_AFTER_WEEKS=5`) and its default:
# three failed weeks rule out a bad day of the site or of the network, and cost three crawls.
DISABLE_AFTER_SETTING = "BOARD_DISABLE_AFTER_WEEKS"
DISABLE_AFTER = 3
# How a note of a board this run disabled starts: only those are re-enabled automatically (a
# board a person disabled stays disabled).
AUTO = "disabled by the weekly run"
DISABLED, REENABLED, MOVED = "disabled", "re-enabled", "moved"
# Registry fields a moved board's new row keeps from the old one.
KEPT = ("website", "industry", "ai")

Key = tuple[str, str]


@dataclass(frozen=True)
class Change:
    kind: str  # DISABLED, REENABLED or MOVED
    platform: str
    board: str
    reason: str
    fields: dict[str, Any]  # registry fields to set on the row (None removes one)
    moved_to: Key | None = None
    new_row: dict[str, Any] = field(default_factory=dict)  # the moved board's row to append

    @property
    def key(self) -> Key:
        return self.platform, self.board


def disable_after(settings: Mapping[str, Any] | None) -> int:
    """N of the setting (at least 1); a value that is not a number is a UserError."""
    from jobwatch.core.errors import UserError

    raw = (settings or {}).get(DISABLE_AFTER_SETTING, DISABLE_AFTER)
    try:
        weeks = int(raw)
    except (TypeError, ValueError):
        raise UserError(f"{DISABLE_AFTER_SETTING}={raw!r}: expected a number of weeks") from None
    if weeks < 1:
        raise UserError(f"{DISABLE_AFTER_SETTING}={weeks}: at least 1 week")
    return weeks


def plan_changes(
    rows: Iterable[Source], streaks: Mapping[Key, Mapping[str, Any]], *, week: str, after: int
) -> list[Change]:
    """Disable the enabled boards failing `after` weeks in a row; re-enable the boards this run
    disabled earlier whose crawl of `week` (their monthly re-probe) did not fail."""
    changes = []
    for row in rows:
        streak = streaks.get(row.key)
        if streak is None:
            continue
        if row.enabled and streak["failing_weeks"] >= after:
            changes.append(_disable(row, streak, week))
        elif _answers_again(row, streak, week):
            reason = f"crawl of week {week} {streak['last_status']}"
            changes.append(Change(REENABLED, *row.key, reason, {"enabled": None, "note": None}))
    return changes


def _answers_again(row: Source, streak: Mapping[str, Any], week: str) -> bool:
    return (
        not row.enabled
        and row.note.startswith(AUTO)
        and streak["last_week"] == week
        and streak["last_status"] != "failed"
    )


def _disable(row: Source, streak: Mapping[str, Any], week: str) -> Change:
    what = "not found (404)" if streak["stale_slug"] else "failed"
    reason = f"{what} {streak['failing_weeks']} weeks in a row since {streak['failing_since']}" + (
        f": {streak['error']}" if streak["error"] else ""
    )
    note = f"{AUTO} of week {week}: {reason}"
    return Change(DISABLED, *row.key, reason, {"enabled": False, "note": note})


def stale(changes: Iterable[Change], streaks: Mapping[Key, Mapping[str, Any]]) -> list[Key]:
    """The boards being disabled for a stale slug: the ones worth looking for elsewhere."""
    return [c.key for c in changes if c.kind == DISABLED and streaks[c.key]["stale_slug"]]


def with_moves(
    changes: list[Change], moved: Mapping[Key, Key], rows: Mapping[Key, Source], week: str
) -> list[Change]:
    """A disabled stale slug that answers on another platform becomes a move: the old row is
    disabled saying where it went, a row for the new platform is appended (unless listed)."""
    out = []
    for change in changes:
        target = moved.get(change.key)
        if target is None:
            out.append(change)
            continue
        row = rows[change.key]
        note = f"{AUTO} of week {week}: moved to {target[0]}/{target[1]}"
        new = {} if target in rows else _new_row(row, target)
        reason = f"{change.reason}; answers on {target[0]}"
        fields = {"enabled": False, "note": note}
        out.append(Change(MOVED, *change.key, reason, fields, moved_to=target, new_row=new))
    return out


def _new_row(row: Source, target: Key) -> dict[str, Any]:
    new: dict[str, Any] = {"company": row.company, "platform": target[0], "board": target[1]}
    new["origin"] = f"moved from {row.platform}"
    return new | {name: getattr(row, name) for name in KEPT if getattr(row, name)}
