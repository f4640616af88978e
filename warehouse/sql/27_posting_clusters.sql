-- One row per posting: its cluster after the global dedup pass. Pure clusters joined by
-- cluster_links form one cluster (connected components by min-label propagation), named by the
-- smallest pure cluster id among its members, as tests/warehouse/cluster_reference.py `cluster_postings` does.
-- A `placeless_copy` link does not join components: a component without any place joins the
-- smallest placed component it is a copy of, so a copy without a place never merges two jobs
-- posted for different places.
with recursive

firm as (
    select pure_cluster_id, linked_cluster_id from cluster_links where not placeless_copy
),

edges as (
    select pure_cluster_id as node, linked_cluster_id as neighbour from firm
    union
    select linked_cluster_id, pure_cluster_id from firm
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

linked as (
    select pure_cluster_id as node from cluster_links
    union
    select linked_cluster_id from cluster_links
),

components as (
    -- every linked pure cluster: its component over firm links, and whether it has a place
    select
        versions.cluster_id as node,
        coalesce(labels.label, versions.cluster_id) as component,
        bool_or(versions.place_key is not null) as placed
    from int_cluster_versions as versions
    left join labels on versions.cluster_id = labels.node
    where versions.cluster_id in (select node from linked)
    group by all
),

placed_components as (
    select component from components group by component having bool_or(placed)
),

copies as (
    select pure_cluster_id as copy_node, linked_cluster_id as original_node
    from cluster_links where placeless_copy
    union all
    select linked_cluster_id, pure_cluster_id from cluster_links where placeless_copy
),

attached as (
    -- a component without a place -> the smallest placed component it is a copy of
    select copied.component, min(original.component) as target
    from copies
    inner join components as copied on copies.copy_node = copied.node
    inner join components as original on copies.original_node = original.node
    where copied.component not in (select component from placed_components)
        and original.component in (select component from placed_components)
    group by copied.component
),

named as (
    select target as component, least(target, min(component)) as name
    from attached
    group by target
),

resolved as (
    select
        components.node,
        coalesce(named.name, components.component) as cluster_id
    from components
    left join attached on components.component = attached.component
    left join named on coalesce(attached.target, components.component) = named.component
),

assigned as (
    -- the versions of one posting are linked (rule `posting`): they share one cluster
    select
        versions.posting_id,
        min(versions.cluster_id) as pure_cluster_id,
        min(coalesce(resolved.cluster_id, versions.cluster_id)) as cluster_id
    from int_cluster_versions as versions
    left join resolved on versions.cluster_id = resolved.node
    group by versions.posting_id
),

final as (
    select *, count(*) over (partition by cluster_id) as cluster_size from assigned
)

select * from final
