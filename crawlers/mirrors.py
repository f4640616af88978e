"""Where a run crawls each platform: one mirror for all (`--base-url URL`), a mirror per platform
(`--base-url PLATFORM=URL`, repeatable), or else the real APIs. A caching proxy or a replay can so
stand in for every platform of a run, or for some of them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from jobwatch.core.errors import UserError
from jobwatch.crawlers.spiders.base import normalize_base_url

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping


@dataclass(frozen=True)
class BaseUrls:
    default: str | None = None  # every platform not named below
    per_platform: Mapping[str, str] = field(default_factory=dict)

    def for_source(self, source: str) -> str | None:
        return self.per_platform.get(source, self.default)

    @property
    def any(self) -> bool:
        return self.default is not None or bool(self.per_platform)

    @classmethod
    def checked(cls, default: str | None, per_platform: Mapping[str, str] | None) -> BaseUrls:
        """Every URL well-formed, every platform declared (an empty URL is never "the real
        API": a mistyped mirror must not send a run to the production hosts)."""
        from jobwatch.crawlers import platforms

        known = platforms.declared()
        for name in per_platform or {}:
            if name not in known:
                raise UserError(
                    f"--base-url {name}=...: unknown platform (known: {', '.join(known)})"
                )
        try:
            return cls(
                normalize_base_url(default) if default is not None else None,
                {name: normalize_base_url(url) for name, url in (per_platform or {}).items()},
            )
        except ValueError as exc:
            raise UserError(str(exc)) from None


def parse_base_urls(values: Iterable[str]) -> tuple[str | None, dict[str, str]]:
    """`--base-url` values: `URL` (at most one) and `PLATFORM=URL` pairs."""
    default: str | None = None
    per_platform: dict[str, str] = {}
    for value in values:
        name, sep, url = value.partition("=")
        if sep and "://" not in name and name.strip():
            per_platform[name.strip().lower()] = url
        elif default is not None:
            raise UserError("--base-url URL given twice (name platforms: PLATFORM=URL)")
        else:
            default = value
    return default, per_platform
