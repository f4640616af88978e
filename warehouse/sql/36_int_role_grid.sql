-- Every (role, week) pair, so a role with no openings in a week shows 0 rather than vanishing.
-- Roles come from every week (int_roles, not only the computed weeks) so an incremental build sees
-- them all.
with roles as (
    select * from int_roles
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
