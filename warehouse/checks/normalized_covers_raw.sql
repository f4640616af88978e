-- Every effective crawl with raw lines has been normalized with the current taxonomy
-- (otherwise its postings would look closed): run `jobwatch normalize` first.
select distinct raw_postings.crawl_id
from raw_postings
anti join src_normalized_crawls on raw_postings.crawl_id = src_normalized_crawls.crawl_id
