-- Per board and week: the latest ok crawl at or before the week, and that week's partial crawl.
with runs as (
    select * from crawl_runs
),

boards as (
    select source, board, min(week) as first_week
    from runs
    group by source, board
),

grid as (
    select boards.source, boards.board, weeks.week
    from boards
    inner join weeks on weeks.week >= boards.first_week
),

ok_runs as (
    select source, board, week as ok_week, crawl_id from runs where status = 'ok'
),

partial_runs as (
    select source, board, week, crawl_id from runs where status = 'partial'
),

final as (
    select
        grid.source,
        grid.board,
        grid.week,
        ok_runs.crawl_id as ok_crawl_id,
        ok_runs.ok_week,
        partial_runs.crawl_id as partial_crawl_id
    from grid
    asof left join ok_runs
        on grid.source = ok_runs.source
        and grid.board = ok_runs.board
        and grid.week >= ok_runs.ok_week
    left join partial_runs
        on grid.source = partial_runs.source
        and grid.board = partial_runs.board
        and grid.week = partial_runs.week
)

select * from final
