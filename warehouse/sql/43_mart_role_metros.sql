-- Per role and week: metros by open postings; a posting with no metro is left out. Remote work is
-- not a place: it is counted apart (mart_role_week.remote_n), never ranked among the metros.
with canonical as (
    select * from int_canonical
),

grid as (
    select role, week, prev_week from int_role_grid
),

prior as (
    -- an incremental build's previous week, copied from the previous file (empty in a full build)
    select * from src_prior_mart_role_metros
),

counts as (
    select role, week, metro, count(*) as n
    from canonical
    where metro is not null
    group by role, week, metro
),

ranked as (
    select
        counts.*,
        grid.prev_week,
        row_number() over (
            partition by counts.role, counts.week order by counts.n desc, counts.metro
        ) as rank
    from counts
    inner join grid on counts.role = grid.role and counts.week = grid.week
),

known as (
    -- the counts the `_wow` columns compare with: this build's and the previous file's
    select role, week, metro, n from ranked
    union all by name
    select * from prior
),

final as (
    select
        ranked.role,
        ranked.week,
        ranked.metro,
        ranked.n,
        ranked.rank,
        case when ranked.prev_week is not null then ranked.n - coalesce(prev.n, 0) end as n_wow
    from ranked
    left join known as prev
        on prev.role = ranked.role
        and prev.metro = ranked.metro
        and prev.week = ranked.prev_week
)

select * from final
