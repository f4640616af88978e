-- Keys are never null.
select 'postings' as tbl, posting_id from postings where posting_id is null or cluster_id is null
union all
select 'posting_weeks', posting_id from posting_weeks
where posting_id is null or week is null or cluster_id is null
union all
select 'crawl_runs', crawl_id from crawl_runs
where crawl_id is null or source is null or board is null or week is null or status is null
