//! Publication dates as days, for the time window of a story.

use jiff::civil::Date;

/// The day number of a date: days from 2000-01-01.
pub(crate) fn day_number(date: Date) -> Option<i64> {
    days(date)
}

/// Days from `a` to `b`.
pub fn days_between(a: Date, b: Date) -> Option<i64> {
    Some(day_number(b)? - day_number(a)?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_days_across_months_and_years() {
        let d = |s: &str| s.parse::<Date>().unwrap();
        assert_eq!(days_between(d("2017-12-30"), d("2018-01-02")), Some(3));
        assert_eq!(days_between(d("2024-02-28"), d("2024-03-01")), Some(2));
    }
}

/// A page as dating reads it: its dates near the top (each with whether a publication cue
/// precedes it) and its source.
pub type Page<'a> = (&'a [(Date, bool)], Option<&'a str>);

/// The least number of sources whose pages show one date near their top for that date to be the
/// day the archive was gathered rather than a day news was published.
const CRAWL_SOURCES: usize = 10;

/// The day (days from 2000-01-01) an archive was gathered, if its pages show one: the latest
/// date that ten or more sources show near the top of their pages ("today" in their headers).
pub fn gathering_day(pages: &[Page]) -> Option<i64> {
    let mut sources: rustc_hash::FxHashMap<Date, rustc_hash::FxHashSet<&str>> =
        rustc_hash::FxHashMap::default();
    for (dates, source) in pages {
        for (date, _) in dates.iter() {
            sources
                .entry(*date)
                .or_default()
                .insert(source.unwrap_or(""));
        }
    }
    sources
        .iter()
        .filter(|(_, s)| s.len() >= CRAWL_SOURCES)
        .filter_map(|(d, _)| day_number(*d))
        .max()
}

/// True when day `d` is the day the archive was `gathered` or the day before: what a header's
/// "today" shows on pages fetched over a night.
fn shows_gathering(d: i64, gathered: Option<i64>) -> bool {
    gathered.is_some_and(|g| d == g || d == g - 1)
}

/// The publication date of each document that has none, read from its page: the first date
/// after a publication cue near the top of the page, else the first date there. The day an
/// archive was gathered is read on many sites' pages ("today" in their headers): the latest date
/// that ten or more sources show near their top, and the day before it, are never
/// taken. `pages[i]` is document `i`'s dates near its top (see
/// [`crate::analysis::DocumentProfile::page_dates`]) and its source; `gathered` is
/// [`gathering_day`] of the same pages.
pub fn page_publication_dates(pages: &[Page], gathered: Option<i64>) -> Vec<Option<Date>> {
    let is_gathering_day =
        |date: &Date| day_number(*date).is_some_and(|d| shows_gathering(d, gathered));
    pages
        .iter()
        .map(|(dates, _)| {
            let usable = || dates.iter().filter(|(d, _)| !is_gathering_day(d));
            usable()
                .find(|(_, cued)| *cued)
                .or_else(|| usable().next())
                .map(|(d, _)| *d)
        })
        .collect()
}

#[cfg(test)]
mod page_tests {
    use super::*;

    #[test]
    fn a_cued_date_wins_and_the_gathering_day_is_never_taken() {
        let d = |s: &str, cued: bool| (s.parse::<Date>().unwrap(), cued);
        // Twelve sites show the day the archive was gathered in their headers.
        let gathered: Vec<Vec<(Date, bool)>> =
            (0..12).map(|_| vec![d("2018-01-21", false)]).collect();
        let mine = [
            vec![d("2018-01-21", false), d("2017-11-08", true)],
            vec![d("2018-01-20", false), d("2017-12-27", false)],
            vec![d("2018-01-21", false)],
            vec![d("2017-03-01", false), d("2017-03-02", true)],
        ];
        let mut pages: Vec<Page> = Vec::new();
        let names: Vec<String> = (0..12).map(|i| format!("site{i}")).collect();
        for (g, n) in gathered.iter().zip(&names) {
            pages.push((g, Some(n.as_str())));
        }
        for m in &mine {
            pages.push((m, Some("mine")));
        }
        let picked: Vec<Option<String>> = page_publication_dates(&pages, gathering_day(&pages))
            .into_iter()
            .map(|d| d.map(|d| d.to_string()))
            .collect();
        assert_eq!(picked[12].as_deref(), Some("2017-11-08"));
        assert_eq!(picked[13].as_deref(), Some("2017-12-27"));
        assert_eq!(picked[14], None);
        assert_eq!(picked[15].as_deref(), Some("2017-03-02"));
    }
}

/// The day (days from 2000-01-01) of the event a claim's sentence dates, resolved against the
/// day of publication: the first full date it writes; else a day of a month, in the year of
/// publication (the year before when that would be more than a week after it); else a day
/// counted from publication («أمس»). `None` when the sentence dates nothing or a relative date
/// has no publication date to count from.
///
/// `gathered` is the day the archive was gathered ([`gathering_day`]): a page that writes that
/// day, or the day before, when it was published before the day it writes (or on an unknown
/// date), writes its header's "today", not the day of an event it tells, so such a date is
/// passed over.
pub fn event_day(
    dates: &[crate::analysis::EventDate],
    published: Option<Date>,
    gathered: Option<i64>,
) -> Option<i64> {
    use crate::analysis::EventDate;
    let published_day = published.and_then(day_number);
    let headers_today =
        |d: i64| shows_gathering(d, gathered) && published_day.is_none_or(|p| p < d);
    let day_of = |y: i16, m: u8, d: u8| {
        Date::new(y, m as i8, d as i8)
            .ok()
            .and_then(days)
            .filter(|&d| !headers_today(d))
    };
    let published_year = published.map(|p| p.year());
    if let Some(d) = dates.iter().find_map(|d| match *d {
        EventDate::Full(y, m, day) => day_of(y, m, day),
        _ => None,
    }) {
        return Some(d);
    }
    if let (Some(p), Some(y)) = (published_day, published_year)
        && let Some(d) = dates.iter().find_map(|d| match *d {
            EventDate::DayOfMonth(m, day) => {
                let this_year = day_of(y, m, day)?;
                if this_year > p + 7 {
                    day_of(y - 1, m, day)
                } else {
                    Some(this_year)
                }
            }
            _ => None,
        })
    {
        return Some(d);
    }
    let p = published_day?;
    dates
        .iter()
        .find_map(|d| match *d {
            EventDate::FromPublication(o) => Some(p + i64::from(o)),
            _ => None,
        })
        .or_else(|| {
            // A weekday: the latest such day on or before publication, the one before it
            // («الماضي»), or the next after it («المقبل»).
            let weekday = i64::from(published?.weekday().to_monday_one_offset());
            dates.iter().find_map(|d| match *d {
                EventDate::Weekday(day, which) => {
                    let back = (weekday - i64::from(day)).rem_euclid(7);
                    Some(match which {
                        0 => p - back,
                        w if w < 0 => p - if back == 0 { 7 } else { back },
                        _ => p + 7 - back,
                    })
                }
                _ => None,
            })
        })
}

/// Days from 2000-01-01 to `date`.
fn days(date: Date) -> Option<i64> {
    Some(
        date.since(Date::constant(2000, 1, 1))
            .ok()?
            .get_days()
            .into(),
    )
}

/// The date of a day number.
pub fn date_of(day: i64) -> Option<Date> {
    Date::constant(2000, 1, 1)
        .checked_add(jiff::Span::new().days(day))
        .ok()
}

#[cfg(test)]
mod event_tests {
    use super::*;
    use crate::analysis::EventDate::*;

    #[test]
    fn an_event_is_dated_by_its_sentence_against_the_day_of_publication() {
        let p = "2017-11-13".parse().ok();
        let day = |dates: &[crate::analysis::EventDate]| {
            event_day(dates, p, None)
                .and_then(date_of)
                .map(|d| d.to_string())
        };
        assert_eq!(day(&[Full(2017, 11, 12)]).as_deref(), Some("2017-11-12"));
        assert_eq!(day(&[DayOfMonth(11, 12)]).as_deref(), Some("2017-11-12"));
        // A day of December told in November is last year's.
        assert_eq!(day(&[DayOfMonth(12, 30)]).as_deref(), Some("2016-12-30"));
        assert_eq!(day(&[FromPublication(-1)]).as_deref(), Some("2017-11-12"));
        assert_eq!(event_day(&[FromPublication(-1)], None, None), None);
        assert_eq!(day(&[]), None);
    }

    #[test]
    fn a_weekday_is_the_latest_such_day_or_the_one_its_word_says() {
        // Published on Sunday 2024-04-07.
        let p = "2024-04-07".parse().ok();
        let day = |dates: &[crate::analysis::EventDate]| {
            event_day(dates, p, None)
                .and_then(date_of)
                .map(|d| d.to_string())
        };
        assert_eq!(day(&[Weekday(7, 0)]).as_deref(), Some("2024-04-07"));
        assert_eq!(day(&[Weekday(4, 0)]).as_deref(), Some("2024-04-04"));
        // «الأحد الماضي»: a week before, «الخميس الماضي» the latest Thursday.
        assert_eq!(day(&[Weekday(7, -1)]).as_deref(), Some("2024-03-31"));
        assert_eq!(day(&[Weekday(4, -1)]).as_deref(), Some("2024-04-04"));
        // «الثلاثاء المقبل».
        assert_eq!(day(&[Weekday(2, 1)]).as_deref(), Some("2024-04-09"));
        // A day counted from publication comes first.
        assert_eq!(
            day(&[Weekday(4, 0), FromPublication(-1)]).as_deref(),
            Some("2024-04-06")
        );
        assert_eq!(event_day(&[Weekday(4, 0)], None, None), None);
    }

    #[test]
    fn the_day_an_archive_was_gathered_dates_no_event_of_an_older_page() {
        let gathered = day_number(jiff::civil::date(2018, 1, 21));
        let day = |dates: &[crate::analysis::EventDate], published: Option<&str>| {
            let published = published.map(|p| p.parse().unwrap());
            event_day(dates, published, gathered)
                .and_then(date_of)
                .map(|d| d.to_string())
        };
        // A page of November, or of no known date, showing the day it was fetched in its
        // header: the next date it writes is the event's.
        let header = [Full(2018, 1, 21), Full(2017, 11, 8)];
        assert_eq!(
            day(&header, Some("2017-11-09")).as_deref(),
            Some("2017-11-08")
        );
        assert_eq!(day(&header, None).as_deref(), Some("2017-11-08"));
        assert_eq!(day(&[DayOfMonth(1, 20)], Some("2018-01-05")), None);
        // A page of that very day tells that day's news; a page of the day before shows the
        // next day only in its header.
        assert_eq!(
            day(&[Full(2018, 1, 21)], Some("2018-01-21")).as_deref(),
            Some("2018-01-21")
        );
        assert_eq!(
            day(&[Full(2018, 1, 20)], Some("2018-01-20")).as_deref(),
            Some("2018-01-20")
        );
        assert_eq!(
            day(&[Full(2018, 1, 21), Full(2018, 1, 15)], Some("2018-01-20")).as_deref(),
            Some("2018-01-15")
        );
        // Relative dates count from publication, whatever the header says.
        assert_eq!(
            day(&[FromPublication(-1)], Some("2017-11-09")).as_deref(),
            Some("2017-11-08")
        );
    }
}
