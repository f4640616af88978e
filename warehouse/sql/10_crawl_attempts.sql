-- Every crawl attempt per board; the latest attempt of a (source, board, week) is the effective one.
with attempts as (
    select * from stg_crawl_attempts
),

final as (
    select
        *,
        row_number() over (
            partition by source, board, week order by crawl_id desc
        ) = 1 as is_effective
    from attempts
)

select * from final
