-- Every normalized row belongs to a (crawl, board) that has a crawl-run row: none is silently lost.
select stg_postings.crawl_id, stg_postings.board, count(*) as n
from stg_postings
anti join crawl_attempts
    on stg_postings.crawl_id = crawl_attempts.crawl_id
    and stg_postings.board = crawl_attempts.board
group by stg_postings.crawl_id, stg_postings.board
