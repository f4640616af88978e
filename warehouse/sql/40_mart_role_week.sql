-- Per role and week: openings, share, salary figures (suppressed below min n, with the reason),
-- remote %, seniority mix, provenance (coverage, companies, concentration, median CI), each with
-- its n, and every figure's change since the previous week (`<figure>_wow`).
with canonical as (
    select * from int_canonical
),

grid as (
    select * from int_role_grid
),

params as (
    select min_salary_n from src_params
),

prior as (
    -- an incremental build's previous week, copied from the previous file (empty in a full build):
    -- its stored figures feed this week's `_wow` columns without recomputing them
    select columns(lambda c: not suffix(c, '_wow')) from src_prior_mart_role_week
),

tracked as (
    select week, count(*) as tracked_total from canonical group by week
),

raw_counts as (
    -- every open posting of the role, duplicates included: the raw total beside open_positions
    select role, week, count(*) as open_postings
    from posting_weeks
    where role is not null and week in (select week from src_mart_weeks)
    group by role, week
),

companies as (
    select role, week, count(*) as companies_n, max(n) as top_company_n
    from int_company_counts
    group by role, week
),

counts as (
    select
        role,
        week,
        count(*) as open_positions,
        count(salary_ceiling_usd) as salary_n,
        -- exact decimal sums: the same rows give the same last bit whatever the threads' order,
        -- so an incremental build equals a full one
        avg(salary_floor_usd::decimal(38, 6))::double as floor_mean,
        avg(salary_ceiling_usd::decimal(38, 6))::double as ceiling_mean,
        quantile_cont(salary_ceiling_usd, [0.25, 0.5, 0.75]) as ceiling_q,
        quantile_cont(salary_mid_usd, [0.25, 0.5, 0.75]) as mid_q,
        quantile_cont(salary_floor_usd, [0.25, 0.5, 0.75]) as floor_q,
        count(*) filter (where work_mode = 'remote') as remote_n,
        count(seniority) as seniority_n,
        count(*) filter (where seniority = 'entry') as entry_n,
        count(*) filter (where seniority = 'mid') as mid_n,
        count(*) filter (where seniority = 'senior') as senior_n
    from canonical
    group by role, week
),

joined as (
    select
        grid.*,
        coalesce(tracked.tracked_total, 0) as tracked_total,
        counts.* exclude (role, week, open_positions, salary_n, remote_n, seniority_n),
        coalesce(counts.open_positions, 0) as open_positions,
        coalesce(raw_counts.open_postings, 0) as open_postings,
        coalesce(counts.salary_n, 0) as salary_n,
        coalesce(counts.remote_n, 0) as remote_n,
        coalesce(counts.seniority_n, 0) as seniority_n,
        coalesce(companies.companies_n, 0) as companies_n,
        coalesce(companies.top_company_n, 0) as top_company_n,
        ci.* exclude (role, week),
        coalesce(counts.salary_n, 0) >= params.min_salary_n as salary_shown,
        params.min_salary_n
    from grid
    cross join params
    left join tracked on grid.week = tracked.week
    left join counts on grid.role = counts.role and grid.week = counts.week
    left join raw_counts on grid.role = raw_counts.role and grid.week = raw_counts.week
    left join companies on grid.role = companies.role and grid.week = companies.week
    left join int_median_ci as ci on grid.role = ci.role and grid.week = ci.week
),

figures as (
    select
        role, role_id, week, prev_week,
        open_positions,
        open_postings,
        tracked_total,
        100.0 * open_positions / nullif(tracked_total, 0) as share_of_tracked,
        salary_n,
        100.0 * salary_n / nullif(open_positions, 0) as salary_coverage_pct,
        min_salary_n,
        case when not salary_shown then
            format('salary_n={} below minimum {}', salary_n, min_salary_n)
        end as salary_suppressed_reason,
        case when salary_shown then floor_mean end as salary_min_mean,
        case when salary_shown then ceiling_mean end as salary_max_mean,
        case when salary_shown then ceiling_mean end as salary_mean,
        case when salary_shown then ceiling_q[1] end as salary_p25,
        case when salary_shown then ceiling_q[2] end as salary_median,
        case when salary_shown then ceiling_q[3] end as salary_p75,
        case when salary_shown then ci_low end as salary_median_ci_low,
        case when salary_shown then ci_high end as salary_median_ci_high,
        case when salary_shown then ci_coverage_pct end as salary_median_ci_coverage_pct,
        case when salary_shown then ci_lower_rank end as salary_median_ci_lower_rank,
        case when salary_shown then ci_upper_rank end as salary_median_ci_upper_rank,
        case when salary_shown then mid_q[1] end as salary_mid_p25,
        case when salary_shown then mid_q[2] end as salary_mid_median,
        case when salary_shown then mid_q[3] end as salary_mid_p75,
        case when salary_shown then floor_q[1] end as salary_floor_p25,
        case when salary_shown then floor_q[2] end as salary_floor_median,
        case when salary_shown then floor_q[3] end as salary_floor_p75,
        remote_n,
        100.0 * remote_n / nullif(open_positions, 0) as remote_pct,
        seniority_n,
        100.0 * entry_n / nullif(seniority_n, 0) as entry_pct,
        100.0 * mid_n / nullif(seniority_n, 0) as mid_pct,
        100.0 * senior_n / nullif(seniority_n, 0) as senior_pct,
        companies_n,
        top_company_n,
        100.0 * top_company_n / nullif(open_positions, 0) as top_company_share_pct
    from joined
),

known as (
    select * from figures
    union all by name
    select * from prior
),

changes as (
    select
        *,
        open_positions - lag(open_positions) over w as open_positions_wow,
        tracked_total - lag(tracked_total) over w as tracked_total_wow,
        share_of_tracked - lag(share_of_tracked) over w as share_of_tracked_wow,
        salary_n - lag(salary_n) over w as salary_n_wow,
        salary_coverage_pct - lag(salary_coverage_pct) over w as salary_coverage_pct_wow,
        salary_min_mean - lag(salary_min_mean) over w as salary_min_mean_wow,
        salary_max_mean - lag(salary_max_mean) over w as salary_max_mean_wow,
        salary_mean - lag(salary_mean) over w as salary_mean_wow,
        salary_p25 - lag(salary_p25) over w as salary_p25_wow,
        salary_median - lag(salary_median) over w as salary_median_wow,
        salary_p75 - lag(salary_p75) over w as salary_p75_wow,
        salary_mid_median - lag(salary_mid_median) over w as salary_mid_median_wow,
        salary_floor_median - lag(salary_floor_median) over w as salary_floor_median_wow,
        remote_pct - lag(remote_pct) over w as remote_pct_wow,
        entry_pct - lag(entry_pct) over w as entry_pct_wow,
        mid_pct - lag(mid_pct) over w as mid_pct_wow,
        senior_pct - lag(senior_pct) over w as senior_pct_wow,
        companies_n - lag(companies_n) over w as companies_n_wow,
        top_company_share_pct - lag(top_company_share_pct) over w as top_company_share_pct_wow
    from known
    window w as (partition by role order by week)
),

final as (
    select * from changes
    where week not in (select week from prior)
)

select * from final
