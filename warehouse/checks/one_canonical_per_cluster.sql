-- Each open cluster has exactly one canonical posting per week.
select week, cluster_id, count(*) filter (where is_canonical) as canonical
from posting_weeks
group by week, cluster_id
having count(*) filter (where is_canonical) <> 1
