//! Open SDG repositories built by hand in tests/fixtures/opensdg/: every metadata form, units
//! and series columns, disaggregations, translation keys, ranges of years, missing values, bad
//! input, and the progress measure on the mapped series. The expected progress numbers were
//! computed by sdg-build's own progress code on the same series.

use std::path::Path;
use std::process::Command;

use goalboard::figures::open_sdg::{
    ProgressOptions, ProgressStatus, ThresholdOverride, Way, indicator_progress, series_progress,
};
use goalboard::opensdg::{is_repository, load_dir, read_repository};
use serde_json::Value;

fn fixture(name: &str) -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/opensdg")
        .join(name)
}

fn document(name: &str) -> Value {
    let imported = read_repository(&fixture(name));
    assert!(
        imported.diagnostics.is_empty(),
        "{:?}",
        imported.diagnostics
    );
    imported.document
}

fn indicator<'a>(doc: &'a Value, id: &str) -> &'a Value {
    doc["goals"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|g| g["indicators"].as_array().unwrap())
        .find(|i| i["id"] == id)
        .unwrap_or_else(|| panic!("no indicator {id}"))
}

/// The measure as the dataset's `open_sdg` member asks for it, on the mapped series.
/// The indicator's status and score, and each option's progress value and score.
type Measured = (ProgressStatus, Option<f64>, Vec<(Option<f64>, Option<f64>)>);

fn progress(ind: &Value) -> Measured {
    let options = ind["open_sdg"]["options"].as_array().unwrap();
    let each = options.iter().map(|o| {
        let series = match o.get("breakdown") {
            None => &ind["series"],
            Some(dims) => &ind["breakdowns"]
                .as_array()
                .unwrap()
                .iter()
                .find(|b| &b["dimensions"] == dims)
                .unwrap()["series"],
        };
        let points: Vec<(i32, f64)> = series
            .as_array()
            .unwrap()
            .iter()
            .map(|p| {
                (
                    p["date"].as_str().unwrap().parse().unwrap(),
                    p["value"].as_f64().unwrap(),
                )
            })
            .collect();
        let options = ProgressOptions {
            base_year: o["base_year"].as_i64().map_or(2015, |y| y as i32),
            target_year: o["target_year"].as_i64().map_or(2030, |y| y as i32),
            target: o["target"].as_f64(),
            way: if o["direction"] == "increase" {
                Way::Increase
            } else {
                Way::Decrease
            },
            limit: o["limit"].as_f64(),
            thresholds: ThresholdOverride::default(),
        };
        series_progress(&points, &options)
    });
    let result = indicator_progress(each.collect());
    let parts = result
        .options
        .iter()
        .map(|s| (s.progress_value, s.score))
        .collect();
    (result.status, result.score, parts)
}

fn close(a: Option<f64>, b: f64) {
    let a = a.expect("a number");
    assert!((a - b).abs() < 1e-9, "{a} != {b}");
}

#[test]
fn a_repository_is_found_by_its_data_files() {
    assert!(is_repository(&fixture("starter")));
    assert!(is_repository(&fixture("csvmeta")));
    assert!(!is_repository(&fixture("starter/meta")));
}

#[test]
fn goals_and_indicators_in_sdg_order_with_titles() {
    let doc = document("starter");
    assert_eq!(doc["status_method"], "open-sdg");
    assert_eq!(doc["language"], "en");
    let goals: Vec<&str> = doc["goals"]
        .as_array()
        .unwrap()
        .iter()
        .map(|g| g["id"].as_str().unwrap())
        .collect();
    assert_eq!(goals, ["1", "3"]);
    assert_eq!(
        doc["goals"][0]["title"],
        "End poverty in all its forms everywhere"
    );
    let ids: Vec<&str> = doc["goals"][0]["indicators"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["id"].as_str().unwrap())
        .collect();
    assert_eq!(
        ids,
        ["1-2-1", "1-10-1", "1-a-1"],
        "archived-1-1-1.csv is left out"
    );
    // A global key from the bundled sdg-translations titles, a key of the repository's own
    // translations, and the id when there is nothing else.
    assert!(
        indicator(&doc, "1-2-1")["title"]
            .as_str()
            .unwrap()
            .starts_with("Proportion of population living below")
    );
    assert_eq!(
        indicator(&doc, "3-2-1")["title"],
        "Under-five mortality rate (national)"
    );
    assert_eq!(indicator(&doc, "1-10-1")["title"], "1-10-1");
}

fn description(doc: &Value, id: &str) -> String {
    indicator(doc, id)["description"]
        .as_str()
        .unwrap_or_default()
        .to_owned()
}

#[test]
fn each_indicator_shows_its_global_target() {
    let doc = document("starter");
    // `target_name: global_targets.1-2-title`, a key, from the bundled target titles.
    assert!(
        description(&doc, "1-2-1").contains(
            "Target 1.2: By 2030, reduce at least by half the proportion of men, women and \
             children of all ages living in poverty in all its dimensions according to national \
             definitions"
        ),
        "{}",
        description(&doc, "1-2-1")
    );
    // No metadata naming it: the target the id names, after what the site says.
    let manual = description(&doc, "1-a-1");
    assert!(manual.starts_with("No data yet"), "{manual}");
    assert!(manual.contains("Target 1.a: Ensure significant mobilization of resources"));
    // The repository's own wording wins over the bundled one.
    assert!(description(&doc, "3-2-1").contains(
        "Target 3.2: End preventable deaths of newborns and children (national wording)"
    ));
    // A national indicator under no global target shows none.
    assert!(!description(&doc, "1-10-1").contains("Target"));
    no_raw_keys(&doc);
}

#[test]
fn disaggregations_translated_and_blank_values_left_out() {
    let doc = document("starter");
    let ind = indicator(&doc, "1-2-1");
    assert_eq!(ind["unit"], "%");
    assert_eq!(ind["decimals"], 1);
    assert_eq!(ind["series"].as_array().unwrap().len(), 3);
    let dims: Vec<&Value> = ind["breakdowns"]
        .as_array()
        .unwrap()
        .iter()
        .map(|b| &b["dimensions"])
        .collect();
    assert_eq!(
        dims,
        [
            &serde_json::json!({"Sex": "Women"}),
            &serde_json::json!({"Sex": "Men"})
        ]
    );
    assert_eq!(
        ind["breakdowns"][1]["series"].as_array().unwrap().len(),
        1,
        "the blank 2020 value is no point"
    );
    assert_eq!(
        ind["target"],
        serde_json::json!({"value": 10.0, "date": "2030"})
    );
    assert_eq!(ind["direction"], "decrease");
}

#[test]
fn units_and_series_split_the_data_and_ranges_keep_their_years() {
    let doc = document("starter");
    let ind = indicator(&doc, "3-2-1");
    assert_eq!(ind["unit"], "Per 1000 live births");
    let series = ind["series"].as_array().unwrap();
    assert_eq!(series[0]["date"], "2014");
    assert_eq!(series[0]["note"], "Year 2014-2015");
    assert_eq!(
        series[1]["note"],
        "Year 2019-2020; Observation status: Estimated"
    );
    let dims: Vec<&Value> = ind["breakdowns"]
        .as_array()
        .unwrap()
        .iter()
        .map(|b| &b["dimensions"])
        .collect();
    assert_eq!(
        dims,
        [
            &serde_json::json!({"Units": "Number"}),
            &serde_json::json!({"Series": "Neonatal mortality"})
        ]
    );
}

#[test]
fn manual_status_and_no_data_yet() {
    let doc = document("starter");
    let ind = indicator(&doc, "1-a-1");
    assert_eq!(
        ind["open_sdg"],
        serde_json::json!({"auto": false, "status": "target_achieved", "options": []})
    );
    assert!(
        ind["description"]
            .as_str()
            .unwrap()
            .starts_with("No data yet")
    );
}

#[test]
fn csv_metadata_through_its_mapping_and_translated_metadata() {
    let doc = document("csvmeta");
    assert_eq!(doc["language"], "da");
    let ind = indicator(&doc, "5-5-2");
    assert_eq!(ind["title"], "Andel kvinder i ledende stillinger");
    assert_eq!(ind["unit"], "%");
    assert_eq!(ind["direction"], "increase");
    assert_eq!(
        ind["target"],
        serde_json::json!({"value": 40.0, "date": "2030"})
    );
    let ind = indicator(&doc, "8-5-2");
    assert_eq!(ind["title"], "Ledighed", "meta/da/ overrides meta/");
    assert_eq!(
        ind["target"],
        serde_json::json!({"value": 4.0, "label": "Goal"})
    );
}

#[test]
fn progress_method_2_headline_and_a_disaggregation() {
    let doc = document("starter");
    let (status, score, parts) = progress(indicator(&doc, "1-2-1"));
    close(parts[0].0, 0.966_542_304_190_271_9);
    close(parts[0].1, 2.618_215_024_600_692_3);
    close(parts[1].0, 0.111_845_499_770_376_5);
    close(parts[1].1, -2.033_973_356_106_772);
    close(score, 0.292_120_834_246_960_1);
    assert_eq!(status, ProgressStatus::ModerateProgress);
}

#[test]
fn progress_method_1_with_limits_on_units_and_series() {
    let doc = document("starter");
    let (status, score, parts) = progress(indicator(&doc, "3-2-1"));
    // The headline's years are ranges ("2014-2015"): their first year counts, as in sdg-build.
    close(parts[0].0, 0.013_703_810_340_970_679);
    close(parts[0].1, 2.341_412_225_579_376);
    close(parts[1].0, 0.006_757_375_894_498_652);
    close(parts[1].1, 1.092_363_779_109_101_4);
    close(
        score,
        f64::midpoint(2.341_412_225_579_376, 1.092_363_779_109_101_4),
    );
    assert_eq!(status, ProgressStatus::ModerateProgress);
}

#[test]
fn progress_from_csv_metadata() {
    let doc = document("csvmeta");
    let (status, score, parts) = progress(indicator(&doc, "5-5-2"));
    close(parts[0].0, 2.075_229_192_791_767);
    close(score, 5.0);
    assert_eq!(status, ProgressStatus::SubstantialProgress);
}

#[test]
fn every_problem_named_by_file_line_and_column() {
    let loaded = load_dir(&fixture("broken"));
    let errors: Vec<String> = loaded
        .errors()
        .map(|d| {
            let file = d.file.rsplit("broken/").next().unwrap().to_owned();
            format!(
                "{file}:{}:{}: {}",
                d.line.unwrap_or(0),
                d.column.unwrap_or(0),
                d.message
            )
        })
        .collect();
    assert_eq!(errors.len(), 5, "{errors:#?}");
    assert!(
        errors.contains(&"data/indicator_1-2-1.csv:3:7: 'n/a' is not a number".to_owned()),
        "{errors:#?}"
    );
    assert!(
        errors
            .contains(&"data/indicator_2-1-1.csv:1:10: the last column must be 'Value'".to_owned())
    );
    assert!(
        errors
            .iter()
            .any(|e| e.starts_with("data/indicator_3-1-1.csv:4:1: year 2016 appears twice"))
    );
    assert!(
        errors
            .iter()
            .any(|e| e.starts_with("meta/4-1-1.md:4:1: invalid YAML"))
    );
    assert!(
        errors
            .iter()
            .any(|e| e.starts_with("meta/5-1-1.md:6:5: unknown progress option 'taget'"))
    );
    // The dataset is still there: every indicator, the broken ones marked.
    let dataset = loaded.dataset.expect("a dataset");
    let titles: Vec<String> = dataset
        .goals
        .iter()
        .flat_map(|g| g.indicators.iter().map(|i| i.title.clone()))
        .collect();
    assert_eq!(titles.len(), 6);
    assert_eq!(
        titles.iter().filter(|t| t.starts_with("[error] ")).count(),
        5,
        "{titles:#?}"
    );
}

#[test]
fn check_and_report_exit_2_and_report_still_reports() {
    let bin = env!("CARGO_BIN_EXE_goalboard");
    let check = Command::new(bin)
        .arg("check")
        .arg(fixture("broken"))
        .output()
        .unwrap();
    assert_eq!(check.status.code(), Some(2));
    let text = String::from_utf8_lossy(&check.stdout);
    assert_eq!(
        text.lines().filter(|l| l.starts_with("error: ")).count(),
        5,
        "{text}"
    );
    let report = Command::new(bin)
        .args(["report", "--format", "json"])
        .arg(fixture("broken"))
        .output()
        .unwrap();
    assert_eq!(report.status.code(), Some(2));
    let json: Value = serde_json::from_slice(&report.stdout).unwrap();
    assert_eq!(json["goals"].as_array().unwrap().len(), 5);
    let ok = Command::new(bin)
        .arg("check")
        .arg(fixture("starter"))
        .output()
        .unwrap();
    assert!(!String::from_utf8_lossy(&ok.stdout).contains("error:"));
}

#[test]
fn import_writes_the_same_dataset() {
    let bin = env!("CARGO_BIN_EXE_goalboard");
    let out = std::env::temp_dir().join(format!("goalboard-opensdg-{}.json", std::process::id()));
    let run = Command::new(bin)
        .args(["import", "open-sdg"])
        .arg(fixture("starter"))
        .arg("-o")
        .arg(&out)
        .output()
        .unwrap();
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let written: Value = serde_json::from_slice(&std::fs::read(&out).unwrap()).unwrap();
    let _ = std::fs::remove_file(&out);
    assert_eq!(written, document("starter"));
    let bad = Command::new(bin)
        .args(["import", "open-sdg"])
        .arg(fixture("broken"))
        .arg("-o")
        .arg(&out)
        .output()
        .unwrap();
    assert_eq!(bad.status.code(), Some(2));
    assert!(!out.exists());
}

#[test]
fn the_json_report_has_the_official_status() {
    let bin = env!("CARGO_BIN_EXE_goalboard");
    let run = Command::new(bin)
        .args(["report", "--format", "json"])
        .arg(fixture("starter"))
        .output()
        .unwrap();
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    assert!(
        run.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let json: Value = serde_json::from_slice(&run.stdout).unwrap();
    let ind = |id: &str| -> Value {
        json["goals"]
            .as_array()
            .unwrap()
            .iter()
            .flat_map(|g| g["indicators"].as_array().unwrap().clone())
            .find(|i| i["id"] == id)
            .unwrap()
    };
    let poverty = ind("1-2-1");
    assert_eq!(poverty["open_sdg"]["status"], "moderate_progress");
    close(
        poverty["open_sdg"]["score"].as_f64(),
        0.292_120_834_246_960_1,
    );
    assert_eq!(
        poverty["open_sdg"]["options"][1]["breakdown"],
        serde_json::json!({"Sex": "Women"})
    );
    close(
        poverty["open_sdg"]["options"][1]["progress_value"].as_f64(),
        0.111_845_499_770_376_5,
    );
    assert_eq!(poverty["open_sdg"]["options"][0]["direction"], -1);
    let mortality = ind("3-2-1");
    assert_eq!(mortality["open_sdg"]["status"], "moderate_progress");
    assert_eq!(ind("1-a-1")["open_sdg"]["status"], "target_achieved");
    assert_eq!(ind("1-10-1")["open_sdg"], Value::Null);
}

#[test]
fn the_text_and_markdown_reports_show_the_open_sdg_status_beside_the_status() {
    use goalboard::figures::Figures;
    use goalboard::format::Locale;
    use goalboard::model::Lang;
    use goalboard::report::{Kind, Report, TextOptions};
    let locale = Locale {
        lang: Lang::En,
        ascii: false,
    };
    let loaded = goalboard::load::load_path(&fixture("starter"));
    let dataset = loaded.dataset.expect("the repository loads");
    let figures = Figures::compute(&dataset);
    let report = Report::all(&dataset, &figures);
    let text = report.render(Kind::Text(TextOptions {
        locale,
        color: false,
    }));
    assert!(text.contains("Open SDG: ↑ moderate progress"), "{text}");
    assert!(text.contains("Open SDG: ★ target achieved"), "{text}");
    let goal_1 = text.find("End poverty").expect("goal 1");
    let goal_line = &text[goal_1..];
    let first_indicator = goal_line.find("Proportion").expect("its indicator");
    assert!(
        goal_line[..first_indicator].contains("Open SDG: ↑ moderate progress"),
        "the goal's own: {text}"
    );
    let md = report.render(Kind::Markdown(locale));
    assert!(md.contains("; Open SDG: ↑ moderate progress |"), "{md}");
    assert!(md.contains(" · Open SDG: ↑ moderate progress"), "{md}");
}

/// Every string of the document, to look for a raw translation key.
fn strings(value: &Value, out: &mut Vec<String>) {
    match value {
        Value::String(s) => out.push(s.clone()),
        Value::Array(items) => items.iter().for_each(|v| strings(v, out)),
        Value::Object(map) => map.values().for_each(|v| strings(v, out)),
        _ => {}
    }
}

fn no_raw_keys(doc: &Value) {
    let mut all = Vec::new();
    strings(doc, &mut all);
    assert!(
        !all.iter().any(|s| s.starts_with("data.")
            || ["global_goals.", "global_targets.", "global_indicators."]
                .iter()
                .any(|k| s.contains(k))),
        "a raw key in {all:?}"
    );
}

#[test]
fn a_german_repository_without_titles_or_config_shows_the_german_global_titles() {
    // No config_data.yml: the language is the one folder of translations/.
    let doc = document("german");
    assert_eq!(
        doc["goals"][0]["title"],
        "Armut in allen ihren Formen und überall beenden"
    );
    assert_eq!(
        doc["goals"][1]["title"],
        "Ein gesundes Leben für alle Menschen jeden Alters gewährleisten und ihr Wohlergehen fördern"
    );
    assert!(
        indicator(&doc, "1-2-1")["title"]
            .as_str()
            .unwrap()
            .starts_with("Anteil der Bevölkerung, die unter der nationalen Armutsgrenze lebt")
    );
    assert!(description(&doc, "1-2-1").contains(
        "Target 1.2: Bis 2030 den Anteil der Männer, Frauen und Kinder jeden Alters, die in Armut"
    ));
    assert!(description(&doc, "3-2-1").starts_with(
        "Target 3.2: Bis 2030 den vermeidbaren Todesfällen bei Neugeborenen und Kindern unter 5"
    ));
    // 3-2-1 has no metadata at all: its global title, in German.
    assert_eq!(
        indicator(&doc, "3-2-1")["title"],
        "Sterblichkeitsrate von Kindern unter 5 Jahren"
    );
    // German is not a language of goalboard's own words: the document names none.
    assert!(doc.get("language").is_none());
    no_raw_keys(&doc);
}

#[test]
fn a_danish_repository_without_titles_shows_global_titles_never_keys() {
    // open-sdg/sdg-translations has no Danish: the global titles fall back to English, while
    // the repository's own Danish words (data.Female) and goalboard's words are Danish.
    let doc = document("danish");
    assert_eq!(doc["language"], "da");
    assert_eq!(
        doc["goals"][0]["title"],
        "End poverty in all its forms everywhere"
    );
    assert!(
        indicator(&doc, "1-2-1")["title"]
            .as_str()
            .unwrap()
            .starts_with("Proportion of population living below the national")
    );
    assert!(doc.to_string().contains("Kvinder"));
    no_raw_keys(&doc);
}

#[test]
fn a_french_repository_shows_the_french_goal_target_and_indicator_titles() {
    // config_data.yml names French only; the metadata holds nothing but keys.
    let doc = document("french");
    assert_eq!(
        doc["goals"][0]["title"],
        "Éliminer la pauvreté sous toutes ses formes et partout dans le monde"
    );
    assert_eq!(
        indicator(&doc, "1-2-1")["title"],
        "Proportion de la population vivant au-dessous du seuil national de pauvreté, par sexe \
         et âge"
    );
    // `target_name: global_targets.1-2-title`, in French.
    assert!(description(&doc, "1-2-1").starts_with(
        "Target 1.2: D’ici à 2030, réduire de moitié au moins la proportion d’hommes, de femmes"
    ));
    // 3-2-1 has no metadata at all: its title and target from the bundle, in French.
    assert_eq!(
        indicator(&doc, "3-2-1")["title"],
        "Taux de mortalité des enfants de moins de 5 ans"
    );
    assert!(
        description(&doc, "3-2-1")
            .starts_with("Target 3.2: D’ici à 2030, éliminer les décès évitables de nouveau-nés")
    );
    no_raw_keys(&doc);
}

#[test]
fn a_spanish_repository_without_config_shows_the_spanish_titles() {
    // No config_data.yml: the language is the one folder of translations/.
    let doc = document("spanish");
    assert_eq!(
        doc["goals"][1]["title"],
        "Garantizar una vida sana y promover el bienestar de todos a todas las edades"
    );
    assert_eq!(
        indicator(&doc, "1-2-1")["title"],
        "Proporción de la población que vive por debajo del umbral nacional de pobreza, \
         desglosada por sexo y edad"
    );
    assert!(description(&doc, "1-2-1").starts_with(
        "Target 1.2: De aquí a 2030, reducir al menos a la mitad la proporción de hombres"
    ));
    assert_eq!(
        indicator(&doc, "3-2-1")["title"],
        "Tasa de mortalidad de niños menores de 5 años"
    );
    assert!(doc.to_string().contains("Mujeres"));
    no_raw_keys(&doc);
}
