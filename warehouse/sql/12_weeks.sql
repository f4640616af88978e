-- Every week that has a crawl run, with the previous snapshot week for week-over-week figures.
with runs as (
    select * from crawl_runs
),

per_week as (
    select
        week,
        count(*) as boards_crawled,
        count(*) filter (where status = 'ok') as boards_ok,
        count(*) filter (where status = 'partial') as boards_partial,
        count(*) filter (where status = 'failed') as boards_failed
    from runs
    group by week
),

final as (
    select
        *,
        lag(week) over (order by week) as prev_week
    from per_week
)

select * from final
