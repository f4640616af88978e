-- Per role and week: hiring companies by open postings (postings without a company are left out).
with counts as (
    select * from int_company_counts
),

grid as (
    select role, week, prev_week, open_positions from mart_role_week
),

prior as (
    -- an incremental build's previous week, copied from the previous file (empty in a full build)
    select * from src_prior_mart_role_companies
),

ranked as (
    select
        counts.*,
        grid.prev_week,
        100.0 * counts.n / grid.open_positions as share_pct,
        row_number() over (
            partition by counts.role, counts.week order by counts.n desc, counts.company
        ) as rank
    from counts
    inner join grid on counts.role = grid.role and counts.week = grid.week
),

known as (
    -- the counts the `_wow` columns compare with: this build's and the previous file's
    select role, week, company, n from ranked
    union all by name
    select * from prior
),

final as (
    select
        ranked.role,
        ranked.week,
        ranked.company,
        ranked.n,
        ranked.share_pct,
        ranked.rank,
        case when ranked.prev_week is not null then ranked.n - coalesce(prev.n, 0) end as n_wow
    from ranked
    left join known as prev
        on prev.role = ranked.role
        and prev.company = ranked.company
        and prev.week = ranked.prev_week
)

select * from final
