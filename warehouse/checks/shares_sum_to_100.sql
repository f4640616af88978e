-- Shares of tracked postings add up to 100 in every week that has any.
select week, sum(share_of_tracked) as total
from mart_role_week
where tracked_total > 0
group by week
having abs(sum(share_of_tracked) - 100) > 1e-9
