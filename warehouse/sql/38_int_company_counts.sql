-- Open postings per role, week and company (postings without a company are left out); shared by
-- the companies mart and the concentration figures of mart_role_week.
with canonical as (
    select * from int_canonical
),

final as (
    select role, week, company, count(*) as n
    from canonical
    where company is not null
    group by role, week, company
)

select * from final
