//! Why the current quotation was attributed to its speaker: the sieve, its confidence, the
//! cue and the words the attribution rests on.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget, Wrap};

use super::common::overlay_frame;
use crate::analysis::model::Method;
use crate::tui::action::Action;
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

/// The rule behind a quotation's speaker in a few words, for the status bar: "named after
/// the quotation", "'she' is Kim Kardashian".
pub fn rule_in_words(story: &crate::Story, q: &crate::analysis::model::Quote) -> String {
    let text = story.text();
    let name = q
        .speaker
        .and_then(|s| story.people.get(s))
        .map_or("nobody", |p| p.name.as_str());
    let mention = q.speaker_mention.map(|m| {
        let words = text[m].split_whitespace().collect::<Vec<_>>().join(" ");
        crate::tui::safe::sanitize(&words)
    });
    let is = |what: &str| match &mention {
        Some(m) if m.as_str() != name => format!("'{m}' is {name}, {what}"),
        _ => what.to_string(),
    };
    match q.method {
        Method::ExplicitCue => {
            let after = q.speaker_mention.is_some_and(|m| m.start() >= q.span.end());
            if after {
                "named after the quotation".into()
            } else {
                "named before the quotation".into()
            }
        }
        Method::PronounCue | Method::ColonIntroPronoun => is("the person last named"),
        Method::DescriptionCue | Method::ColonIntroDescription => {
            is("the main person of that description")
        }
        Method::ColonIntro => "introduced before the quotation".into(),
        Method::AccordingTo => "'according to' names the source".into(),
        Method::Continuation => "goes on from the quotation before".into(),
        Method::SentenceSubject => is("the subject of the sentence"),
        Method::TurnTaking => "a dialogue: speakers take turns".into(),
        Method::DashCredit => "credited after a dash".into(),
        Method::TrailingCue => "named at the end of the sentence".into(),
        Method::IntroParagraph => "introduced at the end of the paragraph before".into(),
        Method::PreviousSentenceCue => "the sentence before reports their words".into(),
        Method::ActionBeat => "the sentence before tells what they did".into(),
        Method::Headline => "named in the headline".into(),
        Method::User => "corrected by you".into(),
        Method::None => "no rule found a speaker".into(),
    }
}

impl Widget for &WhyView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let app = self.app;
        let story = &app.story;
        let text = story.text();
        let hints = [(Action::Escape, "close")];
        let inner = overlay_frame(app, "Why this speaker?", &hints, area, buf);
        let mut lines = Vec::new();
        match app.current_quote.and_then(|q| story.quotes.get(q)) {
            None => lines.push(Line::from("No current quotation: press ] to go to one.")),
            Some(q) => {
                let field = |k: &str, v: String| {
                    Line::from(vec![
                        Span::styled(format!("{k:<10}"), app.theme.heading()),
                        Span::raw(crate::tui::safe::sanitize(&v)),
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
                lines.push(field("why", rule_in_words(story, q)));
                lines.push(field("rule", q.method.explain().to_string()));
                lines.push(field(
                    "",
                    format!("({}, confidence {:.2})", q.method, q.confidence),
                ));
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
        let inner = Rect {
            x: inner.x + 1,
            width: inner.width.saturating_sub(2),
            ..inner
        };
        Paragraph::new(lines)
            .wrap(Wrap { trim: true })
            .render(inner, buf);
    }
}
