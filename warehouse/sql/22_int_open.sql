-- Open in week W: seen in the board's latest ok crawl at or before W, or in its partial crawl of W.
-- A failed or partial crawl never closes anything: the last ok state carries forward.
with board_weeks as (
    select * from int_board_weeks
),

sightings as (
    select posting_id, crawl_id, board from int_sightings
),

from_ok as (
    select sightings.posting_id, board_weeks.week
    from board_weeks
    inner join sightings
        on sightings.crawl_id = board_weeks.ok_crawl_id and sightings.board = board_weeks.board
),

from_partial as (
    select sightings.posting_id, board_weeks.week
    from board_weeks
    inner join sightings
        on sightings.crawl_id = board_weeks.partial_crawl_id
        and sightings.board = board_weeks.board
),

final as (
    select posting_id, week from from_ok
    union
    select posting_id, week from from_partial
)

select * from final
