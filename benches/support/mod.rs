//! Synthetic news articles for benchmarks: generated, deterministic, and free of anyone's copyright.

/// A small deterministic generator (xorshift), so every run benchmarks the same text.
pub(crate) struct Rng(u64);

impl Rng {
    pub(crate) fn new(seed: u64) -> Self {
        Rng(seed.max(1))
    }

    pub(crate) fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    pub(crate) fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[(self.next() % items.len() as u64) as usize]
    }
}

const PEOPLE: &[&str] = &[
    "Maria Lopez",
    "Daniel Okafor",
    "Yuki Tanaka",
    "Ahmed Karim",
    "Elena Petrova",
    "James Whitfield",
    "Priya Nair",
    "Lars Eriksen",
    "Grace Mensah",
    "Tomas Novak",
];
const ROLES: &[&str] = &["the finance minister", "the mayor", "a spokeswoman", "the police chief", "the senator"];
const BODIES: &[&str] =
    &["the Interior Ministry", "the city council", "the Federal Aviation Agency", "the White House"];
const PLACES: &[&str] = &["Lisbon", "Nairobi", "Osaka", "Denver", "Krakow", "Valparaiso", "Tallinn", "Perth"];
const DAYS: &[&str] = &["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
const EVENTS: &[&str] = &[
    "approved a new budget for schools and hospitals",
    "arrested two men suspected of planning an attack",
    "announced a ceasefire after weeks of talks",
    "opened an inquiry into the collapse of the bridge",
    "signed a trade agreement covering steel and grain",
    "evacuated residents as the river kept rising",
];
const CUES: &[&str] = &["said", "told reporters", "said in a statement", "added", "wrote on social media"];
const QUOTES: &[&str] = &[
    "We will not let this stand, and we will work with our partners to make sure it never happens again",
    "The numbers are better than we expected, but there is a lot of work ahead of us",
    "Nobody should have to live like this",
    "This is a good day for the people of this city",
];

/// One paragraph of news-like prose: a report, a quote with attribution, or background with numbers and dates.
pub(crate) fn paragraph(rng: &mut Rng) -> String {
    let (person, place, day) = (rng.pick(PEOPLE), rng.pick(PLACES), rng.pick(DAYS));
    match rng.next() % 4 {
        0 => format!(
            "Officials in {place} {} on {day}, according to {}. The decision affects {} people, {} {}.",
            rng.pick(EVENTS),
            rng.pick(BODIES),
            rng.next() % 90_000 + 1000,
            rng.pick(ROLES),
            rng.pick(CUES)
        ),
        1 => format!("\"{}.\" {person}, {}, {} on {day}.", rng.pick(QUOTES), rng.pick(ROLES), rng.pick(CUES)),
        2 => format!(
            "{person} {} that the plan was \"{}\" and that a vote would follow in {}.",
            rng.pick(CUES),
            rng.pick(QUOTES).to_lowercase(),
            2000 + rng.next() % 30
        ),
        _ => format!(
            "In {}, {} {} in {place}. Mr. {} said the U.S. Embassy had been told.",
            2000 + rng.next() % 25,
            rng.pick(BODIES),
            rng.pick(EVENTS),
            person.split(' ').next_back().unwrap_or(person)
        ),
    }
}

/// A plain-text article of about `bytes` bytes, one paragraph a line.
pub(crate) fn text_article(bytes: usize, seed: u64) -> String {
    let mut rng = Rng::new(seed);
    let mut out = String::with_capacity(bytes + 512);
    while out.len() < bytes {
        out.push_str(&paragraph(&mut rng));
        out.push_str("\n\n");
    }
    out
}

/// The same article as Markdown with a heading and some emphasis.
pub(crate) fn markdown_article(bytes: usize, seed: u64) -> String {
    format!("# Generated report {seed}\n\n{}", text_article(bytes, seed).replace(" on Monday", " on *Monday*"))
}

/// The same article as a saved web page with navigation, scripts and a footer around it.
pub(crate) fn html_article(bytes: usize, seed: u64) -> String {
    let body: String = text_article(bytes, seed)
        .split("\n\n")
        .filter(|p| !p.is_empty())
        .map(|p| format!("<p>{}</p>\n", p.replace('&', "&amp;").replace('<', "&lt;")))
        .collect();
    format!(
        "<!DOCTYPE html><html><head><title>Generated report {seed}</title><script>var t = 1;</script></head>\
         <body><nav><a href=\"/\">Home</a></nav><article><h1>Generated report {seed}</h1>\n{body}</article>\
         <footer>Share this article</footer></body></html>"
    )
}
