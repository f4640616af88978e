-- Every listed senior title names a senior level, is carried by at least min_title_n and at most
-- all of the role's open postings, and the ranks run 1, 2, ... without gaps.
with titles as (
    select * from mart_role_senior_titles
),

ranks as (
    select role, week, max(rank) as top, count(*) as listed
    from titles
    group by role, week
)

select titles.role, titles.week, titles.title, 'not a senior title' as problem
from titles
where not regexp_matches(
    lower(titles.title), '\b(staff|principal|lead|head|director|vp|svp|evp|vice president)\b'
)
union all
select titles.role, titles.week, titles.title, 'fewer postings than min_title_n'
from titles, (select min_title_n from warehouse_info) as info
where titles.n < info.min_title_n
union all
select titles.role, titles.week, titles.title, 'more postings than the role has open'
from titles
inner join mart_role_week as roles on titles.role = roles.role and titles.week = roles.week
where titles.n > roles.open_positions
union all
select role, week, null, 'ranks with gaps'
from ranks
where top <> listed
