-- A posting lists each skill once (the skills mart counts mentions as postings).
select posting_id, crawl_id, skills
from stg_postings
where len(skills) <> len(list_distinct(skills))
