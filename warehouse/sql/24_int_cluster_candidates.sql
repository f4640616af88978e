-- Candidate pairs of the global dedup pass's MinHash rule: two versions whose signatures agree on
-- one of `cluster_bands` disjoint bands of `cluster_band_rows` positions within one
-- (company_key, title_key) block. Banding finds every pair that can verify (pigeonhole: see
-- pipeline/cluster.py SQL_BANDS). A band key hashes the block with the band, so one equality join
-- finds the pairs; cluster_links compares the block itself again (a hash collision only adds a
-- candidate). A table of its own, so the verification joins these few pairs by version id and
-- never pairs up whole blocks.
with versions as (
    select * from int_cluster_versions
),

params as (
    select cluster_bands, cluster_band_rows as rows_ from src_params
),

bands as (
    select
        vid,
        hash(company_key, title_key, band, minhash[rows_ * band + 1 : rows_ * band + rows_])
            as band_key
    from versions
    cross join (select unnest(range(cluster_bands)) as band, rows_ from params)
    where minhash is not null
),

shared_bands as (
    select bands.*
    from bands
    semi join (select band_key from bands group by band_key having count(*) > 1) as dup
        on bands.band_key = dup.band_key
),

candidates as (
    select distinct a.vid as vid_a, b.vid as vid_b
    from shared_bands as a
    inner join shared_bands as b on a.band_key = b.band_key and a.vid < b.vid
)

select * from candidates
