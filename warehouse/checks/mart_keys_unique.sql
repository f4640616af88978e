-- Each mart holds one row per key: (role, week) and (role, week, name).
select 'mart_role_week' as mart, role, week, null as name from mart_role_week
group by role, week having count(*) > 1
union all
select 'mart_role_skills', role, week, skill from mart_role_skills
group by role, week, skill having count(*) > 1
union all
select 'mart_role_companies', role, week, company from mart_role_companies
group by role, week, company having count(*) > 1
union all
select 'mart_role_metros', role, week, metro from mart_role_metros
group by role, week, metro having count(*) > 1
union all
select 'mart_role_sources', role, week, source from mart_role_sources
group by role, week, source having count(*) > 1
union all
select 'mart_role_senior_titles', role, week, title from mart_role_senior_titles
group by role, week, title having count(*) > 1
