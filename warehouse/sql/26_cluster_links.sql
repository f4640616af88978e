-- Why pure clusters were merged: one row per verified link between two pipeline (pure) cluster
-- ids, by the rules of tests/warehouse/cluster_reference.py `_same_job`, set-based:
--   posting      two versions of one posting (its text was edited between crawls)
--   requisition  one requisition id within one (company_key, title_key) block
--   minhash      near-duplicate descriptions within a block: sharing one of `cluster_bands`
--                disjoint bands of 9 signature positions, then >= `cluster_min_equal` of 64
--                positions equal, with compatible requisitions and places
-- The MinHash candidates come from int_cluster_candidates. A `minhash` link between a pure cluster
-- with a place and one without is a `placeless_copy`: posting_clusters attaches the copy to one
-- cluster and never lets it join two clusters with places.
-- Verification first counts equal positions per candidate pair, looking both versions up by vid,
-- and only then compares the few pairs that pass on block, requisition and place: given those
-- conditions between the two versions up front, DuckDB's optimizer joins every version of a block
-- with every other before the candidates (quadratic: 300 s for one 8,000-version block).
with params as (
    select cluster_min_equal from src_params
),

by_posting as (
    select versions.cluster_id, edited.other
    from int_cluster_versions as versions
    inner join (
        select posting_id, min(cluster_id) as other
        from int_cluster_versions
        group by posting_id
        having min(cluster_id) <> max(cluster_id)
    ) as edited on versions.posting_id = edited.posting_id
),

by_requisition as (
    select versions.cluster_id, shared.other
    from int_cluster_versions as versions
    inner join (
        select company_key, title_key, requisition_key, min(cluster_id) as other
        from int_cluster_versions
        where requisition_key is not null
        group by all
        having min(cluster_id) <> max(cluster_id)
    ) as shared
        on versions.company_key = shared.company_key
        and versions.title_key = shared.title_key
        and versions.requisition_key = shared.requisition_key
),

scored as (
    select
        candidates.vid_a,
        candidates.vid_b,
        list_sum(list_transform(range(1, 65), lambda i: (a.minhash[i] = b.minhash[i])::int))
            as equal_positions
    from int_cluster_candidates as candidates
    inner join int_cluster_versions as a on candidates.vid_a = a.vid
    inner join int_cluster_versions as b on candidates.vid_b = b.vid
),

near as materialized (
    select * from scored where equal_positions >= (select cluster_min_equal from params)
),

by_minhash as (
    select a.cluster_id, b.cluster_id as other, near.equal_positions
    from near
    inner join int_cluster_versions as a on near.vid_a = a.vid
    inner join int_cluster_versions as b on near.vid_b = b.vid
    where a.cluster_id <> b.cluster_id
        and a.company_key = b.company_key
        and a.title_key = b.title_key
        and (a.requisition_key is null or b.requisition_key is null
            or a.requisition_key = b.requisition_key)
        and (a.place_key is null or b.place_key is null or a.place_key = b.place_key)
),

links as (
    select cluster_id, other, 'posting' as rule, null::INTEGER as equal_positions
    from by_posting
    union all
    select cluster_id, other, 'requisition', null from by_requisition
    union all
    select cluster_id, other, 'minhash', equal_positions from by_minhash
),

placed as (
    -- whether a linked pure cluster has a place (any version's); only linked ones are looked up
    select cluster_id, bool_or(place_key is not null) as placed
    from int_cluster_versions
    where cluster_id in (select cluster_id from links union select other from links)
    group by cluster_id
),

final as (
    select
        greatest(links.cluster_id, links.other) as pure_cluster_id,
        least(links.cluster_id, links.other) as linked_cluster_id,
        links.rule,
        max(links.equal_positions) as equal_positions,
        links.rule = 'minhash' and a.placed <> b.placed as placeless_copy
    from links
    inner join placed as a on links.cluster_id = a.cluster_id
    inner join placed as b on links.other = b.cluster_id
    where links.cluster_id <> links.other
    group by all
)

select * from final
