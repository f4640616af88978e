-- Every crawl attempt per board. The effective one of a (source, board, week) is the latest attempt
-- that did not fail; a failed re-run never discards what an earlier attempt that week loaded.
with attempts as (
    select * from stg_crawl_attempts
),

final as (
    select
        *,
        row_number() over (
            partition by source, board, week order by status = 'failed', crawl_id desc
        ) = 1 as is_effective
    from attempts
)

select * from final
