-- 95% confidence interval for each role-week's median salary ceiling, distribution-free: the
-- order statistics x(L) and x(n-L+1), where L is the largest rank with P(Binomial(n, 1/2) < L)
-- <= 2.5%. The interval covers the true median with probability >= 95% whatever the salaries'
-- distribution (exact binomial, no normal approximation); null when n < 6 (no such L exists).
with salaried as (
    select role, week, list(salary_ceiling_usd order by salary_ceiling_usd) as xs
    from int_canonical
    where salary_ceiling_usd is not null
    group by role, week
),

sizes as (
    select distinct len(xs) as n from salaried
),

-- binomial probabilities from k = 0, or from 8 standard deviations below n/2 (the mass left out
-- there is below 1e-14, far under the 2.5% the rank is chosen on)
pmf as (
    select n, k, exp(lgamma(n + 1) - lgamma(k + 1) - lgamma(n - k + 1) - n * ln(2)) as p
    from (
        select n, unnest(range(greatest(0, (n / 2 - 4 * sqrt(n))::bigint), n // 2 + 1)) as k
        from sizes
    )
),

cdf as (
    select n, k, sum(p) over (partition by n order by k) as c from pmf
),

ranks as (
    -- L = the number of k with P(B <= k) <= 2.5% (k counted from 0); the tail is P(B <= L-1)
    select
        n,
        count(*) filter (where c <= 0.025) + min(k) as lower_rank,
        coalesce(max(c) filter (where c <= 0.025), 0) as tail
    from cdf
    group by n
),

final as (
    select
        salaried.role,
        salaried.week,
        ranks.lower_rank as ci_lower_rank,
        ranks.n - ranks.lower_rank + 1 as ci_upper_rank,
        100.0 * (1 - 2 * ranks.tail) as ci_coverage_pct,
        salaried.xs[ranks.lower_rank] as ci_low,
        salaried.xs[ranks.n - ranks.lower_rank + 1] as ci_high
    from salaried
    inner join ranks on len(salaried.xs) = ranks.n
    where ranks.lower_rank >= 1
)

select * from final
