-- Normalized postings of the current taxonomy, one row per posting per crawl, as loaded from the
-- crawls' normalized files (warehouse/load.py: crawl id from the lake path, duplicates dropped,
-- the board-less lines of unknown.jsonl under board 'unknown').
with source as (
    select * from lake_postings
),

final as (
    select * from source
)

select * from final
