use super::*;
use crate::figures::Figures;
use crate::model::Lang;
use crate::report::fixture;

fn render_fixture(locale: Locale, color: bool) -> String {
    let dataset = fixture::dataset();
    let figures = Figures::compute(&dataset);
    Report::all(&dataset, &figures).render(super::super::Kind::Text(TextOptions { locale, color }))
}

#[test]
fn fits_80_columns() {
    for locale in [
        Locale::new(Lang::En),
        Locale::new(Lang::Da),
        Locale::ascii(Lang::Da),
    ] {
        let text = render_fixture(locale, false);
        for line in text.lines() {
            assert!(line.width() <= WIDTH, "{}: {line:?}", line.width());
        }
    }
}

#[test]
fn ascii_is_ascii_and_has_no_escapes() {
    let text = render_fixture(Locale::ascii(Lang::Da), false);
    assert!(text.is_ascii());
    assert!(!text.contains('\u{1b}'));
}

#[test]
fn data_strings_are_sanitised() {
    let text = render_fixture(Locale::new(Lang::En), false);
    assert!(
        !text.contains('\u{1b}'),
        "the fixture's escape sequence must not pass"
    );
    assert!(text.contains("and a newline �[2J"), "{text}");
}

#[test]
fn colour_only_when_asked() {
    let text = render_fixture(Locale::new(Lang::En), true);
    assert!(text.contains("\u{1b}[32mon track\u{1b}[0m"), "{text}");
    assert!(text.contains("\u{1b}[31m"));
}

#[test]
fn shows_the_homelessness_example() {
    let text = render_fixture(Locale::new(Lang::Da), false);
    assert!(
        text.contains("█▅▆▁  38 personer (dec. 2016) · −23 personer (−37,7 %) siden maj 2015"),
        "{text}"
    );
    assert!(
        text.contains("tendens −12,9 personer om året ↘ forbedres"),
        "{text}"
    );
}
