-- One row per board per crawl attempt, as loaded from the crawls' _runs.jsonl (warehouse/load.py:
-- crawl, source and week come from the lake path, the rest typed, a bad value null).
with source as (
    select * from lake_runs
),

final as (
    select
        crawl_id,
        coalesce(source, 'unknown') as source,
        board,
        week,
        started_at,
        finished_at,
        lower(status) as status,
        http_status,
        coalesce(requests, 0) as requests,
        coalesce(items, 0) as items,
        coalesce(parse_errors, 0) as parse_errors,
        coalesce(quarantined, 0) as quarantined,
        error,
        coalesce(stale_slug, false) as stale_slug,
        duration_s
    from source
)

select * from final
