//! Behaviour of the attribution stage on short texts: quotes, speakers, readouts and indirect speech.

use super::*;
use crate::ingest::load_bytes;
use crate::model::{DocId, QuoteKind, ReadoutKind, SourceFormat, SpeakerId, SpeakerKind};
use proptest::prelude::*;

fn doc(text: &str) -> Document {
    load_bytes("test", text.as_bytes(), SourceFormat::Text, DocId(0)).expect("a document")
}

pub(super) struct Found {
    doc: Document,
    att: Attribution,
}

impl Found {
    pub(super) fn new(text: &str) -> Self {
        let doc = doc(text);
        let att = attribute(&doc, &Tokens::new(&doc.text), &[]);
        Found { doc, att }
    }

    /// The quotes that are not indirect, as (text, mention, speaker name).
    fn quoted(&self) -> Vec<(String, String, String)> {
        self.att.quotes.iter().filter(|q| q.kind != QuoteKind::Indirect).map(|q| self.row(q)).collect()
    }

    /// The speaker names of the quotes that are not indirect, in order.
    pub(super) fn speakers(&self) -> Vec<String> {
        self.quoted().into_iter().map(|r| r.2).collect()
    }

    pub(super) fn indirect(&self) -> Vec<(String, String, String)> {
        self.att.quotes.iter().filter(|q| q.kind == QuoteKind::Indirect).map(|q| self.row(q)).collect()
    }

    fn row(&self, q: &Quote) -> (String, String, String) {
        (
            self.doc.slice(q.span).to_string(),
            q.speaker_mention.map(|m| self.doc.slice(m).to_string()).unwrap_or_default(),
            self.speaker(q.speaker).map(|s| s.name.clone()).unwrap_or_default(),
        )
    }

    /// Every speaker found, as (name, kind).
    pub(super) fn speakers_listed(&self) -> Vec<(String, SpeakerKind)> {
        self.att.speakers.iter().map(|s| (s.name.clone(), s.kind)).collect()
    }

    /// The role of the speaker with this name.
    pub(super) fn role_of(&self, name: &str) -> Option<&str> {
        self.att.speakers.iter().find(|s| s.name == name).and_then(|s| s.role.as_deref())
    }

    fn speaker(&self, id: Option<SpeakerId>) -> Option<&Speaker> {
        id.and_then(|id| self.att.speakers.get(id.0 as usize))
    }
}

pub(super) fn row(text: &str, mention: &str, speaker: &str) -> (String, String, String) {
    (text.into(), mention.into(), speaker.into())
}

#[test]
fn speaker_after_the_quote_in_either_order() {
    let f = Found::new(
        "“We will not back down,” Maria Lopez said on Monday.\n“It is over,” said Tom Reed, the party chairman.",
    );
    assert_eq!(
        f.quoted(),
        vec![
            row("“We will not back down,”", "Maria Lopez", "Maria Lopez"),
            row("“It is over,”", "Tom Reed", "Tom Reed"),
        ]
    );
    let reed = f.att.speakers.iter().find(|s| s.name == "Tom Reed").expect("Reed");
    assert_eq!(reed.role.as_deref(), Some("party chairman"));
}

#[test]
fn speaker_before_the_quote_and_according_to() {
    let f = Found::new(
        "Mayor Ann Cole told reporters: \"The bridge will reopen in May.\"\nThe storm caused \"serious damage to the port,\" according to the Coast Guard.",
    );
    let q = f.quoted();
    assert_eq!(q[0].1, "Mayor Ann Cole");
    assert_eq!(q[0].2, "Ann Cole");
    assert_eq!(q[1], row("\"serious damage to the port,\"", "the Coast Guard", "Coast Guard"));
    assert_eq!(
        f.att.speakers.iter().find(|s| s.name == "Coast Guard").map(|s| s.kind),
        Some(SpeakerKind::Organization)
    );
}

#[test]
fn pronouns_and_role_phrases_resolve_to_named_people() {
    let f = Found::new(
        "Interior Minister Karl Brandt visited the flooded town on Tuesday.\n\"We are sending help,\" he said.\n\"Nobody will be left behind,\" the minister added.",
    );
    assert_eq!(
        f.quoted(),
        vec![
            row("\"We are sending help,\"", "he", "Karl Brandt"),
            row("\"Nobody will be left behind,\"", "the minister", "Karl Brandt"),
        ]
    );
    let brandt = f.att.speakers.iter().find(|s| s.name == "Karl Brandt").expect("Brandt");
    assert_eq!(brandt.role.as_deref(), Some("Interior Minister"));
    assert!(brandt.aliases.iter().any(|a| a == "the minister"));
}

#[test]
fn quote_paragraphs_continue_the_speaker_and_one_quote_spans_paragraphs() {
    let f = Found::new(
        "“The plan is ready,” Jane Hill said. “We start next week.”\n“The first phase covers the north.\n“The second covers the south.”",
    );
    let q = f.quoted();
    assert_eq!(q.len(), 3);
    assert!(q.iter().all(|(_, m, s)| m == "Jane Hill" && s == "Jane Hill"), "{q:?}");
    assert_eq!(q[2].0, "“The first phase covers the north.\n“The second covers the south.”");
}

#[test]
fn titles_scare_quotes_and_stray_marks() {
    let f = Found::new(
        "She appeared on \"Good Morning America\" on Monday.\nOn ABC’s “This Week” Sunday, Al Kent said he would run.\nThe \"reform\" passed. He said “we are done.\nLater, “Fine,” Bo Lee said.",
    );
    let q = f.quoted();
    assert!(q.iter().all(|(t, _, _)| !t.contains("Good Morning") && !t.contains("This Week")), "{q:?}");
    assert_eq!(q.last().map(|r| r.0.as_str()), Some("“Fine,”"));
    assert_eq!(q.last().map(|r| r.2.as_str()), Some("Bo Lee"));
    let f = Found::new(
        "DeGeneres hosted the show in 2007, for which she received a nomination for “Outstanding Individual Performance in a Variety or Music Program.”",
    );
    assert_eq!(f.quoted(), vec![], "a long title after \"for\" is no quote");
}

#[test]
fn anonymous_sources_and_groups_are_never_named_people() {
    let f = Found::new(
        "\"This is not normal,\" one Twitter user wrote.\n\"Something is wrong,\" another added.\n\"We disagree,\" officials said.",
    );
    let kinds: Vec<SpeakerKind> = f.att.quotes.iter().filter_map(|q| f.speaker(q.speaker)).map(|s| s.kind).collect();
    assert_eq!(kinds, vec![SpeakerKind::Anonymous, SpeakerKind::Anonymous, SpeakerKind::Group]);
}

#[test]
fn readouts_with_issuer_and_the_quotes_they_carry() {
    let f = Found::new(
        "The leaders discussed trade, according to a Kremlin readout of the call.\n\"Both sides agreed to meet again,\" the statement said. \"Talks will continue.\"\nThe White House issued a readout on Monday.",
    );
    let readouts = &f.att.readouts;
    assert_eq!(readouts.len(), 2, "{readouts:?}");
    assert_eq!(f.doc.slice(readouts[0].evidence), "a Kremlin readout of the call");
    assert_eq!(readouts[0].kind, ReadoutKind::Readout);
    assert_eq!(f.speaker(readouts[0].issuer).map(|s| s.name.as_str()), Some("Kremlin"));
    assert_eq!(f.speaker(readouts[1].issuer).map(|s| s.name.as_str()), Some("White House"));
    let quoted: Vec<&Quote> = f.att.quotes.iter().filter(|q| q.kind == QuoteKind::Direct).collect();
    assert_eq!(quoted.len(), 2);
    assert!(quoted.iter().all(|q| q.readout == Some(readouts[0].id)), "{quoted:?}");
    assert_eq!(f.speaker(quoted[1].speaker).map(|s| s.name.as_str()), Some("Kremlin"));
}

#[test]
fn a_determiner_or_a_month_names_no_issuer() {
    let issuers = |f: &Found| -> Vec<Option<String>> {
        f.att.readouts.iter().map(|r| f.speaker(r.issuer).map(|s| s.name.clone())).collect()
    };
    let kremlin = Found::new("A Kremlin readout said the leaders spoke.");
    assert_eq!(issuers(&kremlin), vec![Some("Kremlin".to_string())]);
    let announcement = Found::new("The announcement of the new coach came on Friday.");
    assert_eq!(issuers(&announcement), vec![None]);
    let month = Found::new("The rule has its origins in a May announcement that the bear was threatened.");
    assert_eq!(issuers(&month), vec![None]);
    assert!(announcement.att.speakers.is_empty(), "{:?}", announcement.att.speakers);
}

#[test]
fn indirect_speech_with_its_content() {
    let f = Found::new(
        "Two men were detained in the capital, the Federal Security Service said.\nThe governor said that the roads would stay closed until Friday.",
    );
    assert_eq!(
        f.indirect(),
        vec![
            row("Two men were detained in the capital", "the Federal Security Service", "Federal Security Service"),
            row("the roads would stay closed until Friday", "The governor", "The governor"),
        ]
    );
    // A participle after the cue's short tail adds to it; the content still comes before.
    let f = Found::new(
        "The vote will have two parties for the first time, ITAR-TASS reported September 26, citing the country's election commission.",
    );
    assert_eq!(
        f.indirect().first(),
        Some(&row("The vote will have two parties for the first time", "ITAR-TASS", "ITAR-TASS"))
    );
    // So does a preposition after a comma, unless a "that" after a comma follows: what was said comes there.
    let f = Found::new(
        "Jane Smith will host the show next year, organizers said on Friday, in a move seen as a safe choice after a \
         year of complaints about the last host.",
    );
    assert_eq!(f.indirect(), vec![row("Jane Smith will host the show next year", "organizers", "organizers")]);
    let f = Found::new(
        "Speaking in Lyon, Mayor Jane Smith said on Friday, after the vote, that the roads would stay closed.",
    );
    assert_eq!(f.indirect(), vec![row("the roads would stay closed", "Mayor Jane Smith", "Jane Smith")]);
    // A participle with its own verb is what was said.
    let f = Found::new("The transition was seamless, Jane Smith said, replacing the leader would be much harder.");
    assert_eq!(f.indirect(), vec![row("replacing the leader would be much harder", "Jane Smith", "Jane Smith")]);
}

proptest! {
    #[test]
    fn arbitrary_text_never_panics_and_spans_stay_inside(text in "[A-Za-z .,;:'\"“”‘’\n—é]{0,300}") {
        let Ok(d) = load_bytes("p", text.as_bytes(), SourceFormat::Text, DocId(0)) else { return Ok(()) };
        let n = d.char_len();
        let a = attribute(&d, &Tokens::new(&d.text), &[]);
        for q in &a.quotes {
            prop_assert!(q.span.start <= q.span.end && q.span.end <= n);
            for s in [q.speaker_mention, q.cue].into_iter().flatten() {
                prop_assert!(s.start <= s.end && s.end <= n);
            }
            prop_assert!(q.speaker.is_none_or(|s| (s.0 as usize) < a.speakers.len()));
        }
        for r in &a.readouts {
            prop_assert!(r.evidence.end <= n && r.evidence.start <= r.evidence.end);
        }
        let claims = crate::analysis::claims::segment_claims(&d, &a);
        for c in &claims {
            prop_assert!(c.span.start <= c.span.end && c.span.end <= n);
        }
    }
}

#[test]
fn names_ending_in_ly_and_nation_words_used_as_names_speak() {
    let f = Found::new(
        "“Elections matter,” Kelly said.\n“It is too early,” Cuban said.\n“We will see,” the Republican said.",
    );
    let q = f.quoted();
    assert_eq!(q[0], row("“Elections matter,”", "Kelly", "Kelly"));
    assert_eq!(q[1], row("“It is too early,”", "Cuban", "Cuban"));
    assert_eq!(q[2].1, "the Republican");
}

#[test]
fn a_cue_after_a_comma_takes_the_phrase_after_it() {
    let f = Found::new(
        "“We are happy” about the ruling, said Rosa Diaz, the union leader.\n“We did our best,” said the agency.\n“I want answers,” said a prominent Republican National Committee member who backs the plan.",
    );
    let q = f.quoted();
    assert_eq!(q[0], row("“We are happy”", "Rosa Diaz", "Rosa Diaz"));
    assert_eq!(q[1].1, "the agency");
    assert_eq!(q[2].1, "a prominent Republican National Committee member");
}

#[test]
fn parentheses_relative_pronouns_and_openers_around_the_subject() {
    let f = Found::new(
        "On Tuesday in Berea, Gov. Tim Hale (R-OH), said, “We are going west.”\nSen. Ann Ward (D-MA) said the plan was a “proven failure” in business.\nBeck, who has in the past described the senator as “a narcissist,” spoke on Monday.\nHorrified at the prospect of a rival becoming president, Ramos believes in journalism that “takes sides.”",
    );
    let q = f.quoted();
    assert_eq!(q[0], row("“We are going west.”", "Gov. Tim Hale", "Tim Hale"));
    assert_eq!(q[1], row("“proven failure”", "Sen. Ann Ward", "Ann Ward"));
    assert_eq!(q[2], row("“a narcissist,”", "who", "Beck"));
    assert_eq!(q[3], row("“takes sides.”", "Ramos", "Ramos"));
}

#[test]
fn possessives_dummy_it_and_phone_calls_do_not_speak() {
    let f = Found::new(
        "In a turn that recalled Gov. George Wallace’s famous refrain, Mr. Cruz pledged to fight “today, tomorrow, forever.”\nIt is strange that Trump would denounce “self-deportation,” which he once backed.\nThe White House issued a readout, saying that Putin called Trump to “thank him for the tip.”",
    );
    let q = f.quoted();
    assert_eq!(q[0].2, "Cruz");
    assert_eq!(q[1].2, "Trump");
    assert_eq!(q[2].2, "White House");
}

#[test]
fn joint_speakers_and_organisation_name_variants() {
    let f = Found::new(
        "Police arrested two men on Friday, the Interior Ministry and Kremlin said.\nAccording to a statement issued by the Federal Security Service of Russia, the men were armed. They planned attacks, the Federal Security Service said. Russia's Federal Security Service said later that more arrests would follow.",
    );
    let ind = f.indirect();
    assert_eq!(ind[0].1, "the Interior Ministry and Kremlin");
    let joint = f.att.quotes.iter().find_map(|q| f.speaker(q.speaker)).expect("a speaker");
    assert_eq!((joint.name.as_str(), joint.kind), ("Interior Ministry and Kremlin", SpeakerKind::Group));
    let fsb: Vec<&str> = ind[1..].iter().map(|r| r.2.as_str()).collect();
    assert_eq!(fsb, vec!["Federal Security Service of Russia"; 3]);
}

#[test]
fn places_and_phone_calls_are_not_speakers() {
    let f = Found::new(
        "The inquiry into contacts between the campaign and Moscow continues to gain momentum.\nTwitter was in disbelief over the back-and-forth phone calls between the two leaders.",
    );
    assert!(f.att.quotes.is_empty(), "{:?}", f.att.quotes);
    assert!(f.att.speakers.is_empty(), "{:?}", f.att.speakers);
}

#[test]
fn quotes_take_the_readout_their_attribution_names_and_its_date() {
    let text = "The leaders spoke by phone on Sunday.\nRussia's Interfax news agency first reported the call.\n\"Both sides agreed to meet. No date was set,\" according to a White House readout.\n\"Talks will go on,\" the White House said in the handout.\nThe Kremlin issued a readout of the call on Monday.";
    let mut d = doc(text);
    d.source.published = chrono::NaiveDate::from_ymd_opt(2019, 12, 29);
    let dates = crate::analysis::date_mentions(&d, d.source.published);
    let att = attribute(&d, &Tokens::new(&d.text), &dates);
    let slice = |r: &Readout| d.slice(r.evidence).to_string();
    let direct: Vec<Option<String>> = att
        .quotes
        .iter()
        .filter(|q| q.kind == QuoteKind::Direct)
        .map(|q| q.readout.and_then(|id| att.readouts.get(id.index as usize)).map(slice))
        .collect();
    let white_house = Some("a White House readout".to_string());
    assert_eq!(direct, vec![white_house.clone(), white_house]);
    let kremlin = att.readouts.iter().find(|r| slice(r).contains("of the call")).expect("the Kremlin readout");
    assert_eq!(kremlin.date, chrono::NaiveDate::from_ymd_opt(2019, 12, 30));
}

#[test]
fn a_participle_cue_in_an_opening_phrase_is_the_main_subjects_speech() {
    let f = Found::new(
        "Despite saying they were outbid, the Red Sox stay in the chase.\nSince announcing in May that he would retire, Mr. Hale has kept busy.",
    );
    let rows = vec![row("they were outbid", "the Red Sox", "Red Sox"), row("he would retire", "Mr. Hale", "Hale")];
    assert_eq!(f.indirect(), rows);
}

#[test]
fn who_after_a_comma_stands_for_the_source_before_it_and_what_was_said_follows_the_cue() {
    let f = Found::new(
        "A spokesman, who declined to be named, said the talks failed.\nThe team hired Lee Park, who has said he backs the plan.\nThe plan, which officials said will start soon, was dropped.\nThe officers, who responded with tear gas, cleared the square.\nCruz, who says rivals attack him, said voters should pick him.",
    );
    let rows = [row("the talks failed", "A spokesman", "A spokesman"), row("he backs the plan", "who", "Lee Park")];
    assert_eq!(f.indirect()[..2], rows);
    assert_eq!(f.indirect()[2].1, "officials");
    let cruz = [row("rivals attack him", "who", "Cruz"), row("voters should pick him", "who", "Cruz")];
    assert_eq!(f.indirect()[3..], cruz, "answering with a deed is no speech; a relative clause's speech is one quote");
}

#[test]
fn the_subject_of_a_clause_after_a_conjunction_speaks() {
    let f =
        Found::new("The call came days after Trump phoned Putin to discuss the “very dangerous situation” in Korea.");
    assert_eq!(f.quoted()[0].2, "Trump");
}

#[test]
fn party_and_state_after_a_name_are_skipped() {
    let f = Found::new(
        "“The veto will fall,” Senate Leader Amy Ross, R-Ky., said Tuesday.\n“Too early to tell,” said Cuban, who hosts a show.\nSen. Ben Hale (I-Vt.) on Saturday criticized the accord, saying it goes “nowhere near far enough.”\n“There is energy in these races,” Rep. Earl Rand (D-Ore.) said.",
    );
    let q = f.quoted();
    assert_eq!(q[0].2, "Amy Ross");
    assert_eq!(q[1].2, "Cuban");
    assert_eq!(q[2].2, "Ben Hale");
    assert_eq!(q[3].2, "Earl Rand");
}

#[test]
fn nouns_after_possessives_and_cues_in_other_clauses_do_not_attribute() {
    let f = Found::new(
        "Reed said the agency deemed 22 of Clinton’s emails “top secret.”\n“You know, it happens,” Trump went on.\nSims says he was “riding the fence” until Haley said she backed the senator.",
    );
    let q = f.quoted();
    assert_eq!(q[0].2, "Reed");
    assert_eq!(q[1].2, "Trump");
    assert_eq!(q[2].2, "Sims");
}

#[test]
fn indirect_speech_after_an_opening_phrase_and_a_pronoun_after_the_cue() {
    let f = Found::new(
        "Speaking on a radio show last week, Kiedis said his band wrote a host of new songs for the album.\nWoodrow Benford, 58, who lives outside Minneapolis, says he did not know much about the senator.\nThe talks failed, the minister said in a statement on Friday.",
    );
    assert_eq!(
        f.indirect(),
        vec![
            row("his band wrote a host of new songs for the album", "Kiedis", "Kiedis"),
            row("he did not know much about the senator", "Woodrow Benford", "Woodrow Benford"),
            row("The talks failed", "the minister", "the minister"),
        ]
    );
}

#[test]
fn a_second_verb_shares_the_subject_of_its_clause() {
    let f = Found::new("The Arizona senator survived five years in prison and says such techniques are inhumane.");
    assert_eq!(f.indirect(), vec![row("such techniques are inhumane", "The Arizona senator", "The Arizona senator")]);
}

#[test]
fn the_object_of_a_participle_is_not_its_speaker() {
    let f = Found::new("The senator blasted the call for a “deportation force” on Wednesday, calling it “absurd.”");
    let q = f.quoted();
    assert!(q.iter().all(|r| r.1 != "it"), "{q:?}");
    assert_eq!(q[1].2, "The senator");
}

#[test]
fn an_inverted_question_names_who_asked() {
    let f = Found::new("“Do you want them at a convention?” asked Sen. Maria Cantwell of Washington.");
    assert_eq!(f.quoted()[0].2, "Maria Cantwell of Washington");
}

#[test]
fn a_past_tense_verb_after_a_quote_attributes_it_though_no_list_names_it() {
    let f = Found::new(
        "\"Analysts said no,\" remembered Roy Verley, a former spokesman.\n\"We need a woman in charge,\" exhorted actress Jamie Lee Curtis.\n\"She took it upon herself,\" Roy Verley recollected.",
    );
    assert_eq!(f.speakers(), ["Roy Verley", "Jamie Lee Curtis", "Roy Verley"]);
}

#[test]
fn plain_descriptions_and_ages_after_the_cue_speak() {
    let f = Found::new(
        "“The drop is about the emails,” said a person close to the campaign.\n“He is a leader,” said the 46-year-old.",
    );
    assert_eq!(
        f.quoted(),
        vec![
            row("“The drop is about the emails,”", "a person", "a person"),
            row("“He is a leader,”", "the 46-year-old", "the 46-year-old"),
        ]
    );
    assert_eq!(f.speaker(f.att.quotes[0].speaker).map(|s| s.kind), Some(SpeakerKind::Anonymous));
}

#[test]
fn a_dash_after_a_quote_signs_it() {
    let f = Found::new(
        "“He must stop calling us criminals.” ― Carla Sanchez\n\n“He cannot lead this country.” ― Esther Tapia\n\n\"The whole idea needs to stop.\"\n\n-Michelle Marks, Philadelphia.",
    );
    assert_eq!(f.speakers(), ["Carla Sanchez", "Esther Tapia", "Michelle Marks"]);
}

#[test]
fn lower_case_modifiers_after_the_cue_open_the_speaker_phrase() {
    let f = Found::new(
        "\"It is a yellow light,\" said election lawyer Joe Birkenstock.\n\"I do not know,\" said undecided Republican voter Stephanie Hooton.",
    );
    assert_eq!(f.speakers(), ["Joe Birkenstock", "Stephanie Hooton"]);
}

#[test]
fn a_short_sentence_after_a_quote_attributes_it() {
    let f = Found::new(
        "“Russia, I hope you find the emails.” Trump said.\n\n“What can we do to help?” Renteria told reporters during the call.\n\nJeb Bush called Trump “unhinged.” Marco Rubio called the statement “offensive.”",
    );
    assert_eq!(f.speakers(), ["Trump", "Renteria", "Jeb Bush", "Marco Rubio"]);
    // The sentence that attributes the quote before it reports nothing of its own.
    assert_eq!(f.indirect(), vec![]);
}

#[test]
fn a_plain_description_that_ends_the_clause_after_the_cue_speaks() {
    let f = Found::new(
        "\"It is hard enough,\" said the designer, who works for another brand.\n\nCarson called the political system “rotten to the core.”",
    );
    let q = f.quoted();
    assert_eq!(q[0].1, "the designer");
    assert_eq!(q[1].2, "Carson");
}

#[test]
fn a_possessive_between_the_cue_and_the_quote_is_not_the_speaker() {
    let f = Found::new(
        "Voters met Cruz on Monday.\n\nCruz, leading in Iowa polls, questioned Trump's \"New York values\" and his readiness.",
    );
    assert_eq!(f.quoted(), vec![row("\"New York values\"", "Cruz", "Cruz")]);
}

#[test]
fn according_to_a_plain_noun_by_a_name_and_modifiers_before_a_role() {
    let f = Found::new(
        "A \"living wage\" is about $12 an hour, according to calculations by Amy Glasmeier of the institute.\n\nAccording to conservative talk radio host Rush Limbaugh, the move reeks of “fear” and desperation.",
    );
    assert_eq!(f.speakers(), ["Amy Glasmeier", "Rush Limbaugh"]);
}

#[test]
fn auxiliaries_and_adverbs_before_the_cue_and_a_clause_after_it() {
    let f = Found::new(
        "Cruz has long said that he qualifies as a citizen.\n\nLawmakers have not said when they would take it up.\n\nIn the free-trade zone, Chinese traders also say business is poor.",
    );
    assert_eq!(
        f.indirect(),
        vec![
            row("he qualifies as a citizen", "Cruz", "Cruz"),
            row("when they would take it up", "Lawmakers", "Lawmakers"),
            row("business is poor", "Chinese traders", "Chinese traders"),
        ]
    );
}

#[test]
fn an_institution_word_before_the_role_noun_belongs_to_the_speaker() {
    let f =
        Found::new("The bridge will reopen in spring, city officials said.\n\nTolls will rise, a port spokesman said.");
    let mentions: Vec<String> = f.indirect().into_iter().map(|r| r.1).collect();
    assert_eq!(mentions, ["city officials", "a port spokesman"]);
}

#[test]
fn a_role_after_a_possessive_is_the_speaker_of_what_comes_before() {
    let f = Found::new("Lindsay Lohan checked into the clinic on Thursday night, her rep confirmed to People.");
    assert_eq!(
        f.indirect(),
        vec![row("Lindsay Lohan checked into the clinic on Thursday night", "her rep", "her rep")]
    );
    let f = Found::new("The company will close two plants, its spokesman said.");
    assert_eq!(f.indirect(), vec![row("The company will close two plants", "its spokesman", "its spokesman")]);
}

#[test]
fn a_name_set_off_after_the_role_that_opens_the_sentence_is_the_speaker() {
    let f = Found::new("The head of the union, Giannis Panagopoulos, said: \"The rich pay nothing.\"");
    let q = &f.att.quotes[0];
    assert_eq!(
        f.speaker(q.speaker).map(|s| (s.name.as_str(), s.role.as_deref())),
        Some(("Giannis Panagopoulos", Some("head of the union")))
    );
    let f = Found::new("The head of the union, Giannis Panagopoulos, said the rich pay nothing.");
    assert_eq!(
        f.indirect(),
        vec![row("the rich pay nothing", "The head of the union, Giannis Panagopoulos", "Giannis Panagopoulos")]
    );
}

#[test]
fn a_stray_quote_mark_after_the_comma_leaves_what_comes_before_to_the_speaker() {
    let f = Found::new("While two boats fled, the other three were searched, \"the navy spokesman said.");
    assert_eq!(
        f.indirect(),
        vec![row("While two boats fled, the other three were searched", "the navy spokesman", "the navy spokesman")]
    );
}

#[test]
fn just_may_stand_between_a_speaker_and_the_cue_and_agreeing_to_act_is_no_speech() {
    let f = Found::new("Ellen DeGeneres just tweeted she will be hosting the Oscars this year.");
    assert_eq!(
        f.indirect(),
        vec![row("she will be hosting the Oscars this year", "Ellen DeGeneres", "Ellen DeGeneres")]
    );
    let f = Found::new("Pushed to the brink, the government agreed at the weekend to slash spending.");
    assert_eq!(f.indirect(), vec![]);
}

#[test]
fn a_plural_role_before_two_names_opens_the_speaker_phrase() {
    let f = Found::new("The show will return, producers Craig Zadan and Neil Meron announced today.");
    assert_eq!(
        f.indirect(),
        vec![row("The show will return", "producers Craig Zadan and Neil Meron", "Craig Zadan and Neil Meron")]
    );
    let f = Found::new("The plant will close, spokesmen John Smith and Jane Doe said.");
    assert_eq!(
        f.indirect(),
        vec![row("The plant will close", "spokesmen John Smith and Jane Doe", "John Smith and Jane Doe")]
    );
}

#[test]
fn a_role_person_or_statement_before_for_or_of_makes_one_speaker_phrase_with_what_follows() {
    let f = Found::new("The plant will close, a spokesman for the ministry said.");
    assert_eq!(
        f.indirect(),
        vec![row("The plant will close", "a spokesman for the ministry", "a spokesman for the ministry")]
    );
    let f = Found::new("The plant will close, the head of the union said.");
    assert_eq!(f.indirect(), vec![row("The plant will close", "the head of the union", "the head of the union")]);
    let f = Found::new("The plant will close, Ivan Petrov of the ministry said.");
    assert_eq!(f.indirect(), vec![row("The plant will close", "Ivan Petrov of the ministry", "Ivan Petrov")]);
    // A statement speaks for its issuer.
    let f = Found::new("The vote will be held in December, a message from the election commission said.");
    assert_eq!(
        f.indirect(),
        vec![row("The vote will be held in December", "a message from the election commission", "election commission")]
    );
}

#[test]
fn a_speech_verb_before_by_and_a_gerund_tells_how_someone_acted() {
    let f = Found::new("Agent Scott Boras countered by asking for a contract worth $200 million, sources said.");
    let speakers: Vec<String> = f.indirect().into_iter().map(|(_, speaker, _)| speaker).collect();
    assert_eq!(speakers, vec!["sources".to_string()]);
    let f = Found::new("The minister responded by saying the plant will close.");
    let speakers: Vec<String> = f.indirect().into_iter().map(|(_, speaker, _)| speaker).collect();
    assert_eq!(speakers, vec!["The minister".to_string()]);
}

#[test]
fn single_quoted_speech_has_its_speaker_as_double_quoted_speech_does() {
    let f = Found::new(
        "‘We’ve had enough of the delays,’ said Anna Price, the union’s leader. ‘The members’ patience has run out.’\n\
         Council spokesman Tom Reed said: ‘We will meet them on Monday.’",
    );
    assert_eq!(f.speakers(), vec!["Anna Price", "Anna Price", "Tom Reed"]);
}

#[test]
fn a_headline_gives_its_quote_to_the_name_before_its_colon() {
    let f = Found::new(
        "Kasich: Campaign Will Go ‘All the Way to Cleveland’\nOhio Gov. John Kasich spoke in Columbus on Monday.",
    );
    assert_eq!(f.speakers(), vec!["John Kasich"]);
    let f = Found::new("Exclusive: ‘We Are Going All the Way to Cleveland’\nThe governor spoke in Columbus on Monday.");
    assert_eq!(f.speakers(), vec![""]);
}

#[test]
fn a_name_set_off_after_the_role_that_opens_the_sentence_speaks() {
    let f = Found::new("The council spokesman, Tom Reed, said the talks would go on.");
    assert_eq!(f.indirect()[0].2, "Tom Reed");
    let reed = f.att.speakers.iter().find(|s| s.name == "Tom Reed").expect("Reed");
    assert_eq!(reed.role.as_deref(), Some("council spokesman"));
}

#[test]
fn a_preposition_that_opens_the_sentence_is_no_speaker() {
    let f = Found::new("Despite reports last week that said Gary Ross would not return, he will be back this week.");
    assert!(f.att.speakers.iter().all(|s| s.name != "Despite"), "{:?}", f.att.speakers);
}

#[test]
fn the_capitalised_inside_a_sentence_opens_the_name_of_a_body() {
    let f = Found::new(
        "\"The show will change,\" trade magazine The Hollywood Reporter wrote.\n\"The Russian President is here,\" an aide said.\nThe Russian President said the talks went well.\nThe Associated Press said the count was over.",
    );
    let kinds: Vec<(String, SpeakerKind)> = f.att.speakers.iter().map(|s| (s.name.clone(), s.kind)).collect();
    assert!(kinds.contains(&("The Hollywood Reporter".to_string(), SpeakerKind::Organization)), "{kinds:?}");
    assert!(kinds.contains(&("The Associated Press".to_string(), SpeakerKind::Organization)), "{kinds:?}");
    assert!(
        !kinds.iter().any(|(n, k)| n.contains("Russian President") && *k == SpeakerKind::Organization),
        "{kinds:?}"
    );
}
