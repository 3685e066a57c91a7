//! Decides whether two documents report the same event, from their dates, places and participants.

use super::counterparts::{ClaimFeatures, TermKind, claim_features, protagonist};
use super::dates::{DateMention, bare_weekdays, date_mentions, dateline_without_year, reported_day};
use crate::model::{Comparison, DocId, Document, EventCheck, Span, SpeakerKind, slice_chars};
use chrono::{Datelike, NaiveDate, Weekday};
use std::collections::BTreeMap;
use std::sync::Arc;

/// Event dates this many days apart or fewer belong to one story when the leads share a name: a story's reports
/// spread over weeks as it develops (a stay in rehab, contract talks, a manhunt).
const SAME_DAYS: i64 = 60;
/// Event dates of one story this many days apart or more are two occurrences of it: a week apart is not the same
/// time, and reports of one occurrence come within days of it.
const OCCURRENCE_DAYS: i64 = 7;
/// Event dates further apart than this are different events; in between, stories that develop over months
/// (a trial, a season) may still be one event, and the participants decide.
const DIFFERENT_DAYS: i64 = 180;
/// More than a third of the smaller lead's names must be in the other lead for one event.
const SHARED_NAMES: f32 = 0.34;
/// How many leading claims hold the participants and places of the main event.
const LEAD: usize = 5;
/// The kinds of actor an article may be about: a person, or a body such as a ship, a team or a company ("INS
/// Mysore" against "Indian Naval Ship Sukanya").
const PARTICIPANTS: &[SpeakerKind] = &[SpeakerKind::Person, SpeakerKind::Organization];
/// How many days a report's event date may lie after the weekday another report gives its event: a date read off a
/// page is often its publication date, a day or two after the event ("… on Saturday night", published Monday).
const WEEKDAY_LAG: u32 = 2;
/// How many days after the other's event date that weekday may lie: the day after is when statements about an event
/// often come ("… police said Sunday").
const WEEKDAY_AFTER: u32 = 1;

/// Whether documents `a` and `b` report the same event. `dates` are their date mentions with their publication
/// dates, as [`date_mentions`] gives them.
pub(super) fn check_event(comparison: &Comparison, a: DocId, b: DocId, dates: [&[DateMention]; 2]) -> EventCheck {
    let (Some(doc_a), Some(doc_b), Some(an_a), Some(an_b)) =
        (comparison.document(a), comparison.document(b), comparison.analysis(a), comparison.analysis(b))
    else {
        return EventCheck { same_event: None, why: "one of the documents is missing".into(), one_story: false };
    };
    let lead = |doc: &Document, claims: &[crate::model::Claim], dates: &[DateMention]| -> Vec<ClaimFeatures> {
        let claims = &claims[..claims.len().min(LEAD)];
        // The leads' dates are read without the publication date; without one, the dates given are those.
        match doc.source.published {
            None => claim_features(doc, claims, dates, None),
            Some(_) => claim_features(doc, claims, &date_mentions(doc, None), None),
        }
    };
    let (la, lb) = rayon::join(|| lead(doc_a, &an_a.claims, dates[0]), || lead(doc_b, &an_b.claims, dates[1]));
    let (names_a, names_b) = (names(&la), names(&lb));
    let shared: Vec<&Arc<str>> = names_a.keys().filter(|k| names_b.contains_key(*k)).collect();
    let smaller = names_a.len().min(names_b.len()).max(1);
    let overlap = shared.len() as f32 / smaller as f32;
    let shown: Vec<&str> = shared.iter().take(5).filter_map(|k| names_a.get(*k)).map(String::as_str).collect();
    let shared_words = listed(&shown);
    if let (Some(da), Some(db)) = (an_a.event_date, an_b.event_date) {
        let days = (da - db).num_days().abs();
        if days > DIFFERENT_DAYS {
            let apart = match (days + 182) / 365 {
                _ if days < 365 => format!("{days} days"),
                1 => "about a year".to_string(),
                years => format!("about {years} years"),
            };
            let leads = if shown.is_empty() {
                "the leads name none of the same people or places".to_string()
            } else {
                format!("both leads name {shared_words}")
            };
            return EventCheck {
                same_event: Some(false),
                why: format!("the events are dated {apart} apart, {} and {}; {leads}", day(da), day(db)),
                one_story: false,
            };
        }
        if days <= SAME_DAYS && overlap > 0.0 {
            let dated = if days == 0 {
                format!("both events are dated {}", day(da))
            } else {
                format!(
                    "the events are dated {days} {} apart, {} and {}",
                    plural(days as usize, "day"),
                    day(da),
                    day(db)
                )
            };
            if days >= OCCURRENCE_DAYS {
                return EventCheck {
                    same_event: Some(false),
                    why: format!("{dated}: two occurrences of one story, whose leads both name {shared_words}"),
                    one_story: true,
                };
            }
            return EventCheck {
                same_event: Some(true),
                why: format!("{dated}, and both leads name {shared_words}"),
                one_story: false,
            };
        }
    }
    let shares_names = overlap > 0.0;
    if let Some(check) = dateline_apart(comparison, a, b, shares_names, &shared_words)
        .or_else(|| dateline_apart(comparison, b, a, shares_names, &shared_words))
    {
        return check;
    }
    if let Some(why) = years_apart(comparison, a, (b, dates[1]))
        .or_else(|| years_apart(comparison, b, (a, dates[0])))
        .or_else(|| weekdays_apart(comparison, (a, dates[0]), b))
        .or_else(|| weekdays_apart(comparison, (b, dates[1]), a))
    {
        return EventCheck { same_event: Some(false), why, one_story: false };
    }
    if names_a.is_empty() || names_b.is_empty() {
        return EventCheck {
            same_event: None,
            why: "the leads name no participants or places to compare".into(),
            one_story: false,
        };
    }
    if let Some((pa, pb)) = protagonists_apart(comparison, (a, &names_a), (b, &names_b)) {
        return EventCheck {
            same_event: Some(false),
            why: format!(
                "each lead tells of a participant the other article never names: \u{201c}{pa}\u{201d} and \
                 \u{201c}{pb}\u{201d}"
            ),
            one_story: false,
        };
    }
    let same = overlap >= SHARED_NAMES;
    let why = if same {
        format!("both leads name the same people or places: {shared_words}")
    } else {
        few_shared(&shown, shared.len(), names_a.len(), names_b.len())
    };
    EventCheck { same_event: Some(same), why, one_story: false }
}

/// The people or bodies that two articles are each about ([`protagonist`]: named at least twice, and never by the
/// other), when each lead names its own by a full name and neither is only a source the article quotes: two events
/// of one kind with other participants (a champion's two fights, two actresses' stays in rehab, two warships'
/// rescues). Each document comes with its lead's names.
fn protagonists_apart(
    comparison: &Comparison,
    (a, names_a): (DocId, &BTreeMap<Arc<str>, String>),
    (b, names_b): (DocId, &BTreeMap<Arc<str>, String>),
) -> Option<(String, String)> {
    let (da, db) = (a.0 as usize, b.0 as usize);
    let in_lead = |doc: usize, other: usize, names: &BTreeMap<Arc<str>, String>| {
        // A full name: a single capitalised word may be a place or an office ("Cliffside", "Interior").
        let person = protagonist(&comparison.actors, doc, other, PARTICIPANTS).filter(|p| !p.quoted)?;
        let words: Vec<&str> = person.name.split_whitespace().collect();
        let surname = words.last().filter(|_| words.len() >= 2)?;
        names.values().any(|n| n == surname).then(|| person.name.clone())
    };
    Some((in_lead(da, db, names_a)?, in_lead(db, da, names_b)?))
}

/// When `dated` has an event date and `other` has none, but a dateline that gives no year ([`dateline_without_year`]):
/// the verdict from the fewest days between that event and the dateline's day in any year. A week or more is another
/// occurrence, as between two event dates, and up to `SAME_DAYS`, with a name the leads share (`shares_names`, the
/// names listed in `shared_words`), another occurrence of one story. Fewer days leave the verdict to the names.
fn dateline_apart(
    comparison: &Comparison,
    dated: DocId,
    other: DocId,
    shares_names: bool,
    shared_words: &str,
) -> Option<EventCheck> {
    let event = comparison.analysis(dated)?.event_date?;
    if comparison.analysis(other)?.event_date.is_some() {
        return None;
    }
    let (month, day_of_month) = dateline_without_year(comparison.document(other)?)?;
    let (nearest, days) = (event.year() - 1..=event.year() + 1)
        .filter_map(|y| NaiveDate::from_ymd_opt(y, month, day_of_month))
        .map(|d| (d, (d - event).num_days().abs()))
        .min_by_key(|&(_, days)| days)?;
    if days < OCCURRENCE_DAYS {
        return None;
    }
    let one_story = days <= SAME_DAYS && shares_names;
    let apart = format!(
        "one article's event is dated {}, and the other's dateline, which gives no year, {}: at least {days} days \
         apart",
        day(event),
        nearest.format("%-d %B")
    );
    let why = if one_story {
        format!("{apart}, two occurrences of one story, whose leads both name {shared_words}")
    } else {
        apart
    };
    Some(EventCheck { same_event: Some(false), why, one_story })
}

/// When `dated` has an event date and `other` has none, but every year `other` mentions lies at least two years
/// before it: the undated article was written before the dated event happened. The year before is not enough,
/// as a report of this year's event often names only the year its story began in ("the 2012 crash"). `other` comes
/// with its date mentions.
fn years_apart(comparison: &Comparison, dated: DocId, (other, dates): (DocId, &[DateMention])) -> Option<String> {
    let event = comparison.analysis(dated)?.event_date?;
    if comparison.analysis(other)?.event_date.is_some() {
        return None;
    }
    let latest = dates.iter().filter(|m| m.absolute).map(|m| m.date.year()).max()?;
    (latest < event.year() - 1).then(|| {
        format!(
            "one article's event is dated {}, but the latest year the other mentions is {latest}, so it was written \
             before that event",
            day(event)
        )
    })
}

/// When `dated`'s lead gives the day of its event and `other` has no event date, but every weekday that `other`'s
/// lead names on its own falls outside the `WEEKDAY_LAG` days up to that day and the `WEEKDAY_AFTER` days after it:
/// the two tell of two occurrences of the same kind of event (a second fight between two boxers, another attack
/// foiled by one navy). A dateline alone says when the article was written, not the day of its event, and any
/// weekday of the week before fits it. `dated` comes with its date mentions.
fn weekdays_apart(comparison: &Comparison, (dated, dates): (DocId, &[DateMention]), other: DocId) -> Option<String> {
    let event = reported_day(comparison.document(dated)?, dates)?;
    let analysis = comparison.analysis(other)?;
    if analysis.event_date.is_some() {
        return None;
    }
    let doc = comparison.document(other)?;
    let lead_end = analysis.claims[..analysis.claims.len().min(LEAD)].last()?.span.end;
    let named = bare_weekdays(slice_chars(&doc.text, Span::new(0, lead_end)));
    let fits = |wd: &Weekday| {
        event.weekday().days_since(*wd) <= WEEKDAY_LAG || wd.days_since(event.weekday()) <= WEEKDAY_AFTER
    };
    let first = named.first()?;
    (!named.iter().any(fits)).then(|| {
        format!(
            "one article's event is dated {} {}, but the other, which gives no date, tells of its event on a {}",
            day_name(event.weekday()),
            day(event),
            day_name(*first)
        )
    })
}

/// Why the leads were judged to report different events when they name few of the same people or places: how
/// many of the names in the lead with fewer names the other lead also holds, and which.
fn few_shared(shown: &[&str], shared: usize, len_a: usize, len_b: usize) -> String {
    let (fewer, more) = (len_a.min(len_b), len_a.max(len_b));
    let names = format!("{fewer} {} in one lead", plural(fewer, "name"));
    match shared {
        0 => format!(
            "the two leads name none of the same people or places: none of the {names} is among the {more} in the other"
        ),
        n => format!(
            "the two leads name few of the same people or places: only {n} of the {names} {} among the {more} in the \
             other ({})",
            if n == 1 { "is" } else { "are" },
            listed(shown)
        ),
    }
}

/// A list of names in words: "Putin", "Putin and Trump", "Kremlin, Putin and Trump".
fn listed(names: &[&str]) -> String {
    match names {
        [] => String::new(),
        [one] => (*one).to_string(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

/// The word, with an "s" unless there is one.
fn plural(n: usize, word: &str) -> String {
    if n == 1 { word.to_string() } else { format!("{word}s") }
}

/// A date as a reader writes it: "29 December 2019".
fn day(date: chrono::NaiveDate) -> String {
    date.format("%-d %B %Y").to_string()
}

fn day_name(day: Weekday) -> &'static str {
    ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"][day.num_days_from_monday() as usize]
}

/// The names (people, places, bodies) that lead claims hold: their keys and the words as first written. Capitals
/// decide, unsettled (the linker's `settle_capitalised_terms` is not applied): every capitalised word of a
/// title-case headline counts, which also catches the words of the event it reports ("Checks Into Rehab").
fn names(features: &[ClaimFeatures]) -> BTreeMap<Arc<str>, String> {
    let mut out = BTreeMap::new();
    for t in features.iter().flat_map(|f| f.terms.iter()).filter(|t| t.kind == TermKind::Name) {
        out.entry(t.key.clone()).or_insert_with(|| t.surface.clone());
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::analysis::compare;
    use crate::ingest;
    use crate::model::{DocId, EventCheck, SourceFormat};

    fn check(a: &str, b: &str) -> Option<EventCheck> {
        let load = |t: &str, i| ingest::load_bytes("test", t.as_bytes(), SourceFormat::Text, DocId(i)).expect("text");
        compare(vec![load(a, 0), load(b, 1)]).event_check
    }

    fn verdict(a: &str, b: &str) -> Option<bool> {
        check(a, b).and_then(|e| e.same_event)
    }

    #[test]
    fn the_why_says_in_words_how_few_names_the_leads_share() {
        let check = check(
            "Actress Jane Holloway checked into a clinic in Malibu, her agent Tom Briggs said.",
            "Singer Marco Valli checked into a clinic in Malibu, his manager Lia Conti said.",
        )
        .expect("two documents");
        assert_eq!(check.same_event, Some(false));
        assert_eq!(
            check.why,
            "the two leads name few of the same people or places: only 1 of the 5 names in one lead is among the 5 in \
             the other (Malibu)"
        );
    }

    #[test]
    fn dates_in_the_why_are_written_out() {
        let check = check(
            "March 4, 2021\nFirefighters in Lyon rescued eleven miners on Wednesday.",
            "March 5, 2016\nFirefighters in Lyon rescued eleven miners on Saturday.",
        )
        .expect("two documents");
        assert!(check.why.starts_with("the events are dated about 5 years apart, 3 March 2021 and "), "{}", check.why);
    }

    #[test]
    fn close_dates_and_shared_participants_are_one_event() {
        let same = verdict(
            "March 4, 2021\nFirefighters in Lyon rescued eleven miners on Wednesday, Mayor Grégory Doucet said.",
            "March 5, 2021\nEleven miners were rescued in Lyon on Wednesday, Doucet told reporters.",
        );
        assert_eq!(same, Some(true));
    }

    #[test]
    fn dates_years_apart_are_different_events() {
        let same = verdict(
            "March 4, 2021\nFirefighters in Lyon rescued eleven miners on Wednesday.",
            "March 5, 2016\nFirefighters in Lyon rescued eleven miners on Saturday.",
        );
        assert_eq!(same, Some(false));
    }

    #[test]
    fn reports_of_one_story_a_week_or_more_apart_tell_two_occurrences_of_it() {
        let check = check(
            "March 4, 2021\nFirefighters in Lyon rescued eleven miners on Wednesday, Mayor Grégory Doucet said.",
            "April 20, 2021\nThe miners rescued in Lyon last month met President Macron, Health Minister Véran and union \
             leader Martinez in Paris on Monday.",
        )
        .expect("two documents");
        assert_eq!((check.same_event, check.one_story), (Some(false), true));
        assert_eq!(check.links_as_one_event(), Some(true));
        assert!(
            check.why.contains("apart, 3 March 2021 and 19 April 2021: two occurrences of one story"),
            "{}",
            check.why
        );
    }

    #[test]
    fn reports_of_one_story_less_than_a_week_apart_are_one_event() {
        let check = check(
            "March 4, 2021\nFirefighters in Lyon rescued eleven miners on Wednesday, Mayor Grégory Doucet said.",
            "March 9, 2021\nThe miners rescued in Lyon on Wednesday thanked Mayor Doucet on Monday.",
        )
        .expect("two documents");
        assert_eq!((check.same_event, check.one_story), (Some(true), false), "{}", check.why);
    }

    #[test]
    fn a_dateline_without_a_year_a_week_or_more_from_the_event_in_any_year_is_another_occurrence() {
        // 27 April is 53 days after 5 March in the nearest year; 9 March is 4 days after it, and the names decide.
        let dated = "March 6, 2021\nThe ministry on Friday withdrew the rule on river dams, Minister Clara Weiss said.";
        for (dateline, expected) in [("April 27", (Some(false), true)), ("March 9", (Some(true), false))] {
            let check = check(
                dated,
                &format!(
                    "Scientists Ask the Ministry to Withdraw the Rule on River Dams\nBERLIN-{dateline} -\nScientists \
                     asked Minister Clara Weiss to withdraw the rule on river dams."
                ),
            )
            .expect("two documents");
            assert_eq!((check.same_event, check.one_story), expected, "{dateline}: {}", check.why);
        }
    }

    #[test]
    fn an_undated_article_was_written_before_only_when_its_latest_year_is_two_or_more_years_earlier() {
        // The year before can be when the story began ("her 2012 crash"); years long past cannot report this event.
        for (year, expected) in [(2012, Some(true)), (2009, Some(false))] {
            let same = verdict(
                "May 3, 2013\nActress Jane Holloway checked into a clinic in Malibu on Thursday, her lawyer said.",
                &format!(
                    "Actress Jane Holloway checked into a Malibu clinic, serving a sentence for her {year} crash, her \
                     lawyer said."
                ),
            );
            assert_eq!(same, expected, "{year}");
        }
    }

    #[test]
    fn an_undated_article_whose_event_falls_on_another_weekday_reports_another_occurrence() {
        // The dated article's event is Wednesday 3 March. The day before or after is the same event seen from
        // another report; the Saturday is another rescue.
        for (day, expected) in [("Tuesday", Some(true)), ("Thursday", Some(true)), ("Saturday", Some(false))] {
            let same = verdict(
                "March 4, 2021\nFirefighters in Lyon rescued eleven miners on Wednesday, Mayor Grégory Doucet said.",
                &format!("Firefighters in Lyon rescued eleven miners on {day}, Mayor Grégory Doucet said."),
            );
            assert_eq!(same, expected, "{day}");
        }
    }

    #[test]
    fn a_dateline_alone_does_not_fix_the_weekday_of_the_event() {
        // Written Monday 8 March; the other article's Thursday is four days before. Only the lead's names decide.
        let same = verdict(
            "March 8, 2021\nFirefighters in Lyon rescued eleven miners, Mayor Grégory Doucet said.",
            "Firefighters in Lyon rescued eleven miners on Thursday, Mayor Grégory Doucet said.",
        );
        assert_eq!(same, Some(true));
    }

    #[test]
    fn leads_each_about_someone_the_other_never_names_tell_two_events() {
        let check = check(
            "Champion Ivan Petrov stopped Marco Silva in the seventh round in Mannheim to keep his WBO title.\nSilva \
             was floored twice by Petrov.",
            "Champion Ivan Petrov stopped Tom Baker in the sixth round in Bern to keep his WBO title.\nBaker never \
             recovered from the right hand of Petrov.",
        )
        .expect("two documents");
        assert_eq!(check.same_event, Some(false));
        assert!(check.why.contains("\u{201c}Marco Silva\u{201d} and \u{201c}Tom Baker\u{201d}"), "{}", check.why);
    }

    #[test]
    fn leads_each_about_a_body_the_other_never_names_tell_two_events() {
        let check = check(
            "The destroyer INS Mysore foiled a pirate attack in the Gulf of Aden, the Indian Navy said.\nThe INS \
             Mysore later escorted the freighter to Djibouti.",
            "The frigate INS Tabar foiled a pirate attack in the Gulf of Aden, the Indian Navy said.\nThe INS Tabar \
             later escorted the tanker to Salalah.",
        )
        .expect("two documents");
        assert_eq!(check.same_event, Some(false), "{}", check.why);
        assert!(check.why.contains("\u{201c}INS Mysore\u{201d} and \u{201c}INS Tabar\u{201d}"), "{}", check.why);
    }

    #[test]
    fn a_source_only_one_article_quotes_is_not_whom_it_is_about() {
        let same = verdict(
            "Reporter Dan Smith said the Boston Red Sox offered Mark Ruiz $200 million.\nSmith said the offer was the \
             biggest in club history.",
            "The Boston Red Sox offered Mark Ruiz $184 million over eight years.\nAgent Carl Boras met the Red Sox \
             owners, and Boras asked for more.",
        );
        assert_eq!(same, Some(true));
    }

    #[test]
    fn different_participants_without_dates_are_different_events() {
        let same = verdict(
            "Actress Jane Holloway checked into a clinic in Malibu, her agent Tom Briggs said.",
            "Singer Marco Valli checked into a clinic in Geneva, his manager Lia Conti said.",
        );
        assert_eq!(same, Some(false));
    }
}
