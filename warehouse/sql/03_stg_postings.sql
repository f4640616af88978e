-- Normalized postings of the current taxonomy; one row per posting per crawl (duplicates dropped).
with source as (
    select * from src_postings
),

located as (
    select
        * exclude (crawl_id, board, filename, is_canonical, first_seen, last_seen),
        coalesce(board, 'unknown') as board,  -- the crawler files board-less lines as unknown.jsonl
        regexp_extract(filename, 'crawl=([^/\\]+)', 1) as crawl_id
    from source
),

final as (
    select * from located
    qualify row_number() over (partition by crawl_id, posting_id order by posting_id) = 1
)

select * from final
