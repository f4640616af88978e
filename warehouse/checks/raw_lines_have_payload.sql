-- Every raw line keeps its source's own record (payload) and id: a line without them was not
-- written by a crawl (e.g. normalized postings written over a raw file with `normalize --out`).
select crawl_id, board, count(*) as n
from stg_raw_lines
where payload is null or source_id is null
group by crawl_id, board
