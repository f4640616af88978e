-- Per role and week: each skill's count and share of the role's open postings; rank ties by name.
with canonical as (
    select * from int_canonical
),

role_weeks as (
    select role, week, prev_week, open_positions from mart_role_week
),

prior as (
    -- an incremental build's previous week, copied from the previous file (empty in a full build)
    select * from src_prior_mart_role_skills
),

mentions as (
    select role, week, unnest(skills) as skill
    from canonical
),

counts as (
    -- count(*) counts postings: a posting's skills are unique (checks/skills_unique.sql)
    select role, week, skill, count(*) as n
    from mentions
    where skill is not null
    group by role, week, skill
),

ranked as (
    select
        counts.*,
        role_weeks.prev_week,
        100.0 * counts.n / role_weeks.open_positions as share_pct,
        row_number() over (
            partition by counts.role, counts.week order by counts.n desc, counts.skill
        ) as rank
    from counts
    inner join role_weeks on counts.role = role_weeks.role and counts.week = role_weeks.week
),

known as (
    -- the counts the `_wow` columns compare with: this build's and the previous file's
    select role, week, skill, n, rank from ranked
    union all by name
    select * from prior
),

final as (
    select
        ranked.role,
        ranked.week,
        ranked.skill,
        ranked.n,
        ranked.share_pct,
        ranked.rank,
        ranked.rank <= 8 as is_top8,
        case when ranked.prev_week is not null then ranked.n - coalesce(prev.n, 0) end as n_wow,
        prev.rank as prev_rank
    from ranked
    left join known as prev
        on prev.role = ranked.role
        and prev.skill = ranked.skill
        and prev.week = ranked.prev_week
)

select * from final
