-- Per role and week: metros by open postings; a remote posting with no metro counts as "Remote",
-- a posting with neither a metro nor remote work is left out.
with canonical as (
    select * from int_canonical
),

grid as (
    select role, week, prev_week from int_role_grid
),

placed as (
    select
        role,
        week,
        coalesce(metro, case when work_mode = 'remote' then 'Remote' end) as metro
    from canonical
),

counts as (
    select role, week, metro, count(*) as n
    from placed
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

final as (
    select
        ranked.role,
        ranked.week,
        ranked.metro,
        ranked.n,
        ranked.rank,
        case when ranked.prev_week is not null then ranked.n - coalesce(prev.n, 0) end as n_wow
    from ranked
    left join ranked as prev
        on prev.role = ranked.role
        and prev.metro = ranked.metro
        and prev.week = ranked.prev_week
)

select * from final
