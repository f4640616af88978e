-- Raw lake lines of every finished crawl; the board is the file name (<board>.jsonl, the token
-- percent-encoded: a Workday `tenant/site` board is tenant%2Fsite.jsonl).
with source as (
    select * from src_raw_lines
),

final as (
    select
        regexp_extract(filename, 'crawl=([^/\\]+)', 1) as crawl_id,
        coalesce(source, regexp_extract(filename, 'source=([^/\\]+)', 1)) as source,
        url_decode(regexp_extract(filename, '([^/\\]+)\.jsonl$', 1)) as board,
        cast(regexp_extract(filename, 'week=([0-9-]+)', 1) as date) as week,
        source_id,
        title,
        url,
        company,
        location_raw,
        remote_raw,
        employment_type_raw,
        department_raw,
        description_html,
        description_text,
        salary_raw,
        salary_structured,
        posted_at_raw,
        updated_at_raw,
        fetched_at,
        payload
    from source
)

select * from final
