-- Why pure clusters were merged: one row per verified link between two pipeline (pure) cluster
-- ids, by the rules of pipeline/cluster.py `_same_job`, set-based:
--   posting      two versions of one posting (its text was edited between crawls)
--   requisition  one requisition id within one (company_key, title_key) block
--   minhash      near-duplicate descriptions within a block: sharing one of `cluster_bands`
--                disjoint bands of `cluster_band_rows` signature positions, then
--                >= `cluster_min_equal` of 64 positions equal, with compatible requisitions and
--                places
-- Banding finds every pair that verifies (pigeonhole: see pipeline/cluster.py SQL_BANDS).
with versions as (
    select * from int_cluster_versions
),

params as (
    select cluster_min_equal, cluster_bands, cluster_band_rows as rows_ from src_params
),

by_posting as (
    select distinct cluster_id, min(cluster_id) over (partition by posting_id) as other
    from versions
),

by_requisition as (
    select distinct
        cluster_id,
        min(cluster_id) over (partition by company_key, title_key, requisition_key) as other
    from versions
    where requisition_key is not null
),

signed as (
    -- only blocks where a near-duplicate could join two pure clusters are banded
    select vid, cluster_id, company_key, title_key, minhash
    from versions
    where minhash is not null
    qualify count(distinct cluster_id) over (partition by company_key, title_key) > 1
),

bands as (
    select
        vid, cluster_id, company_key, title_key, band,
        hash(minhash[rows_ * band + 1 : rows_ * band + rows_]) as band_key
    from signed
    cross join (select unnest(range(cluster_bands)) as band, rows_ from params)
),

candidates as (
    select distinct a.vid as vid_a, b.vid as vid_b
    from bands as a
    inner join bands as b
        on a.company_key = b.company_key
        and a.title_key = b.title_key
        and a.band = b.band
        and a.band_key = b.band_key
        and a.cluster_id < b.cluster_id
),

scored as (
    select
        a.cluster_id,
        b.cluster_id as other,
        list_sum(list_transform(range(1, 65), lambda i: (a.minhash[i] = b.minhash[i])::int))
            as equal_positions,
        (a.requisition_key is null or b.requisition_key is null
            or a.requisition_key = b.requisition_key)
        and (a.place_key is null or b.place_key is null or a.place_key = b.place_key)
            as compatible
    from candidates
    inner join versions as a on candidates.vid_a = a.vid
    inner join versions as b on candidates.vid_b = b.vid
),

by_minhash as (
    select cluster_id, other, max(equal_positions) as equal_positions
    from scored
    where compatible and equal_positions >= (select cluster_min_equal from params)
    group by cluster_id, other
),

links as (
    select cluster_id, other, 'posting' as rule, null::INTEGER as equal_positions
    from by_posting
    union all
    select cluster_id, other, 'requisition', null from by_requisition
    union all
    select cluster_id, other, 'minhash', equal_positions from by_minhash
),

final as (
    select
        greatest(cluster_id, other) as pure_cluster_id,
        least(cluster_id, other) as linked_cluster_id,
        rule,
        max(equal_positions) as equal_positions
    from links
    where cluster_id <> other
    group by all
)

select * from final
