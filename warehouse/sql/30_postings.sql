-- One row per posting: its latest normalized version, its cluster after the global dedup pass,
-- first/last week seen, and when it closed.
-- closed_at: the first week after it was last open with an ok crawl of its board (not containing it).
-- The latest version is found on a narrow key (its crawl) and only those rows are read in full:
-- ranking every week's full rows per posting cost twice the time and most of the build's memory.
with sightings as (
    select * from int_sightings
),

keys as (
    -- per posting: when first and last seen, and the crawl of its latest version
    select
        posting_id,
        min(week) as first_seen,
        max(week) as last_seen,
        arg_max(crawl_id, (week, crawl_id)) as latest_crawl_id
    from sightings
    group by posting_id
),

open_weeks as (
    select posting_id, max(week) as last_open, count(*) as weeks_open
    from int_open
    group by posting_id
),

board_weeks as (
    select source, board, week from int_board_weeks where ok_week = week
),

latest as (
    select sightings.* exclude (week, crawl_status), keys.first_seen, keys.last_seen
    from sightings
    inner join keys
        on sightings.posting_id = keys.posting_id and sightings.crawl_id = keys.latest_crawl_id
),

closed as (
    select latest.posting_id, min(board_weeks.week) as closed_at
    from latest
    left join open_weeks on latest.posting_id = open_weeks.posting_id
    inner join board_weeks
        on latest.source = board_weeks.source
        and latest.board = board_weeks.board
        and (
            board_weeks.week > open_weeks.last_open
            or (open_weeks.last_open is null and board_weeks.week >= latest.first_seen)
        )
    group by latest.posting_id
),

final as (
    select
        latest.* exclude (cluster_id, first_seen, last_seen),
        clusters.cluster_id,
        coalesce(latest.salary_max_usd, latest.salary_min_usd) as salary_ceiling_usd,
        coalesce(latest.salary_min_usd, latest.salary_max_usd) as salary_floor_usd,
        latest.first_seen,
        latest.last_seen,
        closed.closed_at,
        coalesce(open_weeks.weeks_open, 0) as weeks_open,
        coalesce(open_weeks.last_open = (select max(week) from weeks), false) as is_open
    from latest
    left join open_weeks on latest.posting_id = open_weeks.posting_id
    left join closed on latest.posting_id = closed.posting_id
    inner join posting_clusters as clusters on latest.posting_id = clusters.posting_id
)

select * from final
