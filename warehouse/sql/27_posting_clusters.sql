-- One row per posting: its cluster after the global dedup pass. Pure clusters joined by
-- cluster_links form one cluster (connected components by min-label propagation), named by the
-- smallest pure cluster id among its members, as pipeline/cluster.py `cluster_postings` does.
with recursive

edges as (
    select pure_cluster_id as node, linked_cluster_id as neighbour from cluster_links
    union
    select linked_cluster_id, pure_cluster_id from cluster_links
),

labels(node, label) using key (node) as (
    select distinct node, node from edges
    union
    select edges.neighbour, min(labels.label)
    from labels
    inner join edges on labels.node = edges.node
    inner join recurring.labels as current on edges.neighbour = current.node
    group by edges.neighbour, current.label
    having min(labels.label) < current.label
),

assigned as (
    -- the versions of one posting are linked (rule `posting`): they share one label
    select
        versions.posting_id,
        min(versions.cluster_id) as pure_cluster_id,
        min(coalesce(labels.label, versions.cluster_id)) as cluster_id
    from int_cluster_versions as versions
    left join labels on versions.cluster_id = labels.node
    group by versions.posting_id
),

final as (
    select *, count(*) over (partition by cluster_id) as cluster_size from assigned
)

select * from final
