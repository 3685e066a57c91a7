//! Behaviour of date finding and resolving on short texts: absolute, partial and relative dates, event dates,
//! datelines and bare weekdays.

use super::*;
use crate::ingest;
use crate::model::{DocId, SourceFormat};

fn doc(text: &str, published: Option<NaiveDate>) -> Document {
    let mut d = ingest::load_bytes("test", text.as_bytes(), SourceFormat::Text, DocId(0)).expect("test text");
    d.source.published = published;
    d
}

fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("valid date")
}

fn resolved(text: &str, published: Option<NaiveDate>) -> Vec<(String, NaiveDate)> {
    let d = doc(text, published);
    date_mentions(&d, published).into_iter().map(|m| (d.slice(m.span).to_string(), m.date)).collect()
}

#[test]
fn weekdays_point_back_from_the_publication_date() {
    // 2019-12-30 is a Monday.
    let got = resolved("The two spoke Sunday. On Monday the aides met. Friday was quiet.", Some(ymd(2019, 12, 30)));
    assert_eq!(
        got,
        vec![
            ("Sunday".into(), ymd(2019, 12, 29)),
            ("Monday".into(), ymd(2019, 12, 30)),
            ("Friday".into(), ymd(2019, 12, 27))
        ]
    );
}

#[test]
fn relative_phrases_and_partial_dates_use_the_anchor() {
    let got = resolved(
        "He left yesterday. Talks began last year, in 2017, and again this week. It ended Dec. 17 and 3 January.",
        Some(ymd(2019, 1, 10)),
    );
    let dates: Vec<NaiveDate> = got.iter().map(|g| g.1).collect();
    assert_eq!(
        dates,
        vec![ymd(2019, 1, 9), ymd(2018, 1, 1), ymd(2017, 1, 1), ymd(2019, 1, 10), ymd(2018, 12, 17), ymd(2019, 1, 3)]
    );
}

#[test]
fn a_weekday_with_day_and_month_fixes_the_year_without_a_publication_date() {
    let text = "The leaders spoke on Sunday (17 December) about the plot. A similar plot failed in 2016.";
    let d = doc(text, None);
    let dates = date_mentions(&d, None);
    assert_eq!(dates[0].date, ymd(2017, 12, 17));
    assert_eq!(event_date(&d, &dates), Some(ymd(2017, 12, 17)));
}

#[test]
fn datelines_anchor_relative_dates_and_numeric_forms_parse() {
    let text = "May 2, 2013
The actress checked in on Thursday, her lawyer said.
Filed 05/02/2013 and 2013-05-01.";
    let d = doc(text, None);
    let dates = date_mentions(&d, None);
    let got: Vec<NaiveDate> = dates.iter().map(|m| m.date).collect();
    assert_eq!(got, vec![ymd(2013, 5, 2), ymd(2013, 5, 2), ymd(2013, 5, 2), ymd(2013, 5, 1)]);
    assert_eq!(event_date(&d, &dates), Some(ymd(2013, 5, 2)));
}

#[test]
fn a_weekday_after_the_event_moves_on_a_week_and_fixed_dates_stay() {
    // Published on a Sunday (2019-12-29): the event that day, then "Monday" and "Dec. 27".
    let published = Some(ymd(2019, 12, 29));
    let d = doc(
        "The leaders spoke Sunday. A readout came on Monday. Arrests came Dec. 27 and on Monday, Dec. 16.",
        published,
    );
    let dates = date_mentions(&d, published);
    let event = event_date(&d, &dates).expect("an event date");
    assert_eq!(event, ymd(2019, 12, 29));
    let moved: Vec<NaiveDate> = dates.iter().map(|m| on_or_after(m, event)).collect();
    assert_eq!(moved, vec![ymd(2019, 12, 29), ymd(2019, 12, 30), ymd(2019, 12, 27), ymd(2019, 12, 16)]);
}

#[test]
fn a_date_after_the_dateline_is_scheduled_and_not_the_event_reported() {
    let text = "4 October 2013, 18:07 (GMT+05:00)
The vote, which is scheduled for December 15, 2013, will use 125 districts, the commission said on Friday.";
    let d = doc(text, None);
    let dates = date_mentions(&d, None);
    assert_eq!(event_date(&d, &dates), Some(ymd(2013, 10, 4)));
    let published = Some(ymd(2013, 10, 5));
    let d = doc("The vote, scheduled for December 15, 2013, will use 125 districts.", published);
    assert_eq!(event_date(&d, &date_mentions(&d, published)), published);
}

#[test]
fn may_as_a_verb_and_counts_are_not_dates() {
    assert!(resolved("Officials may 3 times refuse; 2500 people came.", Some(ymd(2020, 1, 1))).is_empty());
}

#[test]
fn bare_weekdays_leave_out_written_dates_and_lower_case_abbreviations() {
    let named = bare_weekdays("Pirates struck on Saturday, Dec. 13, and again Tuesday; the sun set at 6.");
    assert_eq!(named, vec![Weekday::Tue]);
}

#[test]
fn a_dateline_without_a_year_gives_its_day_and_month_only_when_no_year_is_written() {
    let lead = "Scientists Urge the Interior and Commerce Secretaries to Act by May 9\nWASHINGTON-April 27 -\nMore \
                than 1,300 scientists today called on the agencies to reverse the rule changes.";
    assert_eq!(dateline_without_year(&doc(lead, None)), Some((4, 27)));
    let with_year = format!("{lead}\nThe rules were adopted in 2008.");
    assert_eq!(dateline_without_year(&doc(&with_year, None)), None);
    let no_dateline = "More than 1,300 scientists on April 27 called on the agencies to reverse the rule changes.";
    assert_eq!(dateline_without_year(&doc(no_dateline, None)), None);
}
