//! The standalone HTML report: the articles side by side with highlights, the divergence table, speakers and
//! readouts, with every piece of article text escaped and nothing loaded from the network.

use super::divergence::{Row, divergence_rows, grouped};
use super::json::status_of;
use crate::model::{Comparison, Document, DocumentAnalysis, Span};
use std::fmt::Write;

const STYLE: &str = "\
body{font:15px/1.5 system-ui,sans-serif;margin:1.5em;color:#1b1b1b;background:#fff}\
h1{font-size:1.4em}h2{font-size:1.15em;margin-top:1.6em}h3{font-size:1em;margin:1.2em 0 0}\
.articles{display:grid;grid-template-columns:repeat(auto-fit,minmax(22em,1fr));gap:1.5em}\
.doc{border:1px solid #ccc;border-radius:6px;padding:0 1em 1em}\
.text{white-space:pre-wrap}.meta{color:#555;font-size:.9em}\
.matched{background:#dff3e0}.unique{background:#fff3c4}.conflict{background:#fbd9d3}\
.quote{text-decoration:underline dotted #345;text-underline-offset:3px}\
.user{outline:1px dashed #555}\
table{border-collapse:collapse;width:100%;margin-top:.5em}\
th,td{border:1px solid #ccc;padding:.3em .5em;vertical-align:top;text-align:left}\
th{background:#f2f2f2}.legend span{padding:0 .4em;margin-right:.6em}";

/// The whole report as one HTML page.
pub fn to_html(c: &Comparison) -> String {
    let names: Vec<&str> = c.documents.iter().map(|d| d.display_name()).collect();
    let mut out = String::new();
    out.push_str("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
    out.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    out.push_str(
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n",
    );
    let _ = writeln!(out, "<title>Counterpart: {}</title>", esc(&names.join(" vs ")));
    let _ = writeln!(out, "<style>{STYLE}</style>\n</head>\n<body>");
    let _ = writeln!(out, "<h1>Counterpart: {}</h1>", esc(&names.join(" vs ")));
    if let Some(e) = &c.event_check {
        let verdict = match e.same_event {
            Some(true) => "The articles report the same event",
            Some(false) if e.one_story => "The articles report two occurrences of one story",
            Some(false) => "The articles report different events",
            None => "It is unclear whether the articles report the same event",
        };
        let _ = writeln!(out, "<p><strong>{verdict}.</strong> {}</p>", esc(&e.why));
    }
    for w in &c.warnings {
        let _ = writeln!(out, "<p class=\"meta\">Note: {}</p>", esc(w));
    }
    out.push_str(
        "<p class=\"legend\"><span class=\"matched\">matched</span><span class=\"unique\">only in one article</span>\
         <span class=\"conflict\">conflict</span><span class=\"quote\">quote</span>\
         <span class=\"user\">marked by the user</span></p>\n",
    );
    out.push_str("<div class=\"articles\">\n");
    for (doc, an) in c.documents.iter().zip(&c.analyses) {
        article(&mut out, c, doc, an);
    }
    out.push_str("</div>\n");
    divergence_table(&mut out, &divergence_rows(c));
    speakers_table(&mut out, c);
    readouts_table(&mut out, c);
    out.push_str("</body>\n</html>\n");
    out
}

/// Escapes text for HTML element content and attribute values.
pub fn esc(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for ch in text.chars() {
        match ch {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(ch),
        }
    }
    out
}

fn article(out: &mut String, c: &Comparison, doc: &Document, an: &DocumentAnalysis) {
    let letter = letter(doc.id.0 as usize);
    let _ = writeln!(out, "<section class=\"doc\" id=\"{}\">\n<h2>{letter}: {}</h2>", doc.id, esc(doc.display_name()));
    let mut meta = Vec::new();
    meta.extend(doc.source.outlet.as_deref().map(esc));
    meta.extend(doc.source.byline.as_deref().map(esc));
    meta.extend(doc.source.published.map(|d| d.to_string()));
    meta.extend(doc.source.url.as_deref().map(esc));
    if !meta.is_empty() {
        let _ = writeln!(out, "<p class=\"meta\">{}</p>", meta.join(" · "));
    }
    let statuses = c.claim_statuses(doc.id);
    let claims: Vec<(Span, String, String)> = an
        .claims
        .iter()
        .filter(|cl| c.is_live_claim(cl.id))
        .map(|cl| {
            let mut class = status_of(&statuses, cl.id).to_string();
            if cl.by_user {
                class.push_str(" user");
            }
            (cl.span, class, cl.id.to_string())
        })
        .collect();
    let quotes: Vec<Span> = an.quotes.iter().map(|q| q.span).collect();
    out.push_str("<div class=\"text\">");
    highlighted(out, doc, &claims, &quotes);
    out.push_str("</div>\n</section>\n");
}

/// Writes the text cut at every claim and quote boundary, each piece in a span classed by what covers it.
///
/// One sweep over the cuts keeps the claims and quotes that cover the current piece, so the work grows with
/// the number of pieces times the (small) number of spans open at once.
fn highlighted(out: &mut String, doc: &Document, claims: &[(Span, String, String)], quotes: &[Span]) {
    let len = doc.char_len();
    let clamp = |s: Span| Span::new(s.start.min(len), s.end.min(len).max(s.start.min(len)));
    let mut claims: Vec<(Span, &str, &str)> =
        claims.iter().map(|(s, c, id)| (clamp(*s), c.as_str(), id.as_str())).collect();
    claims.sort_by_key(|(s, _, _)| s.start);
    let mut quotes: Vec<Span> = quotes.iter().map(|q| clamp(*q)).collect();
    quotes.sort();
    let mut cuts: Vec<usize> = vec![0, len];
    for s in claims.iter().map(|c| c.0).chain(quotes.iter().copied()) {
        cuts.push(s.start);
        cuts.push(s.end);
    }
    cuts.sort_unstable();
    cuts.dedup();
    let index = crate::model::CharIndex::new(&doc.text);
    let (mut next_claim, mut next_quote) = (0, 0);
    let mut open_claims: Vec<(Span, &str, &str)> = Vec::new();
    let mut open_quotes: Vec<Span> = Vec::new();
    for w in cuts.windows(2) {
        let piece = Span::new(w[0], w[1]);
        open_claims.retain(|(s, _, _)| s.end > piece.start);
        open_quotes.retain(|s| s.end > piece.start);
        while let Some(cl) = claims.get(next_claim).filter(|(s, _, _)| s.start <= piece.start) {
            let _ = write!(out, "<span id=\"{}\"></span>", cl.2);
            open_claims.push(*cl);
            next_claim += 1;
        }
        while let Some(q) = quotes.get(next_quote).filter(|s| s.start <= piece.start) {
            open_quotes.push(*q);
            next_quote += 1;
        }
        let text = esc(&doc.text[index.byte_range(piece)]);
        let claim = open_claims.iter().filter(|(s, _, _)| s.contains(piece)).min_by_key(|(s, _, _)| s.len());
        let in_quote = open_quotes.iter().any(|q| q.contains(piece));
        let mut class = claim.map(|(_, class, _)| class.to_string()).unwrap_or_default();
        if in_quote {
            class.push_str(if class.is_empty() { "quote" } else { " quote" });
        }
        if class.is_empty() {
            out.push_str(&text);
        } else {
            let title = claim.map(|(_, _, id)| format!(" title=\"{id}\"")).unwrap_or_default();
            let _ = write!(out, "<span class=\"{class}\"{title}>{text}</span>");
        }
    }
}

/// The divergence table: one table per group under its heading, each row linking to its claims in the articles.
fn divergence_table(out: &mut String, rows: &[Row]) {
    out.push_str("<h2>Divergence</h2>\n");
    if rows.is_empty() {
        out.push_str("<p>Nothing to compare: the report needs two articles.</p>\n");
        return;
    }
    for (group, rows) in grouped(rows) {
        let _ = writeln!(out, "<h3>{}</h3>", esc(group.heading()));
        out.push_str("<table>\n<tr><th>A</th><th>B</th><th>Reason</th></tr>\n");
        for r in rows {
            let cell = |id: &Option<String>, text: &str| match id {
                Some(id) => format!("<a href=\"#{id}\">{id}</a> {}", esc(text)),
                None => esc(text),
            };
            let _ = writeln!(
                out,
                "<tr><td>{}</td><td>{}</td><td>{}</td></tr>",
                cell(&r.a_id, &r.a),
                cell(&r.b_id, &r.b),
                esc(&r.detail)
            );
        }
        out.push_str("</table>\n");
    }
}

fn speakers_table(out: &mut String, c: &Comparison) {
    out.push_str("<h2>Speakers</h2>\n");
    if c.speakers.is_empty() {
        out.push_str("<p>No speakers found.</p>\n");
        return;
    }
    out.push_str("<table>\n<tr><th>Speaker</th><th>Kind</th><th>Role</th><th>Also called</th><th>Quotes</th></tr>\n");
    for s in &c.speakers {
        let counts: Vec<String> = c
            .analyses
            .iter()
            .map(|an| {
                let n = an.quotes.iter().filter(|q| q.speaker == Some(s.id)).count();
                format!("{}: {n}", letter(an.doc.0 as usize))
            })
            .collect();
        let _ = writeln!(
            out,
            "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
            esc(&s.name),
            s.kind,
            esc(s.role.as_deref().unwrap_or("")),
            esc(&s.aliases.join(", ")),
            counts.join(", ")
        );
    }
    out.push_str("</table>\n");
}

fn readouts_table(out: &mut String, c: &Comparison) {
    out.push_str("<h2>Readouts</h2>\n");
    let all: Vec<_> = c.analyses.iter().flat_map(|an| an.readouts.iter()).collect();
    if all.is_empty() {
        out.push_str("<p>No official readouts found.</p>\n");
        return;
    }
    out.push_str("<table>\n<tr><th>Article</th><th>Wording</th><th>Kind</th><th>Issuer</th><th>Date</th></tr>\n");
    for r in all {
        let wording = c.document(r.id.doc).map(|d| d.slice(r.evidence)).unwrap_or("");
        let issuer = r.issuer.and_then(|s| c.speaker(s)).map(|s| s.name.as_str()).unwrap_or("");
        let _ = writeln!(
            out,
            "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
            letter(r.id.doc.0 as usize),
            esc(wording),
            r.kind,
            esc(issuer),
            r.date.map(|d| d.to_string()).unwrap_or_default()
        );
    }
    out.push_str("</table>\n");
}

/// A, B, C… for documents in order; past Z, the document number.
fn letter(i: usize) -> String {
    match u8::try_from(i) {
        Ok(n) if n < 26 => char::from(b'A' + n).to_string(),
        _ => format!("#{}", i + 1),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markup_and_quotes() {
        assert_eq!(
            esc("<script>alert('x')</script> & \"y\""),
            "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;y&quot;"
        );
    }

    #[test]
    fn letters_name_documents() {
        assert_eq!(letter(0), "A");
        assert_eq!(letter(25), "Z");
        assert_eq!(letter(26), "#27");
    }
}
