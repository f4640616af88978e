"""The global dedup pass's constants (warehouse/sql/23-27): when two descriptions are one job."""

from __future__ import annotations

import math

from jobwatch.pipeline.minhash import NUM_PERM

# Estimated Jaccard to call two descriptions one job: distinct jobs of one company and title share
# boilerplate (up to ~0.77 measured on the sample), while reposts and board copies are ~1.0.
THRESHOLD = 0.9
MIN_EQUAL = math.ceil(THRESHOLD * NUM_PERM)  # signature positions two copies of a job share
# Two signatures with MIN_EQUAL equal positions differ in at most NUM_PERM - MIN_EQUAL positions,
# so of any NUM_PERM - MIN_EQUAL + 1 disjoint bands one is equal in both (pigeonhole): the pass
# bands into that many, as wide as they go (7 bands of 9 positions at 0.9), and finds every pair
# that verifies, with few candidates among jobs that share boilerplate.
SQL_BANDS = NUM_PERM - MIN_EQUAL + 1
SQL_BAND_ROWS = NUM_PERM // SQL_BANDS
# warehouse/sql/24_int_cluster_bands.sql spells a band's 9 positions out (3x the speed of a list
# slice): a THRESHOLD giving other bands needs that file changed with it.
assert SQL_BAND_ROWS == 9, "warehouse/sql/24_int_cluster_bands.sql hashes 9 positions a band"
