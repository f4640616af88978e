-- 95% confidence interval for each role-week's median salary ceiling, distribution-free: the
-- order statistics x(L) and x(n-L+1), where L is the largest rank with P(Binomial(n, 1/2) < L)
-- <= 2.5%. The interval covers the true median with probability >= 95% whatever the salaries'
-- distribution (exact binomial, no normal approximation); null when n < 6 (no such L exists).
with salaried as (
    select
        role,
        week,
        salary_ceiling_usd as x,
        row_number() over (partition by role, week order by salary_ceiling_usd) as r,
        count(*) over (partition by role, week) as n
    from int_canonical
    where salary_ceiling_usd is not null
),

sizes as (
    select distinct n from salaried
),

pmf as (
    select n, k, exp(lgamma(n + 1) - lgamma(k + 1) - lgamma(n - k + 1) - n * ln(2)) as p
    from (select n, unnest(range(0, n // 2 + 1)) as k from sizes)
),

cdf as (
    select n, k, sum(p) over (partition by n order by k) as c from pmf
),

ranks as (
    select
        n,
        count(*) filter (where c <= 0.025) as lower_rank,
        coalesce(max(c) filter (where c <= 0.025), 0) as tail
    from cdf
    group by n
),

final as (
    select
        salaried.role,
        salaried.week,
        ranks.lower_rank as ci_lower_rank,
        salaried.n - ranks.lower_rank + 1 as ci_upper_rank,
        100.0 * (1 - 2 * ranks.tail) as ci_coverage_pct,
        min(salaried.x) filter (where salaried.r = ranks.lower_rank) as ci_low,
        min(salaried.x) filter (where salaried.r = salaried.n - ranks.lower_rank + 1) as ci_high
    from salaried
    inner join ranks on salaried.n = ranks.n
    where ranks.lower_rank >= 1
        and salaried.r in (ranks.lower_rank, salaried.n - ranks.lower_rank + 1)
    group by all
)

select * from final
