//! The divergence table as Markdown, one table per group, to paste into a story or a fact-check, with every cell
//! escaped.

use super::divergence::{divergence_rows, grouped};
use crate::model::Comparison;
use std::fmt::Write;

/// A heading naming the articles, then the divergence table of the first two, one table per group under its
/// heading.
pub fn to_markdown(c: &Comparison) -> String {
    let mut out = String::new();
    let names: Vec<String> = c.documents.iter().map(|d| cell(d.display_name())).collect();
    let _ = writeln!(out, "# Counterpart: {}\n", names.join(" vs "));
    for (i, name) in names.iter().enumerate().take(2) {
        let _ = writeln!(out, "- **{}**: {name}", if i == 0 { "A" } else { "B" });
    }
    if let Some(e) = &c.event_check {
        let verdict = match e.same_event {
            Some(true) => "same event",
            Some(false) if e.one_story => "two occurrences of one story",
            Some(false) => "different events",
            None => "unclear whether it is the same event",
        };
        let _ = writeln!(out, "- **Event**: {verdict}: {}", cell(&e.why));
    }
    out.push('\n');
    let rows = divergence_rows(c);
    if rows.is_empty() {
        out.push_str("Nothing to compare: the table needs two articles.\n");
        return out;
    }
    for (group, rows) in grouped(&rows) {
        let _ = writeln!(out, "## {}\n\n| A | B | Reason |\n|---|---|---|", group.heading());
        for r in rows {
            let _ = writeln!(out, "| {} | {} | {} |", cell(&r.a), cell(&r.b), cell(&r.detail));
        }
        out.push('\n');
    }
    out
}

/// Escapes text for one table cell: Markdown punctuation gets a backslash, HTML is defused, and line breaks
/// become spaces so that the row stays one line.
pub fn cell(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for ch in text.chars() {
        match ch {
            '\\' | '`' | '*' | '_' | '[' | ']' | '|' | '#' | '~' | '!' => {
                out.push('\\');
                out.push(ch);
            }
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '\n' | '\r' | '\t' => out.push(' '),
            _ => out.push(ch),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_escape_markdown_and_html() {
        assert_eq!(cell("a|b *c* <b>\nd"), "a\\|b \\*c\\* &lt;b&gt; d");
        assert_eq!(cell("[link](x)"), "\\[link\\](x)");
    }

    #[test]
    fn two_occurrences_of_one_story_are_named_as_such() {
        let check = |one_story| {
            let why = "the events are dated 7 days apart".to_string();
            let event_check = Some(crate::model::EventCheck { same_event: Some(false), why, one_story });
            to_markdown(&Comparison { event_check, ..Default::default() })
        };
        assert!(check(true).contains("- **Event**: two occurrences of one story: the events are dated 7 days apart"));
        assert!(check(false).contains("- **Event**: different events: the events are dated 7 days apart"));
    }
}
