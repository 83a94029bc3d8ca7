use super::*;
use crate::tui::theme::Theme;

/// Thirty made-up characters.
const NAMES: [&str; 30] = [
    "Arthur",
    "Beatrice",
    "Cedric",
    "Dorothy",
    "Edmund",
    "Florence",
    "Gilbert",
    "Harriet",
    "Ivan",
    "Josephine",
    "Kenneth",
    "Lavinia",
    "Martin",
    "Nora",
    "Oswald",
    "Phoebe",
    "Quentin",
    "Rosalind",
    "Stanley",
    "Theodora",
    "Ulric",
    "Violet",
    "Walter",
    "Yvonne",
    "Albert",
    "Bridget",
    "Clement",
    "Daphne",
    "Eustace",
    "Felicity",
];

/// One scene of the made-up novel: where its dialogue lies and who speaks in it.
pub struct Scene {
    pub range: std::ops::Range<usize>,
    pub cast: Vec<usize>,
}

/// A made-up novel (written here, not taken from any book): 60 scenes, each four
/// characters talking in six paragraphs, then a paragraph of narration. Three leads are in
/// a scene out of three, five others in one out of five, and 22 minor characters come and
/// go, so some are quoted once or twice and the cast is far larger than any palette.
pub fn novel() -> (String, Vec<Scene>) {
    let mut text = String::from("The Long Week\n\n");
    let mut scenes = Vec::new();
    let mut remark = 0;
    for s in 0..60 {
        let mut cast = vec![s % 3, 3 + s % 5, 8 + (s * 7) % 22, 8 + (s * 11 + 3) % 22];
        cast.dedup();
        let start = text.len();
        for &c in cast.iter().chain(&cast).take(6) {
            remark += 1;
            text.push_str(&format!(
                "\"This is remark number {remark},\" said {}.\n\n",
                NAMES[c]
            ));
        }
        scenes.push(Scene {
            range: start..text.len(),
            cast,
        });
        text.push_str(
            "The evening passed in silence, and nobody spoke again until the morning came.\n\n",
        );
    }
    (text, scenes)
}

/// The novel, analysed, with each scene's speakers as `story.people` indexes (checked to
/// be the scene's cast, so the tests below rest on the right attributions).
fn analysed() -> (Story, Vec<Vec<usize>>) {
    let (text, scenes) = novel();
    let story = crate::analyze(&text);
    let speakers = scenes
        .iter()
        .map(|scene| {
            let mut who: Vec<usize> = story
                .quotes
                .iter()
                .filter(|q| scene.range.contains(&q.span.start()))
                .filter_map(|q| q.speaker)
                .collect();
            who.sort_unstable();
            who.dedup();
            let mut names: Vec<&str> = who.iter().map(|&p| story.people[p].name.as_str()).collect();
            let mut cast: Vec<&str> = scene.cast.iter().map(|&c| NAMES[c]).collect();
            names.sort_unstable();
            cast.sort_unstable();
            assert_eq!(
                names, cast,
                "the scene's quotations are attributed to its cast"
            );
            who
        })
        .collect();
    (story, speakers)
}

#[test]
fn the_sixteen_most_quoted_speakers_of_a_novel_get_sixteen_colours() {
    let (story, _) = analysed();
    let theme = Theme::new(false);
    let slots = assign(&story, theme.speaker_slots());
    let mut order: Vec<usize> = (0..story.people.len()).collect();
    order.sort_by_key(|&p| Reverse(story.quote_count(p)));
    assert!(
        story.quote_count(order[15]) > 0,
        "sixteen speakers at least"
    );
    let colours: Vec<_> = order[..16]
        .iter()
        .map(|&p| theme.quote(Some(slots[p])).fg)
        .collect();
    for (i, a) in colours.iter().enumerate() {
        for (j, b) in colours.iter().enumerate().skip(i + 1) {
            assert_ne!(
                a, b,
                "{} and {} share a colour",
                story.people[order[i]].name, story.people[order[j]].name
            );
        }
    }
}

#[test]
fn speakers_of_one_scene_never_share_a_colour_even_beyond_the_palette() {
    let (story, scenes) = analysed();
    let palette = Theme::new(false).speaker_slots();
    let slots = assign(&story, palette);
    let speakers = (0..story.people.len())
        .filter(|&p| story.quote_count(p) > 0)
        .count();
    assert!(
        speakers > palette,
        "more speakers than colours: some must share"
    );
    for (scene, who) in scenes.iter().enumerate() {
        for (i, &a) in who.iter().enumerate() {
            for &b in &who[i + 1..] {
                assert_ne!(
                    slots[a], slots[b],
                    "scene {scene}: {} and {} share a colour",
                    story.people[a].name, story.people[b].name
                );
            }
        }
    }
}

#[test]
fn the_most_quoted_take_the_first_colours_and_the_rest_avoid_theirs() {
    // Twenty speakers, nobody talks with anybody: the first sixteen take slots 0..16 in
    // order, the next ones the colours no top speaker has, then the least used.
    let graph = vec![Vec::new(); 20];
    let order: Vec<usize> = (0..20).rev().collect();
    let slots = colour(&order, &graph, 18);
    for (rank, &v) in order.iter().enumerate().take(16) {
        assert_eq!(slots[v], rank);
    }
    assert_eq!((slots[order[16]], slots[order[17]]), (16, 17));
    assert_eq!((slots[order[18]], slots[order[19]]), (16, 17));
}

#[test]
fn a_crowded_scene_takes_the_colour_with_the_fewest_clashes() {
    // Four speakers who all talk together and three colours: the last one must share,
    // and shares with one speaker only.
    let all = |v: usize| (0..4).filter(|&u| u != v).collect::<Vec<_>>();
    let graph: Vec<Vec<usize>> = (0..4).map(all).collect();
    let slots = colour(&[0, 1, 2, 3], &graph, 3);
    assert_eq!(&slots[..3], &[0, 1, 2]);
    assert_eq!(slots[3], 0);
    // No palette at all, or someone not in the graph: no panic, slot 0.
    assert_eq!(colour(&[0, 7], &[vec![]], 0), vec![0]);
}

#[test]
fn talking_together_is_a_matter_of_a_few_paragraphs() {
    let mut text = String::from(
        "A Day\n\n\"Good morning,\" said Arthur.\n\n\"Good morning,\" said Beatrice.\n\n",
    );
    for _ in 0..SCENE_PARAGRAPHS {
        text.push_str("A long day passed.\n\n");
    }
    text.push_str("\"Good night,\" said Cedric.\n");
    let story = crate::analyze(&text);
    let who = |name: &str| {
        story
            .people
            .iter()
            .position(|p| p.name == name)
            .unwrap_or_else(|| panic!("{name} is found"))
    };
    let (a, b, c) = (who("Arthur"), who("Beatrice"), who("Cedric"));
    let graph = talk_graph(&story);
    assert_eq!(graph[a], vec![b]);
    assert_eq!(graph[b], vec![a]);
    assert!(graph[c].is_empty(), "Cedric speaks scenes later: {graph:?}");
}
