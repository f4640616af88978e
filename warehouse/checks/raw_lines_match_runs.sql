-- Every raw board file belongs to a board that has a crawl-run row: no raw line is silently lost.
select stg_raw_lines.crawl_id, stg_raw_lines.board, count(*) as n
from stg_raw_lines
anti join crawl_attempts
    on stg_raw_lines.crawl_id = crawl_attempts.crawl_id
    and stg_raw_lines.board = crawl_attempts.board
group by stg_raw_lines.crawl_id, stg_raw_lines.board
