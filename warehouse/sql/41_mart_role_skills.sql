-- Per role and week: each skill's count and share of the role's open postings; rank ties by name.
-- Mentions are counted on an integer (role, week) key (int_role_grid.role_week) set before the
-- skill lists are unnested: hashing the role's name once per posting rather than per mention.
with canonical as (
    select * from int_canonical
),

roles as (
    select role, role_no from int_roles
),

role_weeks as (
    select grid.*, mart_role_week.open_positions
    from int_role_grid as grid
    inner join mart_role_week on grid.role = mart_role_week.role and grid.week = mart_role_week.week
),

prior as (
    -- an incremental build's previous week, copied from the previous file (empty in a full build)
    select
        prior.* exclude (role, week),
        roles.role_no * 100000 + (prior.week - date '1970-01-01') as role_week
    from src_prior_mart_role_skills as prior
    inner join roles on prior.role = roles.role
),

mentions as (
    select
        roles.role_no * 100000 + (canonical.week - date '1970-01-01') as role_week,
        unnest(canonical.skills) as skill
    from canonical
    inner join roles on canonical.role = roles.role
),

counts as (
    -- count(*) counts postings: a posting's skills are unique (checks/skills_unique.sql)
    select role_week, skill, count(*) as n
    from mentions
    where skill is not null
    group by role_week, skill
),

ranked as (
    select
        counts.*,
        row_number() over (
            partition by counts.role_week order by counts.n desc, counts.skill
        ) as rank
    from counts
),

known as (
    -- the counts the `_wow` columns compare with: this build's and the previous file's
    select role_week, skill, n, rank from ranked
    union all by name
    select * from prior
),

final as (
    select
        role_weeks.role,
        role_weeks.week,
        ranked.skill,
        ranked.n,
        100.0 * ranked.n / role_weeks.open_positions as share_pct,
        ranked.rank,
        ranked.rank <= 8 as is_top8,
        case when role_weeks.prev_week is not null then ranked.n - coalesce(prev.n, 0) end as n_wow,
        prev.rank as prev_rank
    from ranked
    inner join role_weeks on ranked.role_week = role_weeks.role_week
    left join known as prev
        on prev.role_week = role_weeks.prev_role_week
        and prev.skill = ranked.skill
)

select * from final
