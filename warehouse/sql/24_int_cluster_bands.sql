-- The MinHash bands of the global dedup pass: per version with a signature, in a
-- (company_key, title_key) block holding another one, `cluster_bands` keys, each a hash of the
-- block, the band number and its 9 positions (warehouse/clusters.py SQL_BAND_ROWS; spelled out: 3x a
-- list slice's speed), and the same key with the place (null place: `placeless`). A table of its
-- own: the candidate self-join then plans on known sizes (one query was ~1.5x slower at 10M).
with blocks as (
    select block_key from int_cluster_versions
    where minhash is not null
    group by block_key
    having count(*) > 1
),

banded as (
    select
        versions.vid,
        versions.place_key,
        hash(versions.block_key, band,
             minhash[9 * band + 1], minhash[9 * band + 2], minhash[9 * band + 3],
             minhash[9 * band + 4], minhash[9 * band + 5], minhash[9 * band + 6],
             minhash[9 * band + 7], minhash[9 * band + 8], minhash[9 * band + 9]) as band_key
    from int_cluster_versions as versions
    semi join blocks on versions.block_key = blocks.block_key
    cross join (select unnest(range(cluster_bands)) as band from src_params)
    where versions.minhash is not null
),

final as (
    select
        vid,
        place_key is null as placeless,
        band_key,
        hash(band_key, place_key) as place_band_key
    from banded
)

select * from final
