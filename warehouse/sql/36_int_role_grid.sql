-- Every (role, week) pair, so a role with no openings in a week shows 0 rather than vanishing.
with canonical as (
    select * from int_canonical
),

roles as (
    select role, min(role_id) as role_id
    from canonical
    group by role
),

final as (
    select roles.role, roles.role_id, weeks.week, weeks.prev_week
    from roles
    cross join weeks
)

select * from final
