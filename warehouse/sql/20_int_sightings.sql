-- view: each posting version seen in an effective crawl of its board (any status), with the
-- crawl's week. A view, not a table: a copy of every week's rows would be the build's largest
-- object and grow with history; its readers take the few columns they need from lake_postings.
-- The MinHash signature stays out: only the dedup pass reads it (int_cluster_versions).
with postings as (
    select * from stg_postings
),

runs as (
    select crawl_id, source, board, week, status from crawl_runs
),

final as (
    select
        postings.* exclude (crawl_id, source, board, minhash),
        runs.crawl_id,
        runs.source,
        runs.board,
        runs.week,
        runs.status as crawl_status
    from postings
    inner join runs
        on postings.crawl_id = runs.crawl_id and postings.board = runs.board
)

select * from final
