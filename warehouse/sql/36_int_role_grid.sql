-- Every (role, week) pair, so a role with no openings in a week shows 0 rather than vanishing.
-- Roles come from every week (int_roles, not only the computed weeks) so an incremental build sees
-- them all. role_week is an integer key of the pair (role_no * 100000 + days since 1970), cheaper
-- to group, sort and join on than the role's name and the week; prev_role_week is its last week's.
with roles as (
    select * from int_roles
),

weeks_computed as (
    select * from weeks where week in (select week from src_mart_weeks)
),

final as (
    select
        roles.role,
        roles.role_id,
        weeks_computed.week,
        weeks_computed.prev_week,
        roles.role_no * 100000 + (weeks_computed.week - date '1970-01-01') as role_week,
        roles.role_no * 100000 + (weeks_computed.prev_week - date '1970-01-01') as prev_role_week
    from roles
    cross join weeks_computed
)

select * from final
