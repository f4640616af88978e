-- Every role with an open canonical posting in any week: one scan of posting_weeks shared by the
-- incremental plan (did a role appear or vanish?) and the role-week grid of the marts.
with weekly as (
    select role, role_id from posting_weeks where is_canonical and role is not null
),

final as (
    select role, min(role_id) as role_id from weekly group by role
)

select * from final
