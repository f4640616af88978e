-- work_mode, seniority and crawl status only take their documented values.
select 'work_mode' as field, work_mode as value from postings
where work_mode is null or work_mode not in ('remote', 'hybrid', 'onsite', 'unknown')
union all
select 'seniority', seniority from postings
where seniority not in ('entry', 'mid', 'senior')
union all
select 'status', status from crawl_attempts
where status is null or status not in ('ok', 'partial', 'failed')
