-- Every normalized row belongs to a (crawl, board) that has a crawl-run row: none is silently lost.
select lake_postings.crawl_id, lake_postings.board, count(*) as n
from lake_postings
anti join crawl_attempts
    on lake_postings.crawl_id = crawl_attempts.crawl_id
    and lake_postings.board = crawl_attempts.board
group by lake_postings.crawl_id, lake_postings.board
