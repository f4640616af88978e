-- No posting is open in or after the week it closed.
select posting_weeks.posting_id, posting_weeks.week, postings.closed_at
from posting_weeks
inner join postings on posting_weeks.posting_id = postings.posting_id
where posting_weeks.week >= postings.closed_at
