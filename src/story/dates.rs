//! Publication dates as days, for the time window of a story.

use jiff::civil::Date;

/// The day number of a `YYYY-MM-DD` date, `None` when it is not one.
pub(crate) fn day_number(date: &str) -> Option<i64> {
    let d: Date = date.parse().ok()?;
    Some(d.since(Date::constant(2000, 1, 1)).ok()?.get_days().into())
}

/// Days from `a` to `b` (`YYYY-MM-DD`), `None` when either is not a date.
pub fn days_between(a: &str, b: &str) -> Option<i64> {
    Some(day_number(b)? - day_number(a)?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_days_across_months_and_years() {
        assert_eq!(days_between("2017-12-30", "2018-01-02"), Some(3));
        assert_eq!(days_between("2024-02-28", "2024-03-01"), Some(2));
        assert_eq!(days_between("2024-02-30", "2024-03-01"), None);
    }
}

/// A page as dating reads it: its dates near the top (each with whether a publication cue
/// precedes it) and its source.
pub type Page<'a> = (&'a [(String, bool)], Option<&'a str>);

/// The least number of sources whose pages show one date near their top for that date to be the
/// day the archive was gathered rather than a day news was published.
const CRAWL_SOURCES: usize = 10;

/// The publication date of each document that has none, read from its page: the first date
/// after a publication cue near the top of the page, else the first date there. The day an
/// archive was gathered is read on many sites' pages ("today" in their headers): the latest date
/// that [`CRAWL_SOURCES`] or more sources show near their top, and the day before it, are never
/// taken. `pages[i]` is document `i`'s dates near its top (see
/// [`crate::analysis::DocumentProfile::page_dates`]) and its source.
pub fn page_publication_dates(pages: &[Page]) -> Vec<Option<String>> {
    let mut sources: rustc_hash::FxHashMap<&str, rustc_hash::FxHashSet<&str>> =
        rustc_hash::FxHashMap::default();
    for (dates, source) in pages {
        for (date, _) in dates.iter() {
            sources
                .entry(date.as_str())
                .or_default()
                .insert(source.unwrap_or(""));
        }
    }
    let gathered: Option<i64> = sources
        .iter()
        .filter(|(_, s)| s.len() >= CRAWL_SOURCES)
        .filter_map(|(d, _)| day_number(d))
        .max();
    let is_gathering_day = |date: &str| {
        gathered.is_some_and(|g| day_number(date).is_some_and(|d| d == g || d == g - 1))
    };
    pages
        .iter()
        .map(|(dates, _)| {
            let usable = || dates.iter().filter(|(d, _)| !is_gathering_day(d));
            usable()
                .find(|(_, cued)| *cued)
                .or_else(|| usable().next())
                .map(|(d, _)| d.clone())
        })
        .collect()
}

#[cfg(test)]
mod page_tests {
    use super::*;

    #[test]
    fn a_cued_date_wins_and_the_gathering_day_is_never_taken() {
        let d = |s: &str, cued: bool| (s.to_string(), cued);
        // Twelve sites show the day the archive was gathered in their headers.
        let gathered: Vec<Vec<(String, bool)>> =
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
        let picked = page_publication_dates(&pages);
        assert_eq!(picked[12].as_deref(), Some("2017-11-08"));
        assert_eq!(picked[13].as_deref(), Some("2017-12-27"));
        assert_eq!(picked[14], None);
        assert_eq!(picked[15].as_deref(), Some("2017-03-02"));
    }
}
