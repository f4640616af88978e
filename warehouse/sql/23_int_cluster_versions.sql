-- The global dedup pass's input: every distinct version of a posting seen in an effective crawl,
-- with its pure cluster id and what the pass compares (tests/warehouse/cluster_reference.py `signature`): the block
-- (company_key, title_key), the place (country|metro|city, null when unknown), the requisition
-- and the MinHash signature. `vid` names a version for the pair joins of the pass, `block_key`
-- hashes its block.
with postings as (
    select * from stg_postings
),

runs as (
    select crawl_id, board from crawl_runs
),

versions as (
    select distinct
        postings.posting_id,
        coalesce(postings.cluster_id, postings.posting_id) as cluster_id,
        coalesce(postings.company_key, '') as company_key,
        coalesce(postings.title_key, '') as title_key,
        nullif(concat_ws('|', coalesce(postings.country, ''), coalesce(postings.metro, ''),
                         coalesce(postings.city, '')), '||') as place_key,
        nullif(postings.requisition_key, '') as requisition_key,
        postings.minhash
    from postings
    inner join runs on postings.crawl_id = runs.crawl_id and postings.board = runs.board
),

final as (
    select
        row_number() over () as vid,
        *,
        hash(company_key, title_key) as block_key
    from versions
)

select * from final
