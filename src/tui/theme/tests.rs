use super::*;

#[test]
fn speakers_get_distinct_stable_colours() {
    let t = Theme::new(false);
    assert_ne!(t.quote(Some(0)), t.quote(Some(1)));
    assert_eq!(t.quote(Some(2)), t.quote(Some(2)));
    assert_ne!(t.quote(None), t.quote(Some(0)));
}

#[test]
fn mono_theme_tells_things_apart_without_colour() {
    let t = Theme::new(true);
    let styles = [
        t.quote(Some(0)),
        t.quote(None),
        t.current(t.quote(Some(0))),
        t.search_hit(),
        t.term(),
    ];
    for s in styles {
        assert_eq!(s.fg, None);
        assert_eq!(s.bg, None);
        assert!(!s.add_modifier.is_empty());
    }
    assert_ne!(styles[0], styles[1]);
    assert_ne!(styles[0], styles[2]);
}

/// The red, green and blue of a colour whose value the theme fixes (not the 16 colours
/// every terminal paints its own way).
fn rgb(c: Color) -> (u8, u8, u8) {
    const LEVELS: [u8; 6] = [0, 95, 135, 175, 215, 255];
    match c {
        Color::Rgb(r, g, b) => (r, g, b),
        Color::Indexed(i @ 16..=231) => {
            let i = usize::from(i - 16);
            (LEVELS[i / 36], LEVELS[i / 6 % 6], LEVELS[i % 6])
        }
        Color::Indexed(i @ 232..) => {
            let v = 8 + 10 * (i - 232);
            (v, v, v)
        }
        other => panic!("{other:?}: a speaker colour the terminal chooses"),
    }
}

fn linear(c: u8) -> f64 {
    let c = f64::from(c) / 255.0;
    if c <= 0.04045 {
        c / 12.92
    } else {
        ((c + 0.055) / 1.055).powf(2.4)
    }
}

/// Relative luminance (WCAG): 0 black, 1 white.
fn luminance((r, g, b): (u8, u8, u8)) -> f64 {
    0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b)
}

/// OKLab (Björn Ottosson, 2020): distances roughly as the eye sees them.
fn oklab((r, g, b): (u8, u8, u8)) -> [f64; 3] {
    let (r, g, b) = (linear(r), linear(g), linear(b));
    let l = (0.4122214708 * r + 0.5363325363 * g + 0.0514459929 * b).cbrt();
    let m = (0.2119034982 * r + 0.6806995451 * g + 0.1073969566 * b).cbrt();
    let s = (0.0883024619 * r + 0.2817188376 * g + 0.6299787005 * b).cbrt();
    [
        0.2104542553 * l + 0.7936177850 * m - 0.0040720468 * s,
        1.9779984951 * l - 2.4285922050 * m + 0.4505937099 * s,
        0.0259040371 * l + 0.7827717662 * m - 0.8086757660 * s,
    ]
}

fn speaker_colours(t: &Theme) -> Vec<Color> {
    (0..t.speaker_slots())
        .filter_map(|i| t.quote(Some(i)).fg)
        .collect()
}

#[test]
fn the_palette_has_sixteen_separate_mid_tones_and_more_with_true_colour() {
    assert_eq!(Colours::parse(DEFAULT_THEME).err(), None);
    let indexed = Theme::new(false);
    let truecolor = Theme::with(false, true, Colours::default());
    assert!(indexed.speaker_slots() >= 16);
    assert!(truecolor.speaker_slots() > indexed.speaker_slots());
    let colours = speaker_colours(&truecolor);
    assert_eq!(colours.len(), truecolor.speaker_slots());
    assert_eq!(
        &colours[..indexed.speaker_slots()],
        &speaker_colours(&indexed)[..],
        "true colour adds colours after the 256-colour ones"
    );
    for &c in &colours {
        assert!(
            matches!(c, Color::Indexed(16..=231) | Color::Rgb(..)),
            "{c:?}"
        );
        // Neither near black nor near white: readable on dark and light backgrounds.
        let y = luminance(rgb(c));
        assert!((0.09..=0.35).contains(&y), "{c:?}: luminance {y:.2}");
    }
    for (i, &a) in colours.iter().enumerate() {
        for (j, &b) in colours.iter().enumerate().skip(i + 1) {
            let d = f64::sqrt(
                oklab(rgb(a))
                    .iter()
                    .zip(oklab(rgb(b)))
                    .map(|(x, y)| (x - y).powi(2))
                    .sum(),
            );
            assert!(d >= 0.07, "{a:?} and {b:?} are too alike ({d:.3})");
            // The 16 most-quoted speakers' colours are further apart still.
            if j < 16 {
                assert!(d >= 0.11, "{a:?} and {b:?} among the first 16 ({d:.3})");
            }
        }
    }
}

#[test]
fn the_mono_theme_shows_no_swatch_colour() {
    let t = Theme::new(true);
    assert_eq!(t.swatch(0), Style::new());
    assert_eq!(t.speaker(3).fg, None);
    let c = Theme::new(false);
    assert_eq!(c.swatch(3).fg, c.quote(Some(3)).fg);
}

#[test]
fn a_user_file_overrides_only_what_it_names() {
    let user = Colours::parse("speakers = [\"#ff0000\", 21, \"green\"]\nsearch = 226\n")
        .unwrap_or_else(|e| panic!("{e}"));
    let t = Theme::with(false, false, user);
    let built_in = Theme::new(false);
    assert_eq!(t.speaker_slots(), 3);
    assert_eq!(t.quote(Some(0)).fg, Some(Color::Rgb(255, 0, 0)));
    assert_eq!(t.quote(Some(1)).fg, Some(Color::Indexed(21)));
    assert_eq!(t.quote(Some(2)).fg, Some(Color::Green));
    assert_eq!(t.search_hit().bg, Some(Color::Indexed(226)));
    assert_eq!(t.heading(), built_in.heading(), "accent is not named: kept");
    assert_ne!(t.search_hit(), built_in.search_hit());
}

#[test]
fn a_broken_user_file_is_a_one_line_error() {
    let cases = [
        ("accent = 37\nsearch = = 3\n", "line 2: "),
        ("speakers = [33,\n", "line 1: unclosed array"),
        ("speakers = [300]", "speakers[0]: 300 is not a colour"),
        (
            "speakers = [\"#12\"]",
            "speakers[0]: \"#12\" is not a colour",
        ),
        ("speakers = []", "speakers: the list is empty"),
        ("speakers = 33", "speakers: expected a list of colours"),
        ("accent = true", "accent: true is not a colour"),
        ("speaker = [33]", "unknown key `speaker`"),
    ];
    for (source, needle) in cases {
        let err = Colours::parse(source).err().unwrap_or_default();
        assert!(err.contains(needle), "{source:?}: {err:?}");
        assert!(!err.contains('\n'), "{source:?}: {err:?}");
    }
}

#[test]
fn the_user_file_is_read_from_its_path_and_named_in_errors() {
    let dir = std::env::temp_dir().join(format!("whosaid-theme-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap_or_else(|e| panic!("{e}"));
    let file = dir.join("theme.toml");
    assert_eq!(Colours::read(&file), Ok(Colours::default()), "no file");
    std::fs::write(&file, "accent = 21\n").unwrap_or_else(|e| panic!("{e}"));
    let t = Theme::with(false, false, Colours::read(&file).unwrap_or_default());
    assert_eq!(t.heading().fg, Some(Color::Indexed(21)));
    std::fs::write(&file, "accent = \n").unwrap_or_else(|e| panic!("{e}"));
    let err = Colours::read(&file).err().unwrap_or_default();
    assert!(
        err.starts_with(&format!("{}: line 1", file.display())),
        "{err}"
    );
    // A directory where the file should be cannot be read.
    let err = Colours::read(&dir).err().unwrap_or_default();
    assert!(err.starts_with(&dir.display().to_string()), "{err}");
    let _ = std::fs::remove_dir_all(&dir);
}
