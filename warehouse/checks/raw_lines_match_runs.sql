-- Every raw board file belongs to a board that has a crawl-run row, or is quarantined for the lack
-- of one (its _runs.jsonl line damaged): no raw line is silently lost.
select lake_board_files.crawl_id, lake_board_files.board
from lake_board_files
semi join lake_crawls on lake_board_files.crawl_id = lake_crawls.crawl_id and lake_crawls.loaded
anti join crawl_attempts
    on lake_board_files.crawl_id = crawl_attempts.crawl_id
    and lake_board_files.board = crawl_attempts.board
anti join lake_quarantine
    on lake_board_files.crawl_id = lake_quarantine.crawl_id
    and lake_board_files.board = lake_quarantine.board
