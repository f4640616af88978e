-- Every role with an open canonical posting in any week: one scan of posting_weeks shared by the
-- incremental plan (did a role appear or vanish?) and the role-week grid of the marts. role_no
-- numbers the roles for integer (role, week) keys inside a build (never stored in a mart).
with weekly as (
    select role, role_id from posting_weeks where is_canonical and role is not null
),

final as (
    select role, min(role_id) as role_id, (row_number() over (order by role))::integer as role_no
    from weekly
    group by role
)

select * from final
