-- role_stats(role [, week := ...]): one row with every figure of a role (display name or taxonomy
-- id, any case) in a week (any day of it; default: the latest), with its top lists.
create or replace macro role_stats(role_name, week := null) as table
with wanted as (
    select coalesce(date_trunc('week', week::date)::date, (select max(w.week) from weeks as w))
        as wk
),

row as (
    select m.*
    from mart_role_week as m, wanted
    where m.week = wanted.wk
        and lower(trim(role_name)) in (lower(m.role), lower(m.role_id))
)

select
    row.*,
    (select list(s.skill order by s.rank) from mart_role_skills as s
     where s.role = row.role and s.week = row.week and s.is_top8) as top_skills,
    (select list({'company': c.company, 'n': c.n} order by c.rank) from mart_role_companies as c
     where c.role = row.role and c.week = row.week and c.rank <= 10) as top_companies,
    (select list({'metro': t.metro, 'n': t.n} order by t.rank) from mart_role_metros as t
     where t.role = row.role and t.week = row.week and t.rank <= 10) as top_metros,
    (select map(list(x.source order by x.source), list(x.n order by x.source))
     from mart_role_sources as x where x.role = row.role and x.week = row.week) as source_mix
from row
