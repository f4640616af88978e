-- posting_weeks holds one row per (posting_id, week).
select posting_id, week, count(*) as n
from posting_weeks
group by posting_id, week
having count(*) > 1
