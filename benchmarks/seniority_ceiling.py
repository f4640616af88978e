"""What issue 4's LinkedIn entry targets ask of a title: jobwatch's classifier beside a rule and a
model fitted to LinkedIn's own labels, scored on held-out halves of the postings.

Retired targets (issue 12 kept them as figures): (a) precision of predicted entry >= 0.88 and
(b) entry-vs-rest F1 >= 0.70, both at once. Needs scikit-learn (`pip install -e '.[bench]'`) and
the eval data (--data DIR or $JOBWATCH_EVAL_DATA).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

import numpy as np

from jobwatch.pipeline.evaluation.ceiling import held_out_ceiling
from jobwatch.pipeline.evaluation.linkedin_titles import labeled_titles, read_titles
from jobwatch.pipeline.evaluation.run import DATA_ENV
from jobwatch.pipeline.evaluation.seniority_linkedin import (
    CEILING_F1,
    CEILING_PRECISION,
    GOLD_ENTRY,
)
from jobwatch.pipeline.seniority import ENTRY

PRECISION = CEILING_PRECISION  # retired target (a) for entry
F1 = CEILING_F1  # retired target (b)


def _scores(called: np.ndarray, gold: np.ndarray) -> tuple[float, float, float]:
    hits = int((called & gold).sum())
    precision = hits / called.sum() if called.sum() else 0.0
    return precision, hits / gold.sum(), 2 * hits / (called.sum() + gold.sum())


def _model_halves(titles: list[str], gold: np.ndarray, shuffles: int):
    """Per held-out half: the entry probability from a model fitted on the other half, and the
    threshold with the best F1 at precision >= PRECISION on the half it was fitted on."""
    from scipy.sparse import hstack
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import StratifiedKFold

    for seed in range(shuffles):
        for fit, test in StratifiedKFold(2, shuffle=True, random_state=seed).split(titles, gold):
            # word 1-3-grams and character 2-5-grams: the strongest of the variants tried
            vectorizers = [
                TfidfVectorizer(ngram_range=(1, 3), sublinear_tf=True),
                TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True),
            ]
            fitted = hstack([v.fit_transform([titles[i] for i in fit]) for v in vectorizers])
            held = hstack([v.transform([titles[i] for i in test]) for v in vectorizers])
            model = LogisticRegression(C=4, max_iter=3000).fit(fitted.tocsr(), gold[fit])
            threshold = _best_threshold(model.predict_proba(fitted.tocsr())[:, 1], gold[fit])
            yield model.predict_proba(held.tocsr())[:, 1], gold[test], threshold


def _best_threshold(p: np.ndarray, gold: np.ndarray, min_precision: float = PRECISION) -> float:
    best_f1, best = -1.0, 1.01  # 1.01: call nothing when no threshold is precise enough
    for threshold in np.linspace(0.02, 0.99, 98):
        precision, _, f1 = _scores(p >= threshold, gold)
        if precision >= min_precision and f1 > best_f1:
            best_f1, best = f1, float(threshold)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    env = os.environ.get(DATA_ENV)
    parser.add_argument("--data", type=Path, default=Path(env) if env else None, required=not env)
    parser.add_argument("--shuffles", type=int, default=2, help="random halvings for the model")
    args = parser.parse_args()
    rows = labeled_titles(args.data)
    readings = read_titles(rows)
    titles = [title for title, _ in rows]
    gold = np.array([level in GOLD_ENTRY for _, level in rows])
    table = [
        (
            "jobwatch classify_seniority (not fitted)",
            *_scores(np.array([readings[t].level == ENTRY for t in titles]), gold),
        )
    ]
    keys = [(readings[t].word, readings[t].occupation) for t in titles]
    rule = held_out_ceiling(keys, list(gold), PRECISION)
    table.append(
        ("level word x O*NET occupation rule, fitted", rule.precision, rule.recall, rule.f1)
    )
    halves = list(_model_halves(titles, gold, args.shuffles))
    fitted = [_scores(p >= t, g) for p, g, t in halves]
    on_test = [_scores(p >= _best_threshold(p, g), g) for p, g, _ in halves]
    any_precision = [_scores(p >= _best_threshold(p, g, 0.0), g) for p, g, _ in halves]
    for name, runs in (
        ("n-gram model, fitted, threshold from the fit half", fitted),
        ("  same, threshold chosen on the held-out half", on_test),
        ("  same, best F1 at any precision", any_precision),
    ):
        table.append((name, *np.mean(runs, axis=0)))
    print(
        f"{len(rows):,} labeled titles; held-out halves; retired targets: entry precision >= "
        f"{PRECISION}, F1 >= {F1} (both)\n{'':54}precision  recall     F1  both"
    )
    for name, precision, recall, f1 in table:
        both = "yes" if precision >= PRECISION and f1 >= F1 else "no"
        print(f"{name:54}{precision:9.3f}{recall:8.3f}{f1:7.3f}  {both}")


if __name__ == "__main__":
    try:
        import sklearn  # noqa: F401
    except ImportError:
        sys.exit("seniority_ceiling.py needs scikit-learn: pip install -e '.[bench]'")
    main()
