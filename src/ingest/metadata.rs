//! Facts about an article read from its URL: the outlet's name and a dated path.

use chrono::NaiveDate;

/// The outlet's name from a URL's host: `https://www.cnn.com/...` gives "CNN", `bbc.co.uk` gives "BBC".
pub fn outlet_from_url(url: &str) -> Option<String> {
    let host = url.split("://").nth(1)?.split(['/', '?', '#']).next()?.split(':').next()?.to_ascii_lowercase();
    let labels: Vec<&str> = host.split('.').filter(|l| !l.is_empty() && *l != "www").collect();
    // The registrable name is the label before the public suffix ("co.uk", "com.au", "com", ...).
    let name = match labels.as_slice() {
        [.., name, second, _tld] if matches!(*second, "co" | "com" | "org" | "net" | "gov" | "ac") => *name,
        [.., name, _tld] => *name,
        [name] => *name,
        [] => return None,
    };
    if let Some(known) = crate::assets::OUTLETS.get(name) {
        return Some((*known).to_owned());
    }
    Some(if name.len() <= 4 {
        name.to_ascii_uppercase()
    } else {
        let mut chars = name.chars();
        chars.next().map(|c| c.to_ascii_uppercase().to_string() + chars.as_str()).unwrap_or_default()
    })
}

/// A publication date from a dated URL path: `/2019/12/29/`, `/2019-12-29/` or `/20191229/`.
pub fn date_from_url(url: &str) -> Option<NaiveDate> {
    let path = url.split("://").nth(1).map(|rest| rest.split_once('/').map_or("", |(_, p)| p)).unwrap_or(url);
    let parts: Vec<&str> = path.split(['/', '?', '#']).collect();
    for w in parts.windows(3) {
        if let (Ok(y), Ok(m), Ok(d)) = (w[0].parse::<i32>(), w[1].parse::<u32>(), w[2].parse::<u32>())
            && w[0].len() == 4
            && let Some(date) = plausible_date(y, m, d)
        {
            return Some(date);
        }
    }
    parts.iter().find_map(|p| {
        let digits = p.get(..10).filter(|s| s.as_bytes()[4] == b'-' && s.as_bytes()[7] == b'-');
        if let Some(s) = digits {
            let (y, m, d) = (s[..4].parse().ok()?, s[5..7].parse().ok()?, s[8..10].parse().ok()?);
            return plausible_date(y, m, d);
        }
        (p.len() == 8 && p.bytes().all(|b| b.is_ascii_digit()))
            .then(|| plausible_date(p[..4].parse().ok()?, p[4..6].parse().ok()?, p[6..].parse().ok()?))
            .flatten()
    })
}

fn plausible_date(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
    (1900..=2200).contains(&y).then(|| NaiveDate::from_ymd_opt(y, m, d)).flatten()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn outlet_names_from_hosts() {
        assert_eq!(outlet_from_url("https://www.cnn.com/2019/x").as_deref(), Some("CNN"));
        assert_eq!(outlet_from_url("https://www.bbc.co.uk/news").as_deref(), Some("BBC"));
        assert_eq!(outlet_from_url("http://nytimes.com/a").as_deref(), Some("The New York Times"));
        assert_eq!(outlet_from_url("https://www.ibtimes.co.uk/x").as_deref(), Some("International Business Times"));
        assert_eq!(outlet_from_url("https://example.org:8080/").as_deref(), Some("Example"));
        assert_eq!(outlet_from_url("not a url"), None);
    }

    #[test]
    fn dates_from_paths() {
        let d = |s: &str| date_from_url(s).map(|d| d.to_string());
        assert_eq!(d("https://www.cnn.com/2019/12/29/politics/a/index.html").as_deref(), Some("2019-12-29"));
        assert_eq!(d("https://x.com/news/2017-12-18-putin").as_deref(), Some("2017-12-18"));
        assert_eq!(d("https://x.com/a/20171218/b").as_deref(), Some("2017-12-18"));
        assert_eq!(d("https://x.com/2019/13/40/a"), None);
        assert_eq!(d("https://x.com/article/123"), None);
    }
}
