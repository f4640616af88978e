-- postings holds one row per posting_id.
select posting_id, count(*) as n
from postings
group by posting_id
having count(*) > 1
