//! Why the current quotation was attributed to its speaker: the sieve, its confidence, the
//! cue and the words the attribution rests on.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Widget};

use super::fit;
use crate::tui::app::App;

/// The "why" overlay.
pub struct WhyView<'a> {
    app: &'a App,
}

impl<'a> WhyView<'a> {
    /// The explanation for `app`'s current quotation.
    pub fn new(app: &'a App) -> Self {
        Self { app }
    }
}

/// A sentence for each sieve.
fn explain(method: &str) -> &'static str {
    match method {
        "explicit_cue" => "a speech verb next to the quotation names the speaker",
        "pronoun_cue" => "a speech verb with a pronoun, resolved to the most recent fitting person",
        "description_cue" => "a speech verb with a description (\"the senator\"), linked to the story's main fitting person",
        "colon_intro" | "colon_intro_pronoun" | "colon_intro_description" => {
            "the sentence introduces the quotation with a speech verb before it"
        }
        "according_to" => "\"according to\" names the source",
        "continuation" => "no cue of its own: it goes on from the previous quotation's speaker",
        "sentence_subject" => "the subject of the sentence the quotation sits in",
        "turn_taking" => "a dialogue without cues: speakers take turns",
        "dash_credit" => "a dash after the quotation credits its speaker (\"… ― Name\")",
        "trailing_cue" => "the sentence ends by naming who said it (\"…, X said.\")",
        "intro_paragraph" => "the paragraph before ends by introducing it (\"X said,\")",
        "previous_sentence_cue" => "the sentence before reports the same speaker's words",
        "action_beat" => "the sentence before tells what the speaker did",
        _ => "no rule found a speaker, so none is guessed",
    }
}

impl Widget for &WhyView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let app = self.app;
        let story = &app.story;
        let text = story.text();
        Clear.render(area, buf);
        let block = Block::new()
            .borders(Borders::ALL)
            .border_style(app.theme.heading())
            .title(Span::styled(
                " Why this speaker? — Esc to close ",
                app.theme.heading(),
            ));
        let inner = block.inner(area);
        block.render(area, buf);
        let width = usize::from(inner.width).saturating_sub(14);
        let mut lines = Vec::new();
        match app.current_quote.and_then(|q| story.quotes.get(q)) {
            None => lines.push(Line::from("No current quotation: press ] to go to one.")),
            Some(q) => {
                let field = |k: &str, v: String| {
                    Line::from(vec![
                        Span::styled(format!("{k:<12}"), app.theme.heading()),
                        Span::raw(fit(&v, width)),
                    ])
                };
                let quote = text[q.span]
                    .split_whitespace()
                    .collect::<Vec<_>>()
                    .join(" ");
                lines.push(field("quotation", quote));
                lines.push(field(
                    "speaker",
                    q.speaker
                        .map_or("none".to_string(), |s| story.people[s].name.clone()),
                ));
                lines.push(field(
                    "rule",
                    format!("{} (confidence {:.2})", q.method, q.confidence),
                ));
                lines.push(field("", explain(q.method).to_string()));
                lines.push(field(
                    "cue",
                    q.cue.map_or("—".to_string(), |c| text[c].to_string()),
                ));
                lines.push(field(
                    "rests on",
                    q.speaker_mention
                        .map_or("—".to_string(), |m| text[m].to_string()),
                ));
            }
        }
        for (y, line) in lines
            .into_iter()
            .take(usize::from(inner.height))
            .enumerate()
        {
            buf.set_line(
                inner.x + 1,
                inner.y + y as u16,
                &line,
                inner.width.saturating_sub(1),
            );
        }
    }
}
