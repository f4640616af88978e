"""Publish a directory atomically: build beside the target, then exchange the two in one step."""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import shutil
import sys
import tempfile
from pathlib import Path

from jobwatch.core.errors import UserError
from jobwatch.core.layout import temp_after

MARKER = ".jobwatch-site"  # only a directory holding this file is ever replaced
RENAME_EXCHANGE = 2
AT_FDCWD = -100


def _exchange(a: Path, b: Path) -> bool:
    """Swap two paths atomically with Linux renameat2(RENAME_EXCHANGE); False if unavailable."""
    if not sys.platform.startswith("linux"):
        return False
    libc = ctypes.CDLL(ctypes.util.find_library("c"), use_errno=True)
    fn = getattr(libc, "renameat2", None)
    if fn is None:
        return False
    rc = fn(AT_FDCWD, os.fsencode(a), AT_FDCWD, os.fsencode(b), RENAME_EXCHANGE)
    return bool(rc == 0)


def check_target(out: Path) -> None:
    """Refuse to replace a directory jobwatch did not write (say, --out ~/Documents)."""
    if out.is_file() or (out.is_dir() and any(out.iterdir()) and not (out / MARKER).is_file()):
        raise UserError(f"{out} exists and is not a jobwatch site; choose a new or empty directory")


def staging(out: Path) -> Path:
    """A fresh sibling directory to build in; leftovers of interrupted builds are removed first."""
    out.parent.mkdir(parents=True, exist_ok=True)
    for stale in out.parent.glob(temp_after(out, "*").name):
        shutil.rmtree(stale, ignore_errors=True)
    tmp = Path(tempfile.mkdtemp(prefix=temp_after(out, "").name, dir=out.parent))
    (tmp / MARKER).write_text("written by `jobwatch report`; replaced whole on each run\n")
    return tmp


def swap_in(tmp: Path, out: Path) -> None:
    """Make `tmp` the new `out`: readers see the old site or the new one, never a mix."""
    tmp.chmod(0o755)  # mkdtemp makes it private; a site is meant to be read
    if not out.exists():
        tmp.rename(out)
        return
    if _exchange(tmp, out):
        shutil.rmtree(tmp, ignore_errors=True)  # tmp now holds the old site
        return
    old = temp_after(out, "old")
    out.rename(old)  # elsewhere: two renames, a brief moment with no site but never half of one
    tmp.rename(out)
    shutil.rmtree(old, ignore_errors=True)
