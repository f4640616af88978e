-- What this warehouse was built with: taxonomy version, salary suppression threshold, the
-- fewest postings a listed senior title needs, the sudden-drop ratio, schema, and the version of the mart definitions (incremental builds reuse marts of the same version).
with params as (
    select * from src_params
),

final as (
    select
        taxonomy_version,
        min_salary_n,
        min_title_n,
        drop_ratio,
        schema_version,
        marts_version,
        history_version,
        lake_copy_version,
        (select min(week) from weeks) as first_week,
        (select max(week) from weeks) as last_week
    from params
)

select * from final
