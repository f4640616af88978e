-- The population of every figure: open canonical postings (one per cluster) classified into a role.
with weekly as (
    select * from posting_weeks
),

final as (
    select *
    from weekly
    where is_canonical and role is not null
)

select * from final
