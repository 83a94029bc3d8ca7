//! Which palette colour each speaker gets, once per story.
//!
//! A colour by person index repeats every few people, so in a novel the heroine and the
//! king can come out the same. Instead the speakers are coloured like a map: two speakers
//! *talk together* when their quotations lie within [`SCENE_PARAGRAPHS`] paragraphs of each
//! other, and no two speakers who talk together share a colour while the palette allows it.
//! Speakers are coloured greedily, most quoted first; the [`DISTINCT`] most quoted get a
//! colour each (the palette's first, best-separated ones), and the others prefer colours
//! that none of those has, so the people the reader follows most stay unmistakable.

use std::cmp::Reverse;
use std::collections::BTreeSet;

use crate::story::Story;

/// Quotations this many paragraphs apart or closer are one scene.
pub const SCENE_PARAGRAPHS: usize = 5;

/// The most-quoted speakers that never share a colour (when the palette has this many).
pub const DISTINCT: usize = 16;

/// The palette slot (`0..slots`) of every person of `story`, indexed like `story.people`.
pub fn assign(story: &Story, slots: usize) -> Vec<usize> {
    let mut counts = vec![0usize; story.people.len()];
    for s in story.quotes.iter().filter_map(|q| q.speaker) {
        if let Some(c) = counts.get_mut(s) {
            *c += 1;
        }
    }
    let mut order: Vec<usize> = (0..counts.len()).collect();
    // Stable: people quoted as often keep their order of first mention.
    order.sort_by_key(|&p| Reverse(counts[p]));
    colour(&order, &talk_graph(story), slots)
}

/// Who talks with whom: for each person, the other speakers with a quotation within
/// [`SCENE_PARAGRAPHS`] paragraphs of one of theirs (sorted, each once).
pub fn talk_graph(story: &Story) -> Vec<Vec<usize>> {
    let n = story.people.len();
    let mut edges = BTreeSet::new();
    // The speakers of the last few paragraphs with the paragraph each last spoke in.
    let mut recent: Vec<(usize, usize)> = Vec::new();
    for q in &story.quotes {
        let Some(s) = q.speaker.filter(|&s| s < n) else {
            continue;
        };
        let at = story.document.paragraph_at(q.span.start()).unwrap_or(0);
        recent.retain(|&(t, p)| t != s && p + SCENE_PARAGRAPHS >= at);
        for &(t, _) in &recent {
            edges.insert((s.min(t), s.max(t)));
        }
        recent.push((s, at));
    }
    let mut graph = vec![Vec::new(); n];
    for (a, b) in edges {
        graph[a].push(b);
        graph[b].push(a);
    }
    graph
}

/// Greedy colouring of `graph` in `order` with `slots` colours. Each vertex takes, in this
/// order of preference: a colour none of its coloured neighbours has (fewest clashes when
/// every colour clashes), one that none of the first [`DISTINCT`] vertices took, the least
/// used, the first. The first `DISTINCT` vertices therefore get slots `0, 1, 2, …` in order.
/// Vertices missing from `order` get slot 0.
pub fn colour(order: &[usize], graph: &[Vec<usize>], slots: usize) -> Vec<usize> {
    let slots = slots.max(1);
    let mut slot: Vec<Option<usize>> = vec![None; graph.len()];
    let mut top = vec![false; slots];
    let mut uses = vec![0usize; slots];
    let mut clash = vec![0usize; slots];
    for (rank, &v) in order.iter().enumerate() {
        let Some(neighbours) = graph.get(v) else {
            continue;
        };
        clash.iter_mut().for_each(|c| *c = 0);
        for &u in neighbours {
            if let Some(c) = slot.get(u).copied().flatten() {
                clash[c] += 1;
            }
        }
        let pick = (0..slots)
            .min_by_key(|&c| (clash[c], top[c], uses[c], c))
            .unwrap_or(0);
        slot[v] = Some(pick);
        uses[pick] += 1;
        if rank < DISTINCT {
            top[pick] = true;
        }
    }
    slot.into_iter().map(|s| s.unwrap_or(0)).collect()
}

#[cfg(test)]
pub(crate) mod tests;
