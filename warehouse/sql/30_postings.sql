-- One row per posting: its latest normalized version, its cluster after the global dedup pass,
-- first/last week seen, and when it closed.
-- closed_at: the first week after it was last open with an ok crawl of its board (not containing it).
with sightings as (
    select * from int_sightings
),

open_weeks as (
    select posting_id, max(week) as last_open, count(*) as weeks_open
    from int_open
    group by posting_id
),

board_weeks as (
    select * from int_board_weeks where ok_week = week
),

seen as (
    select posting_id, min(week) as first_seen, max(week) as last_seen
    from sightings
    group by posting_id
),

latest as (
    select * exclude (week, crawl_status)
    from sightings
    qualify row_number() over (partition by posting_id order by week desc, crawl_id desc) = 1
),

closed as (
    select latest.posting_id, min(board_weeks.week) as closed_at
    from latest
    inner join seen on latest.posting_id = seen.posting_id
    left join open_weeks on latest.posting_id = open_weeks.posting_id
    inner join board_weeks
        on latest.source = board_weeks.source
        and latest.board = board_weeks.board
        and (
            board_weeks.week > open_weeks.last_open
            or (open_weeks.last_open is null and board_weeks.week >= seen.first_seen)
        )
    group by latest.posting_id
),

final as (
    select
        latest.* exclude (cluster_id),
        clusters.cluster_id,
        coalesce(latest.salary_max_usd, latest.salary_min_usd) as salary_ceiling_usd,
        coalesce(latest.salary_min_usd, latest.salary_max_usd) as salary_floor_usd,
        seen.first_seen,
        seen.last_seen,
        closed.closed_at,
        coalesce(open_weeks.weeks_open, 0) as weeks_open,
        coalesce(open_weeks.last_open = (select max(week) from weeks), false) as is_open
    from latest
    inner join seen on latest.posting_id = seen.posting_id
    left join open_weeks on latest.posting_id = open_weeks.posting_id
    left join closed on latest.posting_id = closed.posting_id
    inner join posting_clusters as clusters on latest.posting_id = clusters.posting_id
)

select * from final
