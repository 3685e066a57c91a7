//! Finds date expressions and resolves them against the publication date, pointing back in time.
//!
//! Absolute dates ("May 3, 2013", "17 December 2017", "2013-09-26", "12/16/08") resolve on their own; partial
//! ones ("Dec. 17", "17 December") take the year that puts them nearest before the anchor; relative ones
//! ("Sunday", "yesterday", "last year", "this week") count back from the anchor. The anchor is the publication
//! date, else a dateline near the top of the text, else a weekday written with its day and month.

use super::text::{Token, Tokens};
use crate::assets::{MONTHS, WEEKDAYS};
use crate::model::{Document, Span};
use chrono::{Datelike, Days, Months, NaiveDate, Weekday};

/// How much of a date an expression fixes.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum DatePrecision {
    /// A day: "Sunday", "Dec. 17", "yesterday".
    #[default]
    Day,
    /// A week: "this week", "last week"; the date is the week's reference day.
    Week,
    /// A month: "December 2008", "last month"; the date is the first of the month.
    Month,
    /// A year: "in 2017", "last year"; the date is the first of January.
    Year,
}

/// A date expression in the text and the date it resolves to.
#[derive(Clone, Debug, PartialEq)]
pub struct DateMention {
    /// Where the expression stands in the text.
    pub span: Span,
    /// The date it resolves to, against the publication date where it is relative ("Sunday", "last year").
    pub date: NaiveDate,
    /// Whether the expression names a day, a month or a year.
    pub precision: DatePrecision,
    /// True when the text alone fixes the date (it names a year or a weekday with its day and month).
    pub absolute: bool,
    /// True when a bare weekday gave the date ("on Monday"), so that only the week was inferred.
    pub weekday: bool,
}

/// Every resolvable date expression in the document, in text order.
pub fn date_mentions(doc: &Document, anchor: Option<NaiveDate>) -> Vec<DateMention> {
    date_mentions_in(doc, &Tokens::new(&doc.text), anchor)
}

/// [`date_mentions`] over the document's tokens, already made.
pub(super) fn date_mentions_in(doc: &Document, tokens: &Tokens, anchor: Option<NaiveDate>) -> Vec<DateMention> {
    let raw = scan(&words_of(&doc.text, tokens));
    let latest_year = raw
        .iter()
        .filter_map(|r| match r.kind {
            RawKind::Full(d) => Some(d.year()),
            RawKind::Year(y) => Some(y),
            _ => None,
        })
        .max();
    let lead_end = doc.sentences.get(3).map_or(doc.text.len(), |s| s.start).min(400);
    let anchor = anchor
        .or_else(|| {
            raw.iter().find_map(|r| match r.kind {
                RawKind::Full(d) if r.span.start < lead_end => Some(d),
                _ => None,
            })
        })
        .or_else(|| {
            raw.iter().find_map(|r| match r.kind {
                RawKind::WeekdayDayMonth(wd, m, d) => latest_year.and_then(|y| year_for_weekday(wd, m, d, y)),
                _ => None,
            })
        });
    raw.into_iter().filter_map(|r| resolve(r, anchor, latest_year)).collect()
}

/// The weekdays that `text` names on their own ("on Saturday", not "Saturday, Dec. 13"), in text order: all that an
/// undated article tells of when its events happened.
pub(super) fn bare_weekdays(text: &str) -> Vec<Weekday> {
    let tokens = Tokens::new(text);
    scan(&words_of(text, &tokens))
        .into_iter()
        .filter_map(|r| match r.kind {
            RawKind::Weekday(wd) => Some(wd),
            _ => None,
        })
        .collect()
}

/// The day and month of a dateline near the top of a document that gives no year anywhere ("WASHINGTON-April 27
/// -"): when it was written, up to the year. A dateline is a lead sentence that is little more than the date.
pub(super) fn dateline_without_year(doc: &Document) -> Option<(u32, u32)> {
    let tokens = Tokens::new(&doc.text);
    let raw = scan(&words_of(&doc.text, &tokens));
    if raw.iter().any(|r| matches!(r.kind, RawKind::Full(_) | RawKind::Year(_) | RawKind::MonthYear(..))) {
        return None;
    }
    let lead = &doc.sentences[..doc.sentences.len().min(LEAD_SENTENCES)];
    raw.iter().find_map(|r| match r.kind {
        RawKind::DayMonth(m, d) if in_dateline(lead, r.span) => Some((m, d)),
        _ => None,
    })
}

/// How many sentences make a document's lead, where its dateline and the day of its event stand.
const LEAD_SENTENCES: usize = 4;

/// How many characters besides its date a dateline may hold: a place, a news agency.
const DATELINE_EXTRA: usize = 40;

/// Whether the lead sentence (of `lead`) that holds the date at `date` is little more than the date: a dateline.
fn in_dateline(lead: &[Span], date: Span) -> bool {
    lead.iter().find(|s| s.contains(date)).is_some_and(|s| s.len() < date.len() + DATELINE_EXTRA)
}

/// The tokens of `text` as words, each with the text up to the next.
fn words_of<'a>(text: &'a str, tokens: &'a Tokens<'a>) -> Vec<Word<'a>> {
    let mut words: Vec<Word> = tokens
        .tokens
        .iter()
        .zip(&tokens.lower)
        .map(|(t, lower)| Word::new(text, t, lower).without_dateline_place())
        .collect();
    for k in 0..words.len() {
        let from = words[k].bytes.1;
        let to = words.get(k + 1).map_or(text.len(), |w| w.bytes.0).max(from);
        words[k].after = text.get(from..to).unwrap_or("");
    }
    words
}

/// The date of the main event the document reports: the [`reported_day`], else the first day-precise date near
/// the top (a dateline), else the publication date.
pub(super) fn event_date(doc: &Document, dates: &[DateMention]) -> Option<NaiveDate> {
    let lead = Lead::new(doc, dates);
    lead.reported_day()
        .or_else(|| dates.iter().filter(|m| lead.holds(m)).find(|m| lead.written.is_none_or(|w| m.date <= w)))
        .map(|m| m.date)
        .or(doc.source.published)
}

/// The day the lead sentences give the reported event: their first day-precise date that is not a bare dateline
/// and not after the publication date or the dateline. A date after them is something scheduled ("the election,
/// scheduled for December 15, 2013"), not the news the article reports.
pub(super) fn reported_day(doc: &Document, dates: &[DateMention]) -> Option<NaiveDate> {
    Lead::new(doc, dates).reported_day().map(|m| m.date)
}

/// The lead sentences of a document with their day-precise date mentions, and the day it was written.
struct Lead<'a> {
    sentences: Vec<Span>,
    dates: &'a [DateMention],
    /// The publication date, else the lead's dateline.
    written: Option<NaiveDate>,
}

impl<'a> Lead<'a> {
    fn new(doc: &Document, dates: &'a [DateMention]) -> Self {
        let sentences = doc.sentences.iter().take(LEAD_SENTENCES).copied().collect();
        let mut lead = Lead { sentences, dates, written: None };
        lead.written = doc
            .source
            .published
            .or_else(|| dates.iter().find(|m| lead.holds(m) && lead.is_dateline(m)).map(|m| m.date));
        lead
    }

    /// Whether `m` is a day-precise date in a lead sentence.
    fn holds(&self, m: &DateMention) -> bool {
        m.precision == DatePrecision::Day && self.sentences.iter().any(|s| s.contains(m.span))
    }

    /// Whether the lead sentence holding `m` is little more than the date.
    fn is_dateline(&self, m: &DateMention) -> bool {
        in_dateline(&self.sentences, m.span)
    }

    fn reported_day(&self) -> Option<&'a DateMention> {
        self.dates.iter().find(|m| self.holds(m) && !self.is_dateline(m) && self.written.is_none_or(|w| m.date <= w))
    }
}

/// The date of a mention that cannot lie before `earliest`: a weekday, resolved back from the anchor, that falls
/// in the week before `earliest` moves on by a week ("the call was Sunday; the readout came on Monday").
/// Dates the text fixes, and those further back, stay as they are.
pub(super) fn on_or_after(m: &DateMention, earliest: NaiveDate) -> NaiveDate {
    let days_before = (earliest - m.date).num_days();
    if !m.weekday || !(1..7).contains(&days_before) {
        return m.date;
    }
    m.date.checked_add_days(Days::new(7)).unwrap_or(m.date)
}

/// A token with its lower-case text and the byte range it covers.
struct Word<'a> {
    lower: &'a str,
    raw: &'a str,
    span: Span,
    /// Byte offsets of the token in the document text.
    bytes: (usize, usize),
    /// The text between this token and the next (or the end).
    after: &'a str,
}

impl<'a> Word<'a> {
    fn new(text: &'a str, t: &Token<'a>, lower: &'a str) -> Self {
        let start = t.byte_offset(text);
        let end = (start + t.text.len()).min(text.len());
        Word { lower, raw: t.text, span: t.span, bytes: (start, end), after: "" }
    }

    /// The word without the place in capitals that a dateline joins to its month with a hyphen ("WASHINGTON-April
    /// 27"): only the month is part of the date.
    fn without_dateline_place(self) -> Self {
        let Some((place, month)) = self.raw.rsplit_once('-') else { return self };
        let is_place = place.len() >= 2 && place.bytes().all(|b| b.is_ascii_uppercase());
        if !is_place || month_of(&month.to_lowercase()).is_none() {
            return self;
        }
        let cut = place.len() + 1;
        Word {
            lower: &self.lower[cut..],
            raw: month,
            span: Span::new(self.span.start + cut, self.span.end),
            bytes: (self.bytes.0 + cut, self.bytes.1),
            after: self.after,
        }
    }
}

#[derive(Clone, Copy, Debug)]
enum RawKind {
    /// A complete date.
    Full(NaiveDate),
    /// Month and day without a year.
    DayMonth(u32, u32),
    /// A weekday written with its day and month: "Sunday (17 December)".
    WeekdayDayMonth(Weekday, u32, u32),
    /// A month with its year.
    MonthYear(i32, u32),
    Year(i32),
    Weekday(Weekday),
    /// Days before the anchor: "yesterday" is 1, "today" 0.
    DaysAgo(u64),
    /// Weeks before the anchor: "this week" is 0.
    WeeksAgo(u64),
    MonthsAgo(u32),
    YearsAgo(i32),
}

#[derive(Clone, Copy, Debug)]
struct Raw {
    span: Span,
    kind: RawKind,
}

/// A month's number (January is 1) from its name or abbreviation, with or without a final period.
fn month_of(lower: &str) -> Option<u32> {
    MONTHS.line_of(lower.trim_end_matches('.')).map(|i| i as u32 + 1)
}

/// A weekday from its name or abbreviation, with or without a final period.
fn weekday_of(lower: &str) -> Option<Weekday> {
    const WEEK: [Weekday; 7] =
        [Weekday::Mon, Weekday::Tue, Weekday::Wed, Weekday::Thu, Weekday::Fri, Weekday::Sat, Weekday::Sun];
    WEEKDAYS.line_of(lower.trim_end_matches('.')).and_then(|i| WEEK.get(i).copied())
}

/// A day of the month: "17", "03", "17th".
fn day_of(lower: &str) -> Option<u32> {
    let digits = lower.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let suffix = &lower[digits.len()..];
    if !matches!(suffix, "" | "st" | "nd" | "rd" | "th") || digits.is_empty() || digits.len() > 2 {
        return None;
    }
    digits.parse().ok().filter(|d| (1..=31).contains(d))
}

fn year_of(lower: &str) -> Option<i32> {
    (lower.len() == 4 && lower.bytes().all(|b| b.is_ascii_digit()))
        .then(|| lower.parse().ok())
        .flatten()
        .filter(|y| (1900..=2100).contains(y))
}

/// Whether the gap after a word is only spaces, commas, periods and brackets: words that can share a date.
fn joins(after: &str) -> bool {
    after.len() <= 4 && after.chars().all(|c| matches!(c, ' ' | ',' | '.' | '(' | ')' | '\u{a0}'))
}

fn scan(words: &[Word]) -> Vec<Raw> {
    let mut out = Vec::new();
    let mut i = 0;
    let n = words.len();
    let gap = |i: usize| -> bool { i + 1 < n && joins(words[i].after) };
    while i < n {
        let w = &words[i];
        let lw = w.lower;
        let start = w.span.start;
        let end_of = |j: usize| words[j].span.end;
        // ISO dates: 2013-09-26.
        if let Some(d) = iso_date(lw) {
            out.push(Raw { span: w.span, kind: RawKind::Full(d) });
            i += 1;
            continue;
        }
        // Numeric dates: 05/02/2013, 27/09/2013, 12/16/08.
        if let Some((d, used)) = slash_date(&words[i..]) {
            out.push(Raw { span: Span::new(start, end_of(i + used - 1)), kind: RawKind::Full(d) });
            i += used;
            continue;
        }
        // An optional weekday before a written date.
        let wd = weekday_of(lw);
        let j = if wd.is_some() && gap(i) { i + 1 } else { i };
        if j < n
            && let Some((kind, used)) = written_date(&words[j..], wd.filter(|_| j > i), |k| gap(j + k))
        {
            out.push(Raw { span: Span::new(start, end_of(j + used - 1)), kind });
            i = j + used;
            continue;
        }
        if let Some(wd) = wd {
            if w.raw.chars().next().is_some_and(char::is_uppercase) && lw.len() > 3 {
                out.push(Raw { span: w.span, kind: RawKind::Weekday(wd) });
            }
            i += 1;
            continue;
        }
        if let Some((kind, used)) = relative(&words[i..]) {
            out.push(Raw { span: Span::new(start, end_of(i + used - 1)), kind });
            i += used;
            continue;
        }
        if let Some(y) = year_of(lw)
            && !w.after.starts_with(['%', '-'])
        {
            out.push(Raw { span: w.span, kind: RawKind::Year(y) });
        }
        i += 1;
    }
    out
}

fn iso_date(lower: &str) -> Option<NaiveDate> {
    let mut parts = lower.split('-');
    let (y, m, d) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() || y.len() != 4 || m.len() != 2 || d.len() != 2 {
        return None;
    }
    NaiveDate::from_ymd_opt(year_of(y)?, m.parse().ok()?, d.parse().ok()?)
}

/// Three numbers joined by slashes, the last a year: month first unless the first cannot be a month.
fn slash_date(words: &[Word]) -> Option<(NaiveDate, usize)> {
    let [a, b, c, ..] = words else { return None };
    if a.after != "/" || b.after != "/" {
        return None;
    }
    let x: u32 = a.lower.parse().ok().filter(|_| a.lower.len() <= 2)?;
    let y: u32 = b.lower.parse().ok().filter(|_| b.lower.len() <= 2)?;
    let year: i32 = match c.lower.len() {
        4 => year_of(c.lower)?,
        2 => 2000 + c.lower.parse::<i32>().ok()?,
        _ => return None,
    };
    let (month, day) = if x > 12 { (y, x) } else { (x, y) };
    Some((NaiveDate::from_ymd_opt(year, month, day)?, 3))
}

/// "May 3, 2013", "Dec. 17", "17 December 2017", "December 2008", each with an optional weekday before it.
/// `gap(k)` says whether word `k` joins the word after it.
fn written_date(words: &[Word], wd: Option<Weekday>, gap: impl Fn(usize) -> bool) -> Option<(RawKind, usize)> {
    let word = |k: usize| words.get(k).map(|w| w.lower);
    let (month, day, used) = if let Some(m) = word(0).and_then(month_of) {
        // "May" is too common a word to stand alone; other months may stand with a year.
        match word(1).filter(|_| gap(0)).and_then(day_of) {
            Some(d) => (m, Some(d), 2),
            None => {
                let year = word(1).filter(|_| gap(0)).and_then(year_of)?;
                if word(0) == Some("may") && !words[0].raw.starts_with('M') {
                    return None;
                }
                return Some((RawKind::MonthYear(year, m), 2));
            }
        }
    } else {
        let d = word(0).and_then(day_of)?;
        let m = word(1).filter(|_| gap(0)).and_then(month_of)?;
        (m, Some(d), 2)
    };
    let day = day?;
    if month == 5 && !words[0].raw.starts_with(|c: char| c == 'M' || c.is_ascii_digit()) {
        return None;
    }
    if let Some(y) = word(used).filter(|_| gap(used - 1)).and_then(year_of) {
        let date = NaiveDate::from_ymd_opt(y, month, day)?;
        return Some((RawKind::Full(date), used + 1));
    }
    NaiveDate::from_ymd_opt(2000, month, day)?;
    Some((wd.map_or(RawKind::DayMonth(month, day), |wd| RawKind::WeekdayDayMonth(wd, month, day)), used))
}

/// "yesterday", "today", "last week", "this month", "last year", "two days ago".
fn relative(words: &[Word]) -> Option<(RawKind, usize)> {
    let word = |k: usize| words.get(k).map(|w| w.lower);
    let one = match word(0)? {
        "yesterday" => Some(RawKind::DaysAgo(1)),
        "today" | "tonight" => Some(RawKind::DaysAgo(0)),
        _ => None,
    };
    if one.is_some() {
        return one.map(|k| (k, 1));
    }
    let back = match word(0)? {
        "this" => 0,
        "last" | "past" => 1,
        n => {
            let count = number_word(n)?;
            return match (word(1)?, word(2)?) {
                ("days" | "day", "ago") => Some((RawKind::DaysAgo(count), 3)),
                ("weeks" | "week", "ago") => Some((RawKind::WeeksAgo(count), 3)),
                ("years" | "year", "ago") => Some((RawKind::YearsAgo(count as i32), 3)),
                _ => None,
            };
        }
    };
    let kind = match word(1)? {
        "night" if back == 1 => RawKind::DaysAgo(1),
        "week" | "weekend" => RawKind::WeeksAgo(back),
        "month" => RawKind::MonthsAgo(back as u32),
        "year" => RawKind::YearsAgo(back as i32),
        _ => return None,
    };
    Some((kind, 2))
}

fn number_word(lower: &str) -> Option<u64> {
    const WORDS: [&str; 10] = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];
    WORDS.iter().position(|w| *w == lower).map(|i| i as u64 + 1).or_else(|| lower.parse().ok().filter(|n| *n <= 60))
}

/// The year nearest `near` in which `month`/`day` falls on `wd`.
fn year_for_weekday(wd: Weekday, month: u32, day: u32, near: i32) -> Option<NaiveDate> {
    (0..=28)
        .flat_map(|k| [near + k, near - k])
        .filter_map(|y| NaiveDate::from_ymd_opt(y, month, day))
        .find(|d| d.weekday() == wd)
}

/// The occurrence of `month`/`day` nearest the anchor, allowing up to two months after it.
fn nearest_before(anchor: NaiveDate, month: u32, day: u32) -> Option<NaiveDate> {
    let limit = anchor.checked_add_days(Days::new(62))?;
    [anchor.year(), anchor.year() - 1]
        .into_iter()
        .filter_map(|y| NaiveDate::from_ymd_opt(y, month, day))
        .find(|d| *d <= limit)
}

fn resolve(raw: Raw, anchor: Option<NaiveDate>, latest_year: Option<i32>) -> Option<DateMention> {
    use DatePrecision::*;
    let first_of_year = |y: i32| NaiveDate::from_ymd_opt(y, 1, 1);
    let (date, precision, absolute) = match raw.kind {
        RawKind::Full(d) => (d, Day, true),
        RawKind::Year(y) => (first_of_year(y)?, Year, true),
        RawKind::MonthYear(y, m) => (NaiveDate::from_ymd_opt(y, m, 1)?, Month, true),
        RawKind::WeekdayDayMonth(wd, m, d) => match anchor.and_then(|a| nearest_before(a, m, d)) {
            Some(date) if date.weekday() == wd => (date, Day, false),
            _ => (year_for_weekday(wd, m, d, latest_year.or(anchor.map(|a| a.year()))?)?, Day, true),
        },
        RawKind::DayMonth(m, d) => match anchor {
            Some(a) => (nearest_before(a, m, d)?, Day, false),
            None => (NaiveDate::from_ymd_opt(latest_year?, m, d)?, Day, false),
        },
        RawKind::Weekday(wd) => {
            let a = anchor?;
            let back = (7 + a.weekday().num_days_from_monday() - wd.num_days_from_monday()) % 7;
            (a.checked_sub_days(Days::new(back.into()))?, Day, false)
        }
        RawKind::DaysAgo(n) => (anchor?.checked_sub_days(Days::new(n))?, Day, false),
        RawKind::WeeksAgo(n) => (anchor?.checked_sub_days(Days::new(7 * n))?, Week, false),
        RawKind::MonthsAgo(n) => {
            let a = anchor?.checked_sub_months(Months::new(n))?;
            (NaiveDate::from_ymd_opt(a.year(), a.month(), 1)?, Month, false)
        }
        RawKind::YearsAgo(n) => (first_of_year(anchor?.year().checked_sub(n)?)?, Year, false),
    };
    let weekday = matches!(raw.kind, RawKind::Weekday(_));
    Some(DateMention { span: raw.span, date, precision, absolute, weekday })
}

#[cfg(test)]
#[path = "dates_tests.rs"]
mod tests;
