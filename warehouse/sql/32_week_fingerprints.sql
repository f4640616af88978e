-- Per week: a fingerprint of the posting-week rows the marts are computed from. A row's content is
-- fixed by (posting_id, the crawl its version comes from, first_seen, its cluster) and by that
-- crawl's files (lake_crawls.signature: sizes and mtimes); an incremental build reuses a week's
-- marts only when this is unchanged. The cluster is in it because a posting crawled later can join (or rename) an
-- old week's cluster and so change which of its postings is canonical there.
with rows_per_week as (
    select
        week,
        count(*) as posting_weeks_n,
        bit_xor(hash(posting_id, crawl_id, first_seen, cluster_id)) as h
    from posting_weeks
    group by week
),

crawls as (
    select distinct week, crawl_id from posting_weeks
),

files_per_week as (
    select crawls.week, hash(string_agg(crawls.crawl_id || '=' || coalesce(files.signature, ''),
        ',' order by crawls.crawl_id)) as h
    from crawls
    left join lake_crawls as files on crawls.crawl_id = files.crawl_id
    group by crawls.week
),

final as (
    select
        weeks.week,
        weeks.prev_week,
        coalesce(rows_per_week.posting_weeks_n, 0) as posting_weeks_n,
        hash(rows_per_week.h, files_per_week.h)::varchar as fingerprint
    from weeks
    left join rows_per_week on weeks.week = rows_per_week.week
    left join files_per_week on weeks.week = files_per_week.week
)

select * from final
