-- One row per board per crawl attempt, typed; the lake path is authoritative for crawl and week.
with source as (
    select * from src_runs
),

final as (
    select
        regexp_extract(filename, 'crawl=([^/\\]+)', 1) as crawl_id,
        coalesce(source, regexp_extract(filename, 'source=([^/\\]+)', 1)) as source,
        board,
        cast(regexp_extract(filename, 'week=([0-9-]+)', 1) as date) as week,
        try_cast(started_at as timestamptz)::timestamp as started_at,
        try_cast(finished_at as timestamptz)::timestamp as finished_at,
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
