-- Per role and week: where the openings were found (source of each cluster's canonical posting),
-- with each source's share of the role's open positions.
with canonical as (
    select * from int_canonical
),

grid as (
    select role, week, open_positions from mart_role_week
),

counts as (
    select role, week, source, count(*) as n
    from canonical
    group by role, week, source
),

final as (
    select
        counts.role,
        counts.week,
        counts.source,
        counts.n,
        100.0 * counts.n / grid.open_positions as share_pct
    from counts
    inner join grid on counts.role = grid.role and counts.week = grid.week
)

select * from final
