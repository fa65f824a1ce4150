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
