//! Behaviour of the slots on short texts: amounts with what they count, dates, ordinals, names in one role and
//! polarity, and the near misses that are no contrast.

use super::*;
use crate::analysis::counterparts::features_of_text;

fn found(a: &str, b: &str) -> Option<SlotDifference> {
    let (fa, fb) = (features_of_text(a, 0), features_of_text(b, 0));
    conflict(&fa, &fb, 3)
}

#[test]
fn counts_with_the_noun_they_count_conflict_and_number_words_are_read() {
    let c = found("Three people died in the fire.", "Four people were killed in the fire.");
    assert_eq!(
        c.map(|c| (c.slot, c.a, c.b)),
        Some((Slot::Amount, "Three people died".into(), "Four people were killed".into()))
    );
    let shares = found("Greek stocks plunged 5.4 per cent.", "Greek stocks closed down 3.9 percent.");
    assert_eq!(shares.map(|c| (c.a, c.b)), Some(("5.4 per cent".into(), "3.9 percent".into())));
    // "more" after a figure says "in addition"; the people are still counted.
    let more = found("Around 20 more people were led out of the bank.", "Firefighters led another five people out.");
    assert_eq!(more.map(|c| c.slot), Some(Slot::Amount));
    let money = found("The club offered $2.5 million for the striker.", "The club offered $2.6 million for him.");
    assert_eq!(money.map(|c| c.slot), Some(Slot::Amount));
}

#[test]
fn bounds_ranges_and_estimates_allow_what_they_say() {
    assert_eq!(found("At least 20 people were hurt.", "Officials said 24 people were hurt."), None);
    assert_eq!(found("The bid was $165-180 million.", "The bid was $170 million."), None);
    assert_eq!(found("About 300 protesters marched.", "Some 320 protesters marched."), None);
    assert_eq!(found("The bid is exceeding $161 million.", "The bid is $200 million."), None);
    assert!(found("The bid is below $161 million.", "The bid is $200 million.").is_some());
    assert!(found("Up to 20 people were hurt.", "Officials said 24 people were hurt.").is_some());
    assert_eq!(
        found("His deal is sure to be exceeding the $161 million paid last year.", "He got $200 million."),
        None
    );
    let record = "It would be the biggest deal in club history, surpassing the $90 million paid to Vernon Wells.";
    assert_eq!(found(record, "The deal is worth at least $160 million."), None);
    assert_eq!(found("The club offered just short of $2 million.", "The club offered $1.8 million."), None);
    let range = "The offer is worth between $140 million and $150 million.";
    assert_eq!(found(range, "The offer is worth $145 million."), None);
    let c = found(range, "The offer is worth $184 million.");
    assert_eq!(c.map(|c| c.a), Some("between $140 million and $150 million".into()));
    assert_eq!(found("Between 20 and 30 people were hurt.", "Officials said 24 people were hurt."), None);
    assert_eq!(found("Some 20 to 30 people were hurt.", "Officials said 24 people were hurt."), None);
    let span = found("The bid was $145 million to $175 million.", "The bid was $184 million.");
    assert_eq!(span.map(|c| c.a), Some("$145 million to $175 million".into()));
    assert!(found("The bill passed 52 to 48 votes.", "The bill passed with 50 votes.").is_some());
    // A figure's thousands, spaced or not, are one figure: 20,000 allows neither 20 nor 30,000.
    assert_eq!(found("As many as 20, 000 people marched.", "Some 20,000 people marched."), None);
    let c = found("As many as 20, 000 people marched.", "Police said 30,000 people marched.");
    assert_eq!(c.map(|c| c.a), Some("As many as 20,000 people marched".into()));
}

#[test]
fn a_figure_in_a_question_states_no_amount() {
    let seven = "The offer is for seven years.";
    assert_eq!(found("Offer made (8 years?)", seven), None);
    assert_eq!(found("Is the offer for 8 years?", seven), None);
    assert!(found("The offer is for 8 years (a record).", seven).is_some());
}

#[test]
fn a_denied_bound_turns_over() {
    let hurt = "Officials said 24 people were hurt.";
    assert!(found("No more than 20 people were hurt.", hurt).is_some());
    assert_eq!(found("He never hit fewer than 26 homers in a season.", "He hit 33 homers in a season."), None);
    assert_eq!(found("No team has offered more than $160 million.", "The club offered $150 million."), None);
    // A negation in an earlier phrase denies something else.
    assert_eq!(found("Not surprisingly, more than 20 people were hurt.", hurt), None);
}

#[test]
fn plural_units_of_counting_allow_the_span_they_name() {
    let thousands = "Thousands of people marched in Athens.";
    let c = found(thousands, "About 300 people marched in Athens.");
    assert_eq!(c.map(|c| (c.slot, c.a)), Some((Slot::Amount, "Thousands of people marched".into())));
    assert_eq!(found(thousands, "Some 5,000 people marched in Athens."), None);
    let tens = "Tens of thousands of people marched in Athens.";
    assert_eq!(found(tens, "Police said 20,000 people marched in Athens."), None);
    let c = found(tens, "Police said 5,000 people marched in Athens.");
    assert_eq!(c.map(|c| c.a), Some("Tens of thousands of people marched".into()));
    assert!(found("Dozens of people were hurt.", "Officials said 200 people were hurt.").is_some());
    assert_eq!(found("Dozens of people were hurt.", "Officials said 40 people were hurt."), None);
}

#[test]
fn amounts_of_parties_the_other_claim_does_not_name_are_no_contrast() {
    let orioles = "The Orioles made a rival bid worth $150 million.";
    assert_eq!(found(orioles, "The Red Sox made a bid worth $184 million."), None);
    assert!(found(orioles, "The Orioles made a bid worth $184 million.").is_some());
    assert!(found("A rival bid was worth $150 million.", "The Red Sox made a bid worth $184 million.").is_some());
    // Whose amount it is shows in its own clause, even where both claims name the player.
    let red_sox = "The Red Sox offered Teixeira $200 million.";
    let yankees = "Cashman met Teixeira, but the Yankees then committed $240 million to sign Sabathia.";
    assert_eq!(found(red_sox, yankees), None);
    let also_red_sox = "Cashman met Teixeira, but the Red Sox then offered $240 million to sign him.";
    assert!(found(red_sox, also_red_sox).is_some());
    // The capitals of a headline in title case name no one in particular.
    let headline = "Talks With Teixeira: Team Offer Worth $184 Million";
    assert!(found(headline, "The Nationals offered Teixeira $200 million, sources said.").is_some());
}

#[test]
fn lengths_of_time_conflict_in_days_whatever_their_unit() {
    let c = found("He was caught after a weeklong manhunt.", "He was caught after eight days on the run.");
    assert_eq!(c.map(|c| (c.slot, c.a, c.b)), Some((Slot::Amount, "weeklong".into(), "eight days".into())));
    assert!(found("He spent a week on the run.", "He spent eight days on the run.").is_some());
    let headline = found("Prisoner captured after week on the run", "He was captured after eight days on the run.");
    assert_eq!(headline.map(|c| (c.a, c.b)), Some(("after week".into(), "eight days".into())));
    assert_eq!(found("Deal reached after weeks of talks", "The deal came after eight days of talks."), None);
    assert_eq!(found("He spent a month in hiding.", "He spent 30 days in hiding."), None);
    assert_eq!(found("He served two years in prison.", "He served 24 months in prison."), None);
    assert_eq!(found("He took the pill twice a day.", "He took the pill for three days."), None);
    // A length of time before or after a moment says how far apart two moments lie, not how long one lasted.
    let manhunt = "He was caught after a weeklong manhunt in the prison's county.";
    assert_eq!(found(manhunt, "The prison stopped searching visitors two months before the escape."), None);
    let lapses = found("He was caught a week after the escape.", "He was caught eight days after the escape.");
    assert_eq!(lapses.map(|c| (c.a, c.b)), Some(("a week".into(), "eight days".into())));
    assert_eq!(found("He was caught a week after the escape.", "He spent eight days on the run."), None);
    assert_eq!(
        found(
            "Three weeks after the season, the club fired the coach, who has two years left on his deal.",
            "Three weeks following the season, the club fired the coach.",
        ),
        None
    );
    // A sum for each unit of time is a rate, not a length of time, and conflicts with rates only.
    assert_eq!(found("He has two years left on his deal.", "The deal pays him $4 million a year."), None);
    assert_eq!(found("He has $8 million left on his deal.", "The deal pays him $4 million a year."), None);
    let rates = found("The deal pays him $5 million per year.", "The deal pays him $4 million a year.");
    assert_eq!(rates.map(|c| c.slot), Some(Slot::Amount));
}

#[test]
fn near_misses_are_no_contrast() {
    // Rounding, another currency, another noun, a count that grew, a year and a conversion.
    assert_eq!(found("The toll stood at 2,953 victims.", "The toll stood at 2,950 victims."), None);
    assert_eq!(found("He was paid $2.5 million.", "He was paid £2 million."), None);
    assert_eq!(found("Three people died.", "Four buildings collapsed."), None);
    assert_eq!(found("Three people died on Monday.", "The toll rose to five people on Tuesday."), None);
    assert_eq!(found("So far the navy has seized 31 magazines.", "The navy seized 12 magazines on Friday."), None);
    assert_eq!(found("The club upgraded its bid to $178 million.", "The club's bid was $160 million."), None);
    assert_eq!(found("He won the fight in six rounds.", "He won the fight five rounds sooner than in 2008."), None);
    assert_eq!(found("The law passed in 2009.", "The law passed in 2010 with 3 votes to spare."), None);
    assert_eq!(found("The meeting began at 3 p.m.", "The meeting began at 2:53 p.m."), None);
    // What a figure counts stands in its phrase: a day of a date, or an age between commas, counts nothing.
    assert_eq!(
        found("Police said at least three people, a man and two women, were killed.", "Police said one man died."),
        None
    );
    assert_eq!(found("The inmate, 49, escaped from a van.", "The inmate, 50, escaped from a van."), None);
    let days = found("The Nov. 30 escape led to changes.", "The Dec. 7 escape led to changes.");
    assert_ne!(days.map(|c| c.slot), Some(Slot::Amount));
    // A conversion in brackets restates the amount before it; figures of their own in brackets still count.
    let record = found("Thompson (36-3, 24 knockouts) lost.", "Thompson (36-3, 26 knockouts) lost.");
    assert_eq!(record.map(|c| c.slot), Some(Slot::Amount));
    assert_eq!(
        found("The deal is worth €4 million ($4.4 million) a year.", "The deal is worth $4 million a year."),
        None
    );
}

#[test]
fn a_lower_and_an_upper_bound_make_one_range() {
    let c = found(
        "The team offered him $200 million over eight years.",
        "The team offered him in excess of $160 million, but less than $184 million, over eight years.",
    );
    assert_eq!(
        c.map(|c| (c.a, c.b)),
        Some(("$200 million".into(), "in excess of $160 million \u{2026} less than $184 million".into()))
    );
    let within = "The team offered him $170 million over eight years.";
    assert_eq!(found(within, "The team offered him more than $160 million, but less than $184 million."), None);
}

#[test]
fn a_figure_that_changed_with_time_is_two_moments_of_it() {
    let changed = |a: &str, b: &str| changed_figure(&features_of_text(a, 0), &features_of_text(b, 0));
    let so_far = "So far rescuers have found five bodies.";
    let c = changed(so_far, "Rescuers found three bodies on Monday.");
    assert_eq!(c.map(|c| (c.slot, c.a, c.b)), Some((Slot::Amount, "five bodies".into(), "three bodies".into())));
    assert_eq!(changed(so_far, "Rescuers found five bodies."), None);
    assert_eq!(changed("Rescuers found three bodies.", "Rescuers found four bodies."), None);
    // What the figures count is no owner, even in capitals.
    let c = changed(
        "So far the crew has seized 14 Rifles and 31 magazines.",
        "The crew seized six rifles and 12 Magazines.",
    );
    assert_eq!(c.map(|c| (c.a, c.b)), Some(("14 Rifles".into(), "six rifles".into())));
}

#[test]
fn ordinals_and_polarity_conflict() {
    let c = found("It was their first call since July.", "It was their second call in four days.");
    assert_eq!(c.map(|c| (c.slot, c.a, c.b)), Some((Slot::Ordinal, "first".into(), "second".into())));
    let c = found("The president overturned the rule.", "The president has not overturned the rule.");
    assert_eq!(c.map(|c| (c.slot, c.a, c.b)), Some((Slot::Polarity, "affirms".into(), "denies".into())));
    let c = found("Obama overturned the rule.", "The administration has not yet formally overturned the rule.");
    assert_eq!(c.map(|c| c.slot), Some(Slot::Polarity));
    assert_eq!(found("It was their last call.", "It was their first call."), None);
    let c = found("He went down in the fifth round.", "He went down in the sixth round.");
    assert_eq!(c.map(|c| (c.slot, c.a, c.b)), Some((Slot::Ordinal, "fifth".into(), "sixth".into())));
    assert_eq!(found("The first baseman signed on Monday.", "It was his second offer this winter."), None);
    // Both claims give the second time; the first also jokes about a third.
    let joke = "I am excited to host for the second time, she said, joking that the third time is the charm.";
    assert_eq!(found(joke, "I am excited to host for the second time."), None);
    // Two moments of a fight, told of two actions that share only the round: no conflict.
    let (knockdown, stoppage) = (
        features_of_text("He put his man on the canvas in the fifth round.", 0),
        features_of_text("He stopped the challenger in the sixth round.", 0),
    );
    assert_eq!(conflict(&knockdown, &stoppage, 2), None);
}

#[test]
fn an_ordinal_that_places_a_moment_conflicts_only_over_one_action_and_not_when_either_claim_has_both() {
    let conflict3 = |a: &str, b: &str| conflict(&features_of_text(a, 0), &features_of_text(b, 0), 3);
    // Two rounds of one fight, each with its own action: two moments, not two accounts of one.
    let jab = "Klitschko landed a hard jab early in the third round.";
    assert_eq!(conflict3(jab, "Klitschko knocked the challenger down in the sixth round."), None);
    let (sixth, seventh) =
        ("The referee stopped the fight in the sixth round.", "The referee stopped the fight in the seventh round.");
    assert_eq!(conflict3(sixth, seventh).map(|c| (c.a, c.b)), Some(("sixth".into(), "seventh".into())));
    // One claim tells of both rounds.
    let both = "The challenger went down in the sixth round, and the referee stopped the fight early in the seventh.";
    assert_eq!(conflict3(both, sixth), None);
    // An ordinal that counts rather than places still conflicts without a shared action.
    let c =
        found("It was his first visit to the region since July.", "It was his second visit to the region this year.");
    assert_eq!(c.map(|c| c.slot), Some(Slot::Ordinal));
}

#[test]
fn a_count_counts_the_noun_its_modifiers_lead_to_and_nothing_after_a_preposition() {
    let c = found("The warship escorted five merchant vessels.", "The warship escorted two merchant vessels.");
    assert_eq!(c.map(|c| (c.a, c.b)), Some(("five merchant vessels".into(), "two merchant vessels".into())));
    assert_eq!(found("The warship escorted five merchant vessels.", "The warship seized three pirate vessels."), None);
    assert_eq!(found("The navy captured 23 pirates.", "The navy captured 3 pirate ships."), None);
    // "one" stands for an attack named before it; it counts no tanker.
    let attacks = "The navy repelled two attacks, one on a tanker.";
    assert_eq!(found(attacks, "The navy repelled attacks on five tankers."), None);
    // The modifier leads to its noun past "of the".
    let boarded = "Commandos boarded two of the pirate vessels.";
    assert_eq!(found("The navy captured 23 pirates.", boarded), None);
    let c = found("Commandos boarded three of the pirate vessels.", boarded);
    assert_eq!(c.map(|c| c.slot), Some(Slot::Amount));
    // A modifier counts by its own stem, not by its synonyms: hijacked ships are not pirate ships.
    assert_eq!(found("Pirates still hold 17 of the hijacked ships.", "The navy intercepted 3 pirate ships."), None);
}

#[test]
fn a_count_of_other_things_is_a_part_and_counts_against_other_parts_only() {
    let haul = "The haul held seven AK-47s and three other assault rifles.";
    assert_eq!(found(haul, "Nine assault rifles were seized."), None);
    let c = found(haul, "The haul held seven AK-47s and two other assault rifles.");
    assert_eq!(c.map(|c| (c.a, c.b)), Some(("three other assault rifles".into(), "two other assault rifles".into())));
}

#[test]
fn amounts_whose_clauses_each_name_a_party_the_other_claim_never_names_are_no_contrast() {
    let henry = "The Red Sox team of owner John Henry, COO Larry Lucchino and others offered Teixeira, 28, an eight-year \
        deal worth $184 million.";
    let nationals = "Last week the Washington Nationals made Teixeira an eight-year, $160 million offer.";
    assert_eq!(found(nationals, henry), None);
    let red_sox = "Last week the Red Sox made Teixeira an eight-year, $200 million offer.";
    assert_eq!(found(red_sox, henry).map(|c| c.slot), Some(Slot::Amount));
    // The writer who reports the figure is its source, not a party to it.
    let column =
        "The Boston Herald's Michael Silverman wrote the Red Sox offer was worth $145 million to $175 million.";
    assert_eq!(found(column, henry).map(|c| c.slot), Some(Slot::Amount));
}

#[test]
fn places_and_participants_in_one_role_conflict_unless_either_claim_names_both() {
    let c = found("The inmate escaped from a van in Baytown on Monday.", "The inmate escaped from a van in Houston.");
    assert_eq!(c.map(|c| (c.slot, c.a, c.b)), Some((Slot::Place, "Baytown".into(), "Houston".into())));
    let c = found("The guard was shot by Arcade Comeaux.", "The guard was shot by John Smith in the yard.");
    assert_eq!(c.map(|c| (c.slot, c.a, c.b)), Some((Slot::Participant, "Arcade Comeaux".into(), "John Smith".into())));
    assert_eq!(found("Protesters rallied in Athens on Wednesday.", "Protesters rallied in Greece, in Athens."), None);
    assert_eq!(found("The inmate was moved to Beaumont.", "The inmate was moved from Huntsville."), None);
    assert_eq!(found("Her tip helped stop attacks in Russia.", "Her tip helped stop attacks in St Petersburg."), None);
    let initials = "Agencies consulted biologists at the U. S. Fish and Wildlife Service.";
    assert_eq!(found(initials, initials), None);
    assert_eq!(found("The inmate escaped in May.", "The inmate escaped in Houston."), None);
}

#[test]
fn a_negation_elsewhere_in_the_sentence_is_no_denial() {
    // The negation denies "have", a function word, not the shared "scientific".
    assert_eq!(
        found(
            "Many agencies do not have the scientific expertise to judge projects.",
            "The rule let agencies sidestep scientific evidence on projects."
        ),
        None
    );
    assert_eq!(found("No fans came, but the club raised its bid.", "The club raised its bid."), None);
    assert_eq!(found("The club did not raise its bid.", "The club did not raise its bid again."), None);
    // Declining to do something denies it, as "no" does.
    let declined = "The police declined to describe the bomb in detail but said it was powerful.";
    assert_eq!(found(declined, "The police could offer no details about the bomb, but said it was powerful."), None);
    let c = found(declined, "The police described the bomb in detail and said it was powerful.");
    assert_eq!(c.map(|c| c.slot), Some(Slot::Polarity));
    assert_eq!(
        found("The fans and the club backed the striker.", "The club, not just the fans, backed the striker."),
        None
    );
    assert_eq!(
        found(
            "The studio didn't open negotiations with him until three weeks before the opening.",
            "Negotiations with him didn't actually begin until three weeks before the release."
        ),
        None
    );
    // A negation in a relative clause denies something of whom it tells, not the claim's fact.
    assert_eq!(
        found(
            "The jury deadlocked after four days deliberating.",
            "The jury deadlocked, said the jurors, who did not deliberate long."
        ),
        None
    );
}

#[test]
fn a_denial_under_a_modal_of_chance_or_duty_denies_no_fact() {
    let harmed = "The new dam harmed the river's salmon, biologists found.";
    let c = found("The river's salmon were not harmed by the new dam.", harmed);
    assert_eq!(c.map(|c| c.slot), Some(Slot::Polarity));
    assert_eq!(found("The river's salmon would not be harmed by the new dam.", harmed), None);
    let (ring, again) =
        ("Bowe stepped into the ring in 2005.", "After 2005 Bowe should never step into the ring again.");
    assert_eq!(found(ring, again), None);
    // "Will" tells what is to come, not what may be: its denial still conflicts.
    let c = found("Gary Ross will not direct the sequel.", "Gary Ross is in talks to direct the sequel.");
    assert_eq!(c.map(|c| c.slot), Some(Slot::Polarity));
}

#[test]
fn a_denial_told_of_someone_the_other_claim_never_names_is_no_contrast() {
    let stars = "The stars, Jennifer Lawrence and Josh Hutcherson, are all signed for the sequel.";
    let unlike = "Unlike Jennifer Lawrence and Josh Hutcherson, Ross is not signed for the sequel.";
    assert_eq!(found(unlike, stars), None);
    let c = found(unlike, "Ross, Jennifer Lawrence and Josh Hutcherson are all signed for the sequel.");
    assert_eq!(c.map(|c| c.slot), Some(Slot::Polarity));
}
