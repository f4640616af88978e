-- The population of every figure: open canonical postings (one per cluster) classified into a role,
-- in the weeks whose marts this build computes (src_mart_weeks: every week unless incremental).
with weekly as (
    select * from posting_weeks
),

final as (
    select *
    from weekly
    where is_canonical and role is not null
        and week in (select week from src_mart_weeks)
)

select * from final
