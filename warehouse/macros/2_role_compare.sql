-- role_compare(a, b [, week := ...]): one row per role with its figures, the skills it shares
-- with the other role, its unique top-8 skills, and how much more (%) it pays on average.
create or replace macro role_compare(role_a, role_b, week := null) as table
with pair as (
    select 1 as side, * from role_stats(role_a, week := week)
    union all
    select 2 as side, * from role_stats(role_b, week := week)
),

other as (
    select side, top_skills, salary_mean from pair
)

select
    pair.* exclude (side),
    list_filter(pair.top_skills, lambda s: list_contains(other.top_skills, s)) as shared_skills,
    100.0 * len(list_filter(pair.top_skills, lambda s: list_contains(other.top_skills, s))) / 8
        as overlap_pct,
    list_filter(pair.top_skills, lambda s: not list_contains(other.top_skills, s))
        as unique_skills,
    100.0 * (pair.salary_mean / other.salary_mean - 1) as pays_more_pct
from pair
inner join other on other.side <> pair.side
order by pair.side
