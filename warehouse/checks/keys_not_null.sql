-- Keys are never null (a normalized row without posting_id would otherwise vanish in joins).
select 'normalized' as tbl, posting_id from stg_postings where posting_id is null
union all
select 'postings', posting_id from postings where posting_id is null or cluster_id is null
union all
select 'posting_weeks', posting_id from posting_weeks
where posting_id is null or week is null or cluster_id is null
union all
select 'crawl_runs', crawl_id from crawl_runs
where crawl_id is null or source is null or board is null or week is null or status is null
