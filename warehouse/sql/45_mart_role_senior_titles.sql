-- Per role and week: the senior titles (staff, principal, lead, head, director, VP) its open
-- postings carry, the career path the postings show. Titles group by their lead segment (before
-- the first ",", " - ", "(", "|" or ":", case and spacing ignored: "Staff ML Engineer, Ranking" is
-- "Staff ML Engineer"; a lead segment that is only a level, "VP, ML Platform", keeps the next
-- one), shown in their most frequent spelling; a title is listed once at least min_title_n open
-- postings carry it, so one posting's title is never presented as a path.
with canonical as (
    select * from int_canonical
),

params as (
    select min_title_n from src_params
),

levels as (
    -- the senior levels a title may name (whole words)
    select '(staff|principal|lead|head|director|vp|svp|evp|vice president)' as pattern
),

role_weeks as (
    select role, week, open_positions from mart_role_week
),

segments as (
    select
        role,
        week,
        list_filter(
            list_transform(regexp_split_to_array(title, ',|\s[-–—]\s|[()|:]'), lambda s: trim(s)),
            lambda s: s <> ''
        ) as parts
    from canonical, levels
    -- most titles name no level: one search skips them before the split
    where regexp_matches(title, '(?i)\b' || levels.pattern || '\b')
),

leads as (
    select
        role,
        week,
        case
            when len(parts) > 1 and regexp_matches(
                lower(parts[1]), '^((senior|sr\.?|executive|group) )*' || levels.pattern || '$'
            ) then parts[1] || ', ' || parts[2]
            else parts[1]
        end as spelling
    from segments, levels
    where len(parts) > 0
),

senior as (
    select role, week, spelling, lower(regexp_replace(spelling, '\s+', ' ', 'g')) as title_key
    from leads, levels
    where regexp_matches(lower(spelling), '\b' || levels.pattern || '\b')
),

spellings as (
    select role, week, title_key, spelling, count(*) as n
    from senior
    group by role, week, title_key, spelling
),

counts as (
    select
        role,
        week,
        title_key,
        first(spelling order by n desc, spelling) as title,
        sum(n)::bigint as n
    from spellings
    group by role, week, title_key
),

ranked as (
    select
        counts.*,
        row_number() over (
            partition by counts.role, counts.week order by counts.n desc, counts.title_key
        ) as rank
    from counts, params
    where counts.n >= params.min_title_n
),

final as (
    select
        ranked.role,
        ranked.week,
        ranked.title,
        ranked.n,
        100.0 * ranked.n / role_weeks.open_positions as share_pct,
        ranked.rank
    from ranked
    inner join role_weeks on ranked.role = role_weeks.role and ranked.week = role_weeks.week
)

select * from final
