//! The Danish words of the synthetic datasets: goal themes with their indicators, units,
//! municipalities, owners, initiatives, notes and updates. Kept apart from the generator so its
//! logic reads at a glance.

use Direction::{Decrease, Increase};
use Unit::{Days, Kroner, PerThousand, Percent, Persons};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Direction {
    Increase,
    Decrease,
    None,
}

impl Direction {
    pub(crate) fn name(self) -> &'static str {
        match self {
            Direction::Increase => "increase",
            Direction::Decrease => "decrease",
            Direction::None => "none",
        }
    }
}

/// The unit decides the range, rounding and spelling of values.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Unit {
    Percent,
    Persons,
    Kroner,
    Days,
    PerThousand,
}

impl Unit {
    pub(crate) fn name(self) -> &'static str {
        match self {
            Unit::Percent => "%",
            Unit::Persons => "personer",
            Unit::Kroner => "kr.",
            Unit::Days => "dage",
            Unit::PerThousand => "pr. 1.000 indbyggere",
        }
    }

    pub(crate) fn range(self) -> (f64, f64) {
        match self {
            Unit::Percent => (2.0, 95.0),
            Unit::Persons => (20.0, 2_500.0),
            Unit::Kroner => (4_000.0, 45_000.0),
            Unit::Days => (3.0, 150.0),
            Unit::PerThousand => (0.5, 60.0),
        }
    }

    pub(crate) fn decimals(self) -> u8 {
        match self {
            Unit::Percent | Unit::PerThousand => 1,
            Unit::Persons | Unit::Kroner | Unit::Days => 0,
        }
    }

    pub(crate) fn quantum(self) -> f64 {
        10f64.powi(-i32::from(self.decimals()))
    }

    /// Keeps values inside the unit's range (so `%` never warns) and positive.
    pub(crate) fn clamp(self, v: f64) -> f64 {
        let (lo, hi) = self.range();
        v.clamp(lo * 0.5, hi * 1.05).min(if self == Unit::Percent {
            99.9
        } else {
            f64::MAX
        })
    }

    pub(crate) fn round(self, v: f64) -> f64 {
        let scale = 10f64.powi(i32::from(self.decimals()));
        (v * scale).round() / scale
    }

    pub(crate) fn format(self, v: f64) -> String {
        format!("{:.*}", usize::from(self.decimals()), self.round(v))
    }
}

pub(crate) struct IndicatorKind {
    pub(crate) title: &'static str,
    pub(crate) unit: Unit,
    pub(crate) direction: Direction,
    pub(crate) table: &'static str,
}

pub(crate) struct Theme {
    pub(crate) goal: &'static str,
    pub(crate) indicators: &'static [IndicatorKind],
}

impl Theme {
    /// The theme's own indicators first, then general ones, so any count works.
    pub(crate) fn indicator(&self, n: usize) -> &'static IndicatorKind {
        let own = self.indicators.len();
        if n < own {
            &self.indicators[n]
        } else {
            &GENERAL[(n - own) % GENERAL.len()]
        }
    }
}

pub(crate) const fn kind(
    title: &'static str,
    unit: Unit,
    direction: Direction,
    table: &'static str,
) -> IndicatorKind {
    IndicatorKind {
        title,
        unit,
        direction,
        table,
    }
}

pub(crate) const THEMES: [Theme; 10] = [
    Theme {
        goal: "Flere unge skal have en uddannelse",
        indicators: &[
            kind("Andel unge i uddannelse", Percent, Increase, "UDDAKT10"),
            kind(
                "Unge 15–24 år uden job eller uddannelse",
                Persons,
                Decrease,
                "AUS07",
            ),
        ],
    },
    Theme {
        goal: "Færre skal være hjemløse",
        indicators: &[
            kind(
                "Hjemløse borgere (halvårlig tælling)",
                Persons,
                Decrease,
                "VIVE-HJ",
            ),
            kind("Gennemsnitligt ophold på herberg", Days, Decrease, "SOC110"),
        ],
    },
    Theme {
        goal: "Flere skal være i beskæftigelse",
        indicators: &[
            kind("Ledighed blandt 25–29-årige", Percent, Decrease, "AUP02"),
            kind("Borgere på kontanthjælp", Persons, Decrease, "KY033"),
        ],
    },
    Theme {
        goal: "Bedre sundhed for alle",
        indicators: &[
            kind(
                "Andel dagligrygere blandt voksne",
                Percent,
                Decrease,
                "SUNDHED1",
            ),
            kind(
                "Forebyggelige indlæggelser af ældre",
                PerThousand,
                Decrease,
                "FOREB2",
            ),
        ],
    },
    Theme {
        goal: "Børn og familier skal trives",
        indicators: &[
            kind("Anbragte børn og unge", Persons, Direction::None, "BU02"),
            kind(
                "Andel elever der trives i skolen",
                Percent,
                Increase,
                "TRIV01",
            ),
        ],
    },
    Theme {
        goal: "Færre unge skal begå kriminalitet",
        indicators: &[
            kind("Sigtede unge 15–17 år", PerThousand, Decrease, "STRAF22"),
            kind(
                "Andel løsladte der genindsættes",
                Percent,
                Decrease,
                "KRIM4",
            ),
        ],
    },
    Theme {
        goal: "Flere børn skal være skoleparate",
        indicators: &[
            kind(
                "Andel børn med alderssvarende sprog",
                Percent,
                Increase,
                "SPROG3",
            ),
            kind(
                "Karaktergennemsnit i 9. klasse under 02",
                Percent,
                Decrease,
                "UDD09",
            ),
        ],
    },
    Theme {
        goal: "Lavere udgifter til overførselsindkomster",
        indicators: &[
            kind(
                "Udgift til overførsler pr. indbygger",
                Kroner,
                Decrease,
                "REGK31",
            ),
            kind(
                "Fuldtidspersoner på offentlig forsørgelse",
                Persons,
                Decrease,
                "AUF01",
            ),
        ],
    },
    Theme {
        goal: "Flere ældre skal klare sig selv længst muligt",
        indicators: &[
            kind(
                "Modtagere af hjemmehjælp over 80 år",
                Percent,
                Decrease,
                "AED06",
            ),
            kind("Ventetid på plejebolig", Days, Decrease, "AED20"),
        ],
    },
    Theme {
        goal: "Stærkere fællesskaber i boligområderne",
        indicators: &[
            kind(
                "Andel beboere der føler sig trygge",
                Percent,
                Increase,
                "TRYG1",
            ),
            kind(
                "Fraflytning fra almene boliger",
                PerThousand,
                Decrease,
                "BOL104",
            ),
        ],
    },
];

pub(crate) const GENERAL: [IndicatorKind; 8] = [
    kind("Tilfredshed med indsatsen", Percent, Increase, "BRUGER1"),
    kind("Borgere i målgruppen", Persons, Direction::None, "BEF5"),
    kind("Ventetid på første samtale", Days, Decrease, "SAG3"),
    kind(
        "Andel med positiv udvikling efter et år",
        Percent,
        Increase,
        "EFF1",
    ),
    kind("Udgift pr. borger i målgruppen", Kroner, Decrease, "REGK4"),
    kind(
        "Henvendelser til rådgivningen",
        PerThousand,
        Direction::None,
        "RAAD1",
    ),
    kind(
        "Andel sager afsluttet inden for fristen",
        Percent,
        Increase,
        "SAG9",
    ),
    kind(
        "Frivillige tilknyttet indsatsen",
        Persons,
        Increase,
        "FRIV2",
    ),
];

pub(crate) const MEASURES: &[IndicatorKind] = &[
    kind("Deltagere i forløbet", Persons, Increase, "INTERN"),
    kind(
        "Andel der gennemfører forløbet",
        Percent,
        Increase,
        "INTERN",
    ),
    kind(
        "Andel i job eller uddannelse et år efter",
        Percent,
        Increase,
        "INTERN",
    ),
    kind("Udeblivelser fra aftaler", Percent, Decrease, "INTERN"),
];

pub(crate) const QUALIFIERS: [&str; 6] = [
    "mænd",
    "kvinder",
    "16–17 år",
    "18–24 år",
    "ikke-vestlig baggrund",
    "hele kommunen",
];

// One line per municipality would make this list 100 lines long.
#[rustfmt::skip]
pub(crate) const MUNICIPALITIES: [&str; 98] = [
    "Albertslund", "Allerød", "Assens", "Ballerup", "Billund", "Bornholm", "Brøndby",
    "Brønderslev", "Dragør", "Egedal", "Esbjerg", "Fanø", "Favrskov", "Faxe", "Fredensborg",
    "Fredericia", "Frederiksberg", "Frederikshavn", "Frederikssund", "Furesø", "Faaborg-Midtfyn",
    "Gentofte", "Gladsaxe", "Glostrup", "Greve", "Gribskov", "Guldborgsund", "Haderslev",
    "Halsnæs", "Hedensted", "Helsingør", "Herlev", "Herning", "Hillerød", "Hjørring", "Holbæk",
    "Holstebro", "Horsens", "Hvidovre", "Høje-Taastrup", "Hørsholm", "Ikast-Brande", "Ishøj",
    "Jammerbugt", "Kalundborg", "Kerteminde", "Kolding", "København", "Køge", "Langeland", "Lejre",
    "Lemvig", "Lolland", "Lyngby-Taarbæk", "Læsø", "Mariagerfjord", "Middelfart", "Morsø",
    "Norddjurs", "Nordfyns", "Nyborg", "Næstved", "Odder", "Odense", "Odsherred", "Randers",
    "Rebild", "Ringkøbing-Skjern", "Ringsted", "Roskilde", "Rudersdal", "Rødovre", "Samsø",
    "Silkeborg", "Skanderborg", "Skive", "Slagelse", "Solrød", "Sorø", "Stevns", "Struer",
    "Svendborg", "Syddjurs", "Sønderborg", "Thisted", "Tønder", "Tårnby", "Vallensbæk", "Varde",
    "Vejen", "Vejle", "Vesthimmerland", "Viborg", "Vordingborg", "Ærø", "Aabenraa", "Aalborg",
    "Aarhus",
];

pub(crate) const OWNER_KINDS: [(&str, &str); 6] = [
    ("Center for Socialservice", "CSS"),
    ("Center for Børn og Familier", "CBF"),
    ("Jobcenter", "JC"),
    ("Center for Sundhed og Omsorg", "CSO"),
    ("Center for Skole og Dagtilbud", "CSD"),
    ("Boligsocialt sekretariat", "BS"),
];

pub(crate) const TAGS: [&str; 12] = [
    "bolig",
    "uddannelse",
    "beskæftigelse",
    "sundhed",
    "børn og unge",
    "ældre",
    "kriminalitet",
    "tryghed",
    "økonomi",
    "udsatte",
    "tidlig indsats",
    "frivillige",
];

pub(crate) const GOAL_NOTES: &[&str] = &[
    "Status drøftet i Social- og Sundhedsudvalget.",
    "Ny opgørelsesmetode fra 2019; tal før er ikke fuldt sammenlignelige.",
    "Tallet er påvirket af nedlukningen under covid-19.",
    "Byrådet har hævet ambitionen, se \"Politik for social mobilitet\".",
    "Udviklingen går den rigtige vej, men for langsomt til at nå målet.",
];

pub(crate) const POINT_NOTES: &[&str] = &[
    "Foreløbigt tal",
    "Ny opgørelsesmetode",
    "Påvirket af covid-19",
    "Korrigeret efter fejl i indberetningen",
];

pub(crate) const COMPARISON_LABELS: &[&str] = &[
    "Hele landet",
    "Region Hovedstaden",
    "Sammenlignelige kommuner",
];

pub(crate) const STATUSES: [&str; 5] = ["planned", "active", "active", "paused", "completed"];

pub(crate) const INITIATIVE_NAMES: [&str; 16] = [
    "Pitstop",
    "Mentorordning for unge ledige",
    "Boligsocial helhedsplan",
    "Housing First-forløb",
    "Sprogscreening i dagtilbud",
    "Lektiecafé på biblioteket",
    "Familiebehandling i hjemmet",
    "Rygestop for gravide",
    "Opsøgende gadeteam",
    "Tidlig opsporing af mistrivsel",
    "Brobygning til erhvervsuddannelse",
    "Løntilskud i private virksomheder",
    "Natteravne i boligområderne",
    "Fritidsjob til udsatte unge",
    "Hverdagsrehabilitering",
    "Økonomisk rådgivning for børnefamilier",
];

pub(crate) const INITIATIVE_DESCRIPTIONS: &[&str] = &[
    "Et tilbud til borgere, der står uden bolig efter løsladelse eller udskrivning.",
    "Unge matches med en frivillig mentor i seks måneder.\nMålet er job eller uddannelse.",
    "Indsatsen finansieres af Landsbyggefonden og løber i fire år.",
    "Tværfagligt team med socialrådgiver, sundhedsplejerske og jobkonsulent.",
];

pub(crate) const MILESTONES: &[&str] = &[
    "Projektleder ansat",
    "Samarbejdsaftale underskrevet",
    "Første hold afsluttet",
    "Midtvejsevaluering",
    "Boligerne klar til indflytning",
    "Slutevaluering offentliggjort",
];

pub(crate) const UPDATES: &[&str] = &[
    "Indsatsen er i gang med 12 deltagere.",
    "Forsinket på grund af manglende lokaler; ny plan aftalt med boligselskabet.",
    "Evalueringen viser færre udeblivelser end forventet.",
    "Bevillingen er forlænget til og med 2026.",
    "Rekrutteringen af frivillige går langsommere end ventet.",
    "Første deltagere er i job eller uddannelse.",
];
