"""The normalized posting record: its columns and Arrow types (one row per posting per crawl)."""

from __future__ import annotations

import pyarrow as pa

SKILL_HIT = pa.struct(
    [
        ("id", pa.string()),  # canonical skill id, e.g. "openai"
        ("name", pa.string()),  # display name, e.g. "OpenAI"
        ("text", pa.string()),  # the matched text as written
        ("start", pa.int32()),  # offsets into title + "\n" + description_text
        ("end", pa.int32()),
    ]
)

POSTING_SCHEMA = pa.schema(
    [
        # identity (the raw line's key is kept beside the derived ids)
        ("posting_id", pa.string()),  # stable hash of source/board/source_id
        ("cluster_id", pa.string()),  # dedup cluster: same job on several sources or reposted
        # the global dedup pass's inputs (warehouse/sql/2*_cluster*.sql)
        ("title_key", pa.string()),  # normalized title (with company_key: the dedup block)
        ("requisition_key", pa.string()),  # the ATS requisition id, normalized, or null
        ("minhash", pa.list_(pa.uint32(), 64)),  # description signature, null under 3 words
        ("source", pa.string()),
        ("board", pa.string()),
        ("source_id", pa.string()),
        ("crawl_id", pa.string()),
        ("url", pa.string()),
        # company and title
        ("company", pa.string()),  # display name ("OpenAI")
        ("company_key", pa.string()),  # stable key ("openai")
        ("title", pa.string()),
        # role
        ("role_id", pa.string()),  # taxonomy id or null
        ("role", pa.string()),  # display name ("AI/ML Engineer") or null
        ("role_confidence", pa.float64()),
        ("role_evidence", pa.string()),
        # seniority
        ("seniority", pa.string()),  # entry | mid | senior | null
        ("seniority_evidence", pa.string()),
        # skills
        ("skills", pa.list_(pa.string())),  # display names, unique, in order of first mention
        ("skill_ids", pa.list_(pa.string())),
        ("skill_hits", pa.list_(SKILL_HIT)),
        # salary: base pay only
        ("salary_raw", pa.string()),
        ("salary_min", pa.float64()),  # as found: original currency and period
        ("salary_max", pa.float64()),
        ("salary_currency", pa.string()),  # ISO 4217
        ("salary_period", pa.string()),  # hour | day | week | month | year
        ("salary_min_usd", pa.float64()),  # annualized, USD
        ("salary_max_usd", pa.float64()),
        ("salary_source", pa.string()),  # structured | text | null
        ("salary_evidence", pa.string()),  # the matched text, and which range when several
        # location
        ("location_raw", pa.string()),
        ("work_mode", pa.string()),  # remote | hybrid | onsite | unknown
        ("work_mode_evidence", pa.string()),  # what the work mode was decided on
        ("city", pa.string()),
        ("region", pa.string()),
        ("country", pa.string()),  # ISO 3166-1 alpha-2
        ("metro", pa.string()),
        # time
        ("posted_at", pa.string()),  # ISO date as the source gave it (normalized), or null
        ("fetched_at", pa.string()),  # ISO 8601 UTC of the crawl
        ("taxonomy_version", pa.string()),
    ]
)

POSTING_COLUMNS: tuple[str, ...] = tuple(POSTING_SCHEMA.names)

# The columns of exports/postings/week=W/part-0.parquet (issue contract), in order; then `week`.
EXPORT_COLUMNS: tuple[str, ...] = (
    "posting_id",
    "cluster_id",
    "is_canonical",
    "source",
    "board",
    "source_id",
    "company",
    "title",
    "role",
    "seniority",
    "skills",
    "salary_min_usd",
    "salary_max_usd",
    "work_mode",
    "country",
    "metro",
    "first_seen",
    "last_seen",
)
