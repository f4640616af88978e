-- Every (role, week) pair, so a role with no openings in a week shows 0 rather than vanishing.
-- Roles come from every week (not only the computed ones) so an incremental build sees them all.
with roles as (
    select role, min(role_id) as role_id
    from posting_weeks
    where is_canonical and role is not null
    group by role
),

weeks_computed as (
    select * from weeks where week in (select week from src_mart_weeks)
),

final as (
    select roles.role, roles.role_id, weeks_computed.week, weeks_computed.prev_week
    from roles
    cross join weeks_computed
)

select * from final
