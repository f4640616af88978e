-- Raw lines of the effective crawls only, with their week and crawl id.
with lines as (
    select * from stg_raw_lines
),

runs as (
    select crawl_id, board from crawl_runs
),

final as (
    select lines.*
    from lines
    inner join runs
        on lines.crawl_id = runs.crawl_id and lines.board = runs.board
)

select * from final
