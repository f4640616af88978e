-- Every effective crawl with postings has been normalized with the current taxonomy
-- (otherwise its postings would look closed): run `jobwatch normalize` first.
select distinct crawl_runs.crawl_id
from crawl_runs
inner join lake_crawls on crawl_runs.crawl_id = lake_crawls.crawl_id
where crawl_runs.items > 0 and not lake_crawls.normalized
