-- Per role and week: hiring companies by open postings (postings without a company are left out).
-- Ranked and compared with last week on integer keys: (role, week) as int_role_grid.role_week and
-- each company as its position in name order (company_no), so ties by name sort as integers.
with counts as (
    select * from int_company_counts
),

roles as (
    select role, role_no from int_roles
),

grid as (
    select grid.*, mart_role_week.open_positions
    from int_role_grid as grid
    inner join mart_role_week on grid.role = mart_role_week.role and grid.week = mart_role_week.week
),

names as (
    select company, (row_number() over (order by company))::integer as company_no
    from (select distinct company from counts)
),

prior_rows as (
    -- an incremental build's previous week, copied from the previous file; a full build's is an
    -- empty (role, week) table, so the columns read here are typed by an empty select
    select * from src_prior_mart_role_companies
    union all by name
    select null::varchar as company, null::bigint as n where false
),

prior as (
    -- a company absent this week needs no row: only this week's companies look back
    select
        roles.role_no * 100000 + (prior_rows.week - date '1970-01-01') as role_week,
        names.company_no,
        prior_rows.n
    from prior_rows
    inner join roles on prior_rows.role = roles.role
    inner join names on prior_rows.company = names.company
),

coded as (
    select grid.role_week, names.company_no, counts.n
    from counts
    inner join grid on counts.role = grid.role and counts.week = grid.week
    inner join names on counts.company = names.company
),

ranked as (
    select
        coded.*,
        row_number() over (
            partition by coded.role_week order by coded.n desc, coded.company_no
        ) as rank
    from coded
),

known as (
    -- the counts the `_wow` columns compare with: this build's and the previous file's
    select role_week, company_no, n from ranked
    union all
    select role_week, company_no, n from prior
),

final as (
    select
        grid.role,
        grid.week,
        names.company,
        ranked.n,
        100.0 * ranked.n / grid.open_positions as share_pct,
        ranked.rank,
        case when grid.prev_week is not null then ranked.n - coalesce(prev.n, 0) end as n_wow
    from ranked
    inner join grid on ranked.role_week = grid.role_week
    inner join names on ranked.company_no = names.company_no
    left join known as prev
        on prev.role_week = grid.prev_role_week
        and prev.company_no = ranked.company_no
)

select * from final
