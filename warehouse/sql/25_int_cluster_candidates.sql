-- Candidate pairs of the global dedup pass's MinHash rule: two versions of one block sharing a
-- band (int_cluster_bands) whose places can match: the same place, or one without a place.
-- Banding finds every pair that can verify (pigeonhole: see warehouse/clusters.py SQL_BANDS), and
-- pairs in two places never verify, so leaving them out loses nothing and keeps jobs sharing a
-- company template across cities from pairing up quadratically. Keys are hashes (a collision only
-- adds a candidate: cluster_links compares block and place again). A table of its own, so
-- verification joins these pairs by version id and never pairs up whole blocks.
with bands as (
    select * from int_cluster_bands
),

placed as (
    select vid, place_band_key from bands where not placeless
),

placeless as (
    select vid, band_key from bands where placeless
),

pairs as (
    select a.vid as vid_a, b.vid as vid_b
    from placed as a
    inner join placed as b on a.place_band_key = b.place_band_key and a.vid < b.vid
    union all
    select least(placeless.vid, bands.vid), greatest(placeless.vid, bands.vid)
    from placeless
    inner join bands on placeless.band_key = bands.band_key and placeless.vid <> bands.vid
),

final as (
    select distinct vid_a, vid_b from pairs
)

select * from final
