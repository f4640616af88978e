-- One row per posting per week it is open, with the version seen most recently by that week.
-- Canonical per (week, cluster): earliest first_seen, then one with a salary, then smallest id.
-- The cluster is the posting's after the global dedup pass (posting_clusters).
with open_postings as (
    -- the weeks this build computes (src_history_weeks: every week, or those its new crawls
    -- touch; warehouse/history.py keeps the earlier weeks' rows)
    select * from int_open where week in (select week from src_history_weeks)
),

sightings as (
    select * from int_sightings
),

first_seen as (
    select posting_id, first_seen from postings
),

versioned as (
    select
        open_postings.posting_id,
        open_postings.week,
        clusters.cluster_id,
        sightings.source,
        sightings.board,
        sightings.source_id,
        sightings.crawl_id,
        sightings.company,
        sightings.company_key,
        sightings.title,
        sightings.role_id,
        sightings.role,
        sightings.seniority,
        sightings.skills,
        sightings.salary_min_usd,
        sightings.salary_max_usd,
        coalesce(sightings.salary_max_usd, sightings.salary_min_usd) as salary_ceiling_usd,
        coalesce(sightings.salary_min_usd, sightings.salary_max_usd) as salary_floor_usd,
        sightings.work_mode,
        sightings.city,
        sightings.region,
        sightings.country,
        sightings.metro,
        sightings.week as last_seen
    from open_postings
    asof inner join sightings
        on open_postings.posting_id = sightings.posting_id
        and open_postings.week >= sightings.week
    inner join posting_clusters as clusters on open_postings.posting_id = clusters.posting_id
),

final as (
    select
        versioned.*,
        (versioned.salary_floor_usd + versioned.salary_ceiling_usd) / 2 as salary_mid_usd,
        first_seen.first_seen,
        row_number() over (
            partition by versioned.week, versioned.cluster_id
            order by
                first_seen.first_seen,
                versioned.salary_ceiling_usd is null,
                versioned.posting_id
        ) = 1 as is_canonical
    from versioned
    inner join first_seen on versioned.posting_id = first_seen.posting_id
)

select * from final
