"""Where the tests find the third-party eval data: `<repo>/../shared/eval`, passed explicitly.

The product has no default for it (`jobwatch eval --data DIR` or $JOBWATCH_EVAL_DATA); the tests
run beside it in CI and say so when it is not there."""

from __future__ import annotations

from pathlib import Path

EVAL_DATA = Path(__file__).resolve().parents[1].parent / "shared" / "eval"
