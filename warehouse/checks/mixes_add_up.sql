-- The experience mix adds up to 100 over known seniorities, and the source mix to the openings.
select role, week, 'experience_mix' as mix
from mart_role_week
where seniority_n > 0 and abs(entry_pct + mid_pct + senior_pct - 100) > 1e-9
union all
select mart_role_week.role, mart_role_week.week, 'source_mix'
from mart_role_week
left join (
    select role, week, sum(n) as n from mart_role_sources group by role, week
) as sources on mart_role_week.role = sources.role and mart_role_week.week = sources.week
where mart_role_week.open_positions <> coalesce(sources.n, 0)
