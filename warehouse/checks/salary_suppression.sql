-- Salary figures are shown exactly when salary_n reaches the minimum, suppressed ones say why,
-- and the median lies inside its confidence interval.
select role, week, salary_n, min_salary_n
from mart_role_week
where (salary_n < min_salary_n and (salary_median is not null or salary_mean is not null
        or salary_suppressed_reason is null))
    or (salary_n >= min_salary_n and (salary_median is null or salary_suppressed_reason is not null))
    or salary_median_ci_low > salary_median
    or salary_median_ci_high < salary_median
