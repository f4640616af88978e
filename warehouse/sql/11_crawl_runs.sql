-- The effective crawl per (source, board, week): a re-run of a week supersedes earlier attempts.
with attempts as (
    select * from crawl_attempts
),

final as (
    select * exclude (is_effective)
    from attempts
    where is_effective
)

select * from final
