-- The effective crawl per (source, board, week): a re-run of a week supersedes earlier attempts.
-- A sudden drop is partial: an ok crawl whose count fell to zero or below drop_ratio of the
-- board's median over its previous 4 ok crawls is far more often a broken response than a company
-- that stopped hiring overnight, so it closes nothing until the next ok crawl confirms it (low
-- as well); the confirming crawl is ok and closes what is gone.
with attempts as (
    select * from crawl_attempts
),

params as (
    select drop_ratio from src_params
),

effective as (
    select * exclude (is_effective)
    from attempts
    where is_effective
),

ok_history as (
    select
        crawl_id,
        board,
        median(items) over recent as recent_median
    from effective
    where status = 'ok'
    window recent as (partition by source, board order by week rows between 4 preceding and 1 preceding)
),

low as (
    select
        ok_history.*,
        coalesce(
            ok_history.recent_median > 0
            and effective.items < params.drop_ratio * ok_history.recent_median,
            false
        ) as is_low
    from ok_history
    inner join effective using (crawl_id, board)
    cross join params
),

drops as (
    select
        crawl_id,
        board,
        recent_median,
        is_low and not coalesce(
            lag(is_low) over (partition by effective.source, board order by effective.week), false
        ) as sudden_drop
    from low
    inner join effective using (crawl_id, board)
),

final as (
    select
        effective.* replace (
            case when drops.sudden_drop then 'partial' else effective.status end as status,
            case
                when drops.sudden_drop
                    then format(
                        'sudden drop: {} postings against a recent median of {:g}; nothing closes'
                        || ' until the next crawl confirms it',
                        effective.items,
                        drops.recent_median
                    )
                else effective.error
            end as error
        ),
        coalesce(drops.sudden_drop, false) as sudden_drop,
        drops.recent_median
    from effective
    left join drops using (crawl_id, board)
)

select * from final
