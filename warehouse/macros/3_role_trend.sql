-- role_trend(role [, week := ...]): the role's headline figures in every week up to the given
-- week (default: the latest), oldest first.
create or replace macro role_trend(role_name, week := null) as table
select
    m.week,
    m.open_positions,
    m.open_positions_wow,
    m.share_of_tracked,
    m.salary_n,
    m.salary_median,
    m.salary_median_ci_low,
    m.salary_median_ci_high,
    m.salary_suppressed_reason,
    m.remote_pct
from mart_role_week as m
where lower(trim(role_name)) in (lower(m.role), lower(m.role_id))
    and m.week <= coalesce(date_trunc('week', week::date)::date, (select max(w.week) from weeks as w))
order by m.week
