//! Behaviour of reported speech on short texts: which cue of a sentence names its speaker.

use super::tests::{Found, row};
use crate::model::SpeakerKind;

#[test]
fn a_cue_that_names_no_one_leaves_the_sentence_to_the_next_and_a_passive_cue_names_no_one() {
    let f = Found::new(
        "After being told he would be charged, police said that the man had fled.\nJokes are told and advice is given to the guests.\nThe senator was asked about the plan and it is said that she opposed it.",
    );
    assert_eq!(f.indirect(), [row("the man had fled", "police", "police")]);
}

#[test]
fn who_after_a_role_with_a_preposition_stands_for_the_whole_role() {
    let f = Found::new(
        "The former secretary of state, who was declared the winner, said the count was fair.\nIn Mexico City, Lee endured without complaint a long lecture from the Mexican president, who said that trade had been good.",
    );
    let rows = [
        row("the count was fair", "The former secretary of state", "The former secretary of state"),
        row("trade had been good", "the Mexican president", "the Mexican president"),
    ];
    assert_eq!(f.indirect(), rows);
}

#[test]
fn a_sentence_with_quote_marks_reports_what_its_speaker_said_that_before_the_first_mark() {
    let f = Found::new(
        "Warden Lyons said that the inmate used a wheelchair in prison \u{2013} \"he claimed he needed it\" \u{2013} and added, \"He fled on foot.\"\n\"We will appeal,\" the lawyer said, and the judge said that the ruling stands.",
    );
    assert_eq!(f.indirect(), [row("the inmate used a wheelchair in prison", "Warden Lyons", "Warden Lyons")]);
}

#[test]
fn what_a_speaker_adds_after_a_quote_or_after_what_they_said_is_their_speech_too() {
    let f = Found::new(
        "\u{201c}We will not back down,\u{201d} Mayor Ann Reyes said, adding that the city would appeal the ruling.\nThe governor said the state was reviewing the case, adding that no decision had been made.\n\u{201c}It is over,\u{201d} he said, adding, \u{201c}We lost.\u{201d}",
    );
    let rows = [
        row("the city would appeal the ruling", "Mayor Ann Reyes", "Ann Reyes"),
        row("the state was reviewing the case", "The governor", "The governor"),
        row("no decision had been made", "The governor", "The governor"),
    ];
    assert_eq!(f.indirect(), rows);
}

#[test]
fn a_participle_after_a_linking_verb_is_no_cue() {
    let f = Found::new(
        "While the numbers aren't confirmed, the deal is believed to be worth $160 million.\nCoach Sam Mitchell seems assured of another job next year.\nThe figures were reported by the league.",
    );
    assert_eq!(f.indirect(), []);
    assert_eq!(f.speakers_listed(), []);
}

#[test]
fn a_plural_role_that_fits_no_one_named_is_a_group() {
    let f = Found::new(
        "Defense attorneys said the evidence was weak.\nThe county deputies said the road was closed.\nThe prosecutor said the trial would go on.",
    );
    let kinds = [
        ("Defense attorneys".to_string(), SpeakerKind::Group),
        ("The county deputies".to_string(), SpeakerKind::Group),
        ("The prosecutor".to_string(), SpeakerKind::Person),
    ];
    assert_eq!(f.speakers_listed(), kinds);
}

#[test]
fn one_word_between_an_article_and_a_role_belongs_to_the_speaker_phrase() {
    let f = Found::new("An inside source said the talks had stalled.\nThe other source said they had not.");
    assert_eq!(
        f.speakers_listed(),
        [
            ("An inside source".to_string(), SpeakerKind::Anonymous),
            ("The other source".to_string(), SpeakerKind::Person)
        ]
    );
}

#[test]
fn a_document_speaks_but_is_no_speaker() {
    let f = Found::new(
        "The lawsuit said the regulations were illegal.\nIn addition, the regulations say the law could not be used.\nHer company documents said the firm has 7,600 employees.\nIvanka Trump, the nominee's eldest daughter, noted the rule in the interview last week.",
    );
    assert_eq!(
        f.indirect(),
        [
            row("the regulations were illegal", "The lawsuit", ""),
            row("the law could not be used", "the regulations", ""),
            row("the firm has 7,600 employees", "Her company documents", ""),
            row("the rule in the interview last week", "Ivanka Trump", "Ivanka Trump"),
        ]
    );
    assert_eq!(f.speakers_listed(), [("Ivanka Trump".to_string(), SpeakerKind::Person)]);
}

#[test]
fn a_speaker_tied_to_what_it_knows_is_the_whole_phrase() {
    let f = Found::new(
        "The team made an offer, but sources close to the negotiations say it is low.\nA person familiar with the matter said the offer was final.\nPeople close to the singer say she will return.",
    );
    let rows = [
        row("it is low", "sources close to the negotiations", "sources close to the negotiations"),
        row("the offer was final", "A person familiar with the matter", "A person familiar with the matter"),
        row("she will return", "People close to the singer", "People close to the singer"),
    ];
    assert_eq!(f.indirect(), rows);
    let kinds: Vec<SpeakerKind> = f.speakers_listed().into_iter().map(|(_, kind)| kind).collect();
    assert_eq!(kinds, [SpeakerKind::Group, SpeakerKind::Anonymous, SpeakerKind::Group]);
}

#[test]
fn a_who_clause_without_commas_leaves_the_speech_to_the_subject_before_it() {
    let f = Found::new(
        "A senior official who spoke on condition of anonymity said the talks had stalled.\nThe official who spoke to reporters said the deal was near.\nIn a panel, Marc Morial forcefully told a young woman who suggested that some people may not vote that \"this is not the first generation to be frustrated.\"",
    );
    let rows = [
        row("the talks had stalled", "A senior official", "A senior official"),
        row("the deal was near", "The official", "The official"),
    ];
    assert_eq!(f.indirect()[..2], rows);
    assert_eq!(f.speakers(), ["Marc Morial"]);
}

#[test]
fn what_a_denial_acts_on_is_no_speaker() {
    let f = Found::new(
        "The minister, in a statement released late Friday, denied the report.\nBuzzFeed, which does not disclose its finances, denied the report, saying revenue would meet expectations.",
    );
    assert!(f.indirect().iter().all(|r| r.1 != "the report"), "{:?}", f.indirect());
    assert!(f.speakers_listed().iter().all(|(name, _)| name != "the report"), "{:?}", f.speakers_listed());
}

#[test]
fn a_phrase_after_the_cue_with_a_verb_of_its_own_is_what_was_said() {
    let f = Found::new(
        "The State Department, in a statement, said the embassy would stay open for now.\nThe White House on Monday said the president would travel to Ohio.\nPriebus later Tuesday told reporters that the meeting was set.",
    );
    let rows = [
        row("the embassy would stay open for now", "The State Department", "State Department"),
        row("the president would travel to Ohio", "The White House", "White House"),
        row("the meeting was set", "Priebus", "Priebus"),
    ];
    assert_eq!(f.indirect(), rows);
}

#[test]
fn a_group_of_a_body_speaks_as_the_group_and_media_as_an_organisation() {
    let f = Found::new(
        "Officials at the ministry confirmed that three people had been detained overnight.\nLocal media reported that at least 12 people were injured in the blast.",
    );
    let rows = [
        row("three people had been detained overnight", "Officials at the ministry", "Officials at the ministry"),
        row("at least 12 people were injured in the blast", "Local media", "Local media"),
    ];
    assert_eq!(f.indirect(), rows);
    let kinds: Vec<SpeakerKind> = f.speakers_listed().into_iter().map(|(_, kind)| kind).collect();
    assert_eq!(kinds, [SpeakerKind::Group, SpeakerKind::Organization]);
}

#[test]
fn a_name_set_off_after_a_role_that_follows_the_quote_is_the_speaker() {
    let f = Found::new(
        "\"The program is worth a close look,\" the White House spokesman, Josh Earnest, said on Thursday.\n\"We will appeal,\" Mr. King, 82, told reporters.",
    );
    assert_eq!(f.speakers(), ["Josh Earnest", "Mr King"]);
}

#[test]
fn the_day_after_a_cue_says_when_not_what_and_leaves_the_speaker_before_it() {
    let f = Found::new(
        "Tad Devine said Monday that the senator will arrive with enough delegates.\nTad Devine, a top adviser to the senator, said Monday that the campaign would go on.\nThe mayor said on Friday night the roads would reopen.",
    );
    let rows = [
        row("the senator will arrive with enough delegates", "Tad Devine", "Tad Devine"),
        row("the campaign would go on", "Tad Devine", "Tad Devine"),
        row("the roads would reopen", "The mayor", "The mayor"),
    ];
    assert_eq!(f.indirect(), rows);
}

#[test]
fn a_plural_subject_reports_speech_with_the_verbs_plain_form() {
    let f = Found::new(
        "Cruz's associates insist he is returning to the Senate.\nCritics argue the plan is unfair.\nForecasters warn the storm will reach the coast on Friday.",
    );
    let rows = [
        row("he is returning to the Senate", "Cruz's associates", "Cruz's associates"),
        row("the plan is unfair", "Critics", "Critics"),
        row("the storm will reach the coast on Friday", "Forecasters", "Forecasters"),
    ];
    assert_eq!(f.indirect(), rows);
}

#[test]
fn a_role_right_before_its_cue_is_the_subject_not_an_apposition_to_the_name_before_its_comma() {
    let f = Found::new(
        "The woman was headed to Cairo, her friend said.\nHamdy went to Cairo, her lawyer said.\nHogan Gidley, a spokesman, said the call went well.",
    );
    let rows = [
        row("The woman was headed to Cairo", "her friend", "her friend"),
        row("Hamdy went to Cairo", "her lawyer", "her lawyer"),
        row("the call went well", "Hogan Gidley", "Hogan Gidley"),
    ];
    assert_eq!(f.indirect(), rows);
}

#[test]
fn plain_words_that_open_the_clause_before_a_role_noun_belong_to_the_speaker() {
    let f = Found::new(
        "Public health experts said money is needed.\nAbortion rights advocates said the ruling matters.\nThe plan advocates more spending, officials said.",
    );
    let rows = [
        row("money is needed", "Public health experts", "Public health experts"),
        row("the ruling matters", "Abortion rights advocates", "Abortion rights advocates"),
        row("The plan advocates more spending", "officials", "officials"),
    ];
    assert_eq!(f.indirect(), rows);
}

#[test]
fn a_week_or_an_adverb_between_a_subject_and_its_cue_is_skipped() {
    let f = Found::new(
        "The national committee this week announced it will take another step.\nHer campaign workers here said they have been working the state.\nFord itself said the deal was on.",
    );
    let rows = [
        row("it will take another step", "The national committee", "national committee"),
        row("they have been working the state", "Her campaign workers", "Her campaign workers"),
        row("the deal was on", "Ford", "Ford"),
    ];
    assert_eq!(f.indirect(), rows);
}

#[test]
fn a_cue_after_but_shares_the_subject_of_the_clause() {
    let f = Found::new("Hillary Clinton has expressed concerns but has said she wants the bill to pass.");
    assert_eq!(f.indirect(), [row("she wants the bill to pass", "Hillary Clinton", "Hillary Clinton")]);
}

#[test]
fn a_name_that_ends_in_a_suffix_before_its_apposition_speaks() {
    let f = Found::new("\"It works,\" James B. Comey Jr., the director of the bureau, said at a news conference.");
    assert_eq!(f.speakers(), ["James B Comey Jr"]);
}

#[test]
fn plain_words_after_an_article_and_a_possessive_after_familiar_with_stay_in_the_speaker_phrase() {
    let f = Found::new(
        "The talk show host said the guest was late.\nPeople familiar with his thinking said he will run.\nOne senior administration official said the mission was over.",
    );
    let rows = [
        row("the guest was late", "The talk show host", "The talk show host"),
        row("he will run", "People familiar with his thinking", "People familiar with his thinking"),
        row("the mission was over", "One senior administration official", "One senior administration official"),
    ];
    assert_eq!(f.indirect(), rows);
}

#[test]
fn a_who_clause_after_a_role_set_off_by_commas_leaves_the_speech_to_the_name() {
    let f = Found::new("Nate Silver, the political analyst who predicted the race, said the odds were low.");
    assert_eq!(f.indirect(), [row("the odds were low", "Nate Silver", "Nate Silver")]);
}

#[test]
fn a_sentence_after_a_quote_that_names_its_speaker_may_go_on_after_a_comma() {
    let f = Found::new(
        "Rally\n\n\"I am still Sanders,\" it read.\n\n\"All the way!\" Dawson shouted, shorthand for taking the pro-Sanders fight all the way to the Democratic convention.",
    );
    assert_eq!(f.speakers(), ["", "Dawson"]);
}

#[test]
fn where_a_speaker_said_it_ends_at_that_and_is_no_part_of_what_was_said() {
    let f = Found::new(
        "Dan Patrick reported on his show on AM 570 that the Red Sox have made an offer.\nThe mayor said in that interview the roads would reopen.",
    );
    let rows = [
        row("the Red Sox have made an offer", "Dan Patrick", "Dan Patrick"),
        row("in that interview the roads would reopen", "The mayor", "The mayor"),
    ];
    assert_eq!(f.indirect(), rows);
}

#[test]
fn a_name_set_off_before_an_unnamed_role_speaks_unless_a_preposition_governs_it() {
    let f = Found::new(
        "Steven Cheung, a spokesman, said the office space was needed for new staff.\nThe senator, facing a challenge in Iowa, a swing state, said he would welcome the vote.",
    );
    let rows = [
        row("the office space was needed for new staff", "Steven Cheung", "Steven Cheung"),
        row("he would welcome the vote", "The senator", "The senator"),
    ];
    assert_eq!(f.indirect(), rows);
}

#[test]
fn a_name_that_ends_in_a_suffix_before_its_cue_speaks() {
    let f = Found::new("Vice President Joseph R. Biden Jr. said the remarks had made him a danger to allies.");
    let rows =
        [row("the remarks had made him a danger to allies", "Vice President Joseph R. Biden Jr", "Joseph R Biden Jr")];
    assert_eq!(f.indirect(), rows);
}

#[test]
fn a_share_of_the_people_asked_speaks_as_a_group() {
    let f = Found::new(
        "Among voters, 26% say they are conservative.\nSix in 10 say the mayor is decisive.\nOnly 49 percent of likely voters said they would vote.\nHalf of the survey was done by phone.",
    );
    let rows = [
        row("they are conservative", "26%", "26%"),
        row("the mayor is decisive", "Six in 10", "Six in 10"),
        row("they would vote", "Only 49 percent of likely voters", "Only 49 percent of likely voters"),
    ];
    assert_eq!(f.indirect(), rows);
    let kinds: Vec<SpeakerKind> = f.speakers_listed().into_iter().map(|(_, kind)| kind).collect();
    assert_eq!(kinds, [SpeakerKind::Group; 3]);
}

#[test]
fn a_second_speaker_after_a_comma_or_a_conjunction_has_speech_of_their_own() {
    let f = Found::new(
        "Among the voters, 74 percent said they are set, while 22 percent said they might change their mind.\nSmith said the plan failed and Jones said it would be replaced.\nThe aide said the plan was sound, and Lee said on Monday night that.\nBack when he wrote his book, Mr. Lane said that debt was a last resort.\nCruz said both he and Rubio promised to fight the plan.\nThe police said both were dead, but the police delayed announcing the death of the trooper so his family could be told.",
    );
    let rows = [
        row("they are set", "74 percent", "74 percent"),
        row("they might change their mind", "22 percent", "22 percent"),
        row("the plan failed", "Smith", "Smith"),
        row("it would be replaced", "Jones", "Jones"),
        row("the plan was sound", "The aide", "The aide"),
        row("debt was a last resort", "Mr. Lane", "Lane"),
        row("both he and Rubio promised to fight the plan", "Cruz", "Cruz"),
        row(
            "both were dead, but the police delayed announcing the death of the trooper so his family could be told",
            "The police",
            "police",
        ),
    ];
    assert_eq!(f.indirect(), rows);
}

#[test]
fn a_plural_role_that_opens_a_sentence_and_engineers_nurses_and_farmers_speak_as_groups() {
    let f = Found::new(
        "Lawyers said the patient was stable.\nEngineers said the bridge was safe.\nInvestigators said the fire was set.\nNurses said the ward was full.\nFarmers said the crop had failed.",
    );
    let kinds: Vec<SpeakerKind> = f.speakers_listed().into_iter().map(|(_, kind)| kind).collect();
    assert_eq!(kinds, [SpeakerKind::Group; 5]);
}

#[test]
fn some_or_many_of_a_group_speak_as_a_group_but_not_when_commas_set_them_off() {
    let f = Found::new(
        "Some of his aides say the plan would fail.\nMany in the crowd said the senator was right.\nHis critics in the city, many of them retired teachers, argue that the levy is unfair.",
    );
    let rows = [
        row("the plan would fail", "Some of his aides", "Some of his aides"),
        row("the senator was right", "Many in the crowd", "Many in the crowd"),
        row("the levy is unfair", "critics", "critics"),
    ];
    assert_eq!(f.indirect(), rows);
}

#[test]
fn the_past_week_between_a_subject_and_its_cue_is_skipped() {
    let f = Found::new("Reince Priebus, the party chairman, this past week announced that a website would open.");
    assert_eq!(f.indirect(), [row("a website would open", "Reince Priebus", "Reince Priebus")]);
}

#[test]
fn a_speech_verb_in_s_after_a_number_is_a_plural_noun() {
    let f = Found::new(
        "The inquiry found 44 emails that the aide had deleted.\nThe office logged two calls that the mayor had missed.",
    );
    assert_eq!(f.indirect(), []);
}

#[test]
fn who_issued_a_statement_saying_speaks_through_it() {
    let f = Found::new(
        "Shortly after the call ended, the mayor's campaign sent out a press release saying the rival owes the city an apology.\nThe council issued a statement saying the vote would go ahead.",
    );
    let rows = [
        row("the rival owes the city an apology", "the mayor's campaign", "mayor's campaign"),
        row("the vote would go ahead", "The council", "council"),
    ];
    assert_eq!(f.indirect(), rows);
}

#[test]
fn a_part_of_the_day_after_a_weekday_between_a_subject_and_its_cue_is_skipped() {
    let f = Found::new("Party spokesman Sean Reed on Thursday evening said the party was not in a crisis.");
    assert_eq!(f.indirect(), [row("the party was not in a crisis", "Party spokesman Sean Reed", "Sean Reed")]);
}

#[test]
fn a_role_with_a_before_a_name_set_off_by_commas_or_a_who_clause_leaves_the_speech_to_the_name() {
    let f = Found::new(
        "A longtime party official, Howard Ingram, said the committee gave the money.\nNate Silver, a political analyst who predicted the race, said the odds were low.",
    );
    let rows = [
        row("the committee gave the money", "A longtime party official, Howard Ingram", "Howard Ingram"),
        row("the odds were low", "Nate Silver", "Nate Silver"),
    ];
    assert_eq!(f.indirect(), rows);
}

#[test]
fn a_cue_that_answers_to_someone_or_something_reports_no_speech_unless_that_follows() {
    let f = Found::new(
        "Police responded to both, but it was an employee who found the device.\nFirefighters responded to the call, and the chief said the fire was out.\nThe mayor replied to reporters on Friday that the budget would pass.",
    );
    let rows =
        [row("the fire was out", "the chief", "the chief"), row("the budget would pass", "The mayor", "The mayor")];
    assert_eq!(f.indirect(), rows);
}

#[test]
fn a_cue_that_takes_an_object_reports_speech_only_when_a_clause_or_a_bare_noun_follows() {
    let f = Found::new(
        "The Eastern standings have claimed another coach, with Maurice Cheeks joining the list.\nProsecutors charged the driver with manslaughter after the crash.\nThe storm claimed 12 lives in the county on Sunday.\nJohnson claimed the money disappeared from his office.\nThe coach charged that the referees were biased.\nThe rebel group claimed responsibility for the attack.",
    );
    let rows = [
        row("the money disappeared from his office", "Johnson", "Johnson"),
        row("the referees were biased", "The coach", "The coach"),
        row("responsibility for the attack", "The rebel group", "rebel group"),
    ];
    assert_eq!(f.indirect(), rows);
}

#[test]
fn names_joined_by_and_speak_as_one_group_that_they_and_a_shorter_form_find_again() {
    let f = Found::new(
        "\"He is a consummate entertainer,\" said Laurence Mark and Bill Condon, the new producers of the show.\n\"We are thrilled,\" said Condon.\nCommerce Secretary Gary Locke and Interior Secretary Ken Salazar said the rule would be reversed. \"Science is back,\" Locke and Salazar said. They said agencies would consult biologists again.",
    );
    assert_eq!(f.speakers(), ["Laurence Mark and Bill Condon", "Bill Condon", "Gary Locke and Ken Salazar"]);
    assert_eq!((f.role_of("Laurence Mark and Bill Condon"), f.role_of("Bill Condon")), (Some("new producers"), None));
    let sources: Vec<String> = f.indirect().into_iter().map(|r| r.2).collect();
    assert_eq!(sources, ["Gary Locke and Ken Salazar"; 2]);
    let groups = f.speakers_listed().into_iter().filter(|(_, kind)| *kind == SpeakerKind::Group).count();
    assert_eq!(groups, 2);
}
