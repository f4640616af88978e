-- view: the population of every figure: open canonical postings (one per cluster) classified into a role,
-- in the weeks whose marts this build computes (src_mart_weeks: every week unless incremental).
with weekly as (
    select * from posting_weeks
),

final as (
    -- only what the marts read: copying every column (descriptions, ids) would dominate
    select
        week, source, company, title, role, seniority, skills,
        salary_ceiling_usd, salary_floor_usd, salary_mid_usd, work_mode, metro
    from weekly
    where is_canonical and role is not null
        and week in (select week from src_mart_weeks)
)

select * from final
