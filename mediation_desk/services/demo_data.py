"""Static tables of the demo service: Lombardy ambiti, languages, projects, agencies and people."""

from __future__ import annotations

from typing import NamedTuple


class AreaRow(NamedTuple):
    code: str
    name: str
    town: str
    lat: float
    lon: float
    phone_prefix: str
    hospital: str  # the ASST of the area


AREAS = (
    AreaRow("MILANO", "Ambito di Milano Città", "Milano", 45.4642, 9.1900, "02",
            "ASST Fatebenefratelli Sacco"),
    AreaRow("LODI", "Ambito di Lodi", "Lodi", 45.3142, 9.5031, "0371", "ASST Lodi"),
    AreaRow("CREMA", "Ambito di Crema", "Crema", 45.3621, 9.6844, "0373", "ASST Crema"),
    AreaRow("CREMONA", "Ambito di Cremona", "Cremona", 45.1336, 10.0227, "0372", "ASST Cremona"),
    AreaRow("BERGAMO", "Ambito di Bergamo", "Bergamo", 45.6983, 9.6773, "035", "ASST Papa Giovanni XXIII"),
    AreaRow("TREVIGLIO", "Ambito di Treviglio", "Treviglio", 45.5214, 9.5928, "0363", "ASST Bergamo Ovest"),
    AreaRow("BRESCIA", "Ambito di Brescia", "Brescia", 45.5416, 10.2118, "030", "ASST Spedali Civili"),
    AreaRow("PAVIA", "Ambito di Pavia", "Pavia", 45.1847, 9.1582, "0382", "ASST Pavia"),
    AreaRow("MONZA", "Ambito di Monza", "Monza", 45.5845, 9.2744, "039", "ASST Brianza"),
    AreaRow("MANTOVA", "Ambito di Mantova", "Mantova", 45.1564, 10.7914, "0376", "ASST Mantova"),
)

# BCP 47 code, Italian name, nationalities of the people who ask for it
LANGUAGES = (
    ("ar", "Arabo", ("marocchina", "egiziana", "tunisina")),
    ("zh", "Cinese", ("cinese",)),
    ("ur", "Urdu", ("pakistana",)),
    ("pa", "Punjabi", ("indiana", "pakistana")),
    ("hi", "Hindi", ("indiana",)),
    ("bn", "Bengalese", ("bengalese",)),
    ("sq", "Albanese", ("albanese", "kosovara")),
    ("uk", "Ucraino", ("ucraina",)),
    ("ru", "Russo", ("ucraina", "moldava")),
    ("es", "Spagnolo", ("peruviana", "ecuadoriana", "salvadoregna")),
    ("en", "Inglese", ("nigeriana", "ghanese")),
    ("fr", "Francese", ("ivoriana", "senegalese", "marocchina")),
    ("wo", "Wolof", ("senegalese",)),
    ("ti", "Tigrino", ("eritrea",)),
    ("tl", "Tagalog", ("filippina",)),
    ("fa", "Persiano", ("afghana", "iraniana")),
    ("so", "Somalo", ("somala",)),
)

# relative demand of each language in the requests
LANGUAGE_DEMAND = {"ar": 24, "zh": 8, "ur": 8, "pa": 9, "hi": 3, "bn": 6, "sq": 6, "uk": 8, "ru": 2, "es": 7,
                   "en": 7, "fr": 4, "wo": 3, "ti": 1, "tl": 2, "fa": 1, "so": 1}

# code, name, funder, months from start to today, months from today to end, areas (empty: all), rate
PROJECTS = (
    ("FAMI-INTEGRA", "Lombardia Integra - mediazione nei servizi", "FAMI 2021-2027", 14, 20, (), None),
    ("SCUOLE-PONTE", "Scuole Ponte", "FAMI 2021-2027", 9, 6,
     ("LODI", "CREMA", "CREMONA", "PAVIA", "MANTOVA"), 24.0),
    ("SALUTE-INSIEME", "Salute Insieme - mediazione in sanità", "Regione Lombardia", 5, 12,
     ("MILANO", "MONZA", "BERGAMO", "TREVIGLIO", "BRESCIA"), 28.0),
)
NEARLY_EXHAUSTED = "SCUOLE-PONTE"

# kind, name pattern, contact role, reasons for a request
AGENCY_KINDS = (
    ("municipality", "Comune di {town} - Servizi Sociali", "assistente sociale",
     ("colloquio per contributo affitto", "presa in carico del nucleo familiare", "pratica di residenza")),
    ("school", "Istituto Comprensivo {town} {n}", "docente referente intercultura",
     ("colloquio insegnanti-famiglia", "iscrizione e inserimento scolastico", "incontro per il PDP")),
    ("health", "Consultorio familiare di {town} - {hospital}", "ostetrica",
     ("visita ginecologica", "corso di accompagnamento alla nascita", "colloquio psicologico")),
    ("health", "Ospedale di {town} - {hospital}", "coordinatrice infermieristica",
     ("dimissione protetta", "consenso informato per intervento", "visita pediatrica")),
)
COURT_REASONS = ("udienza civile", "audizione protetta di minore")
OTHER_REASONS = ("rinnovo del permesso di soggiorno", "colloquio di orientamento al lavoro")
EXTRA_AGENCIES = (  # area, kind, name, contact role
    ("MILANO", "court", "Tribunale per i Minorenni di Milano", "cancelleria"),
    ("BRESCIA", "court", "Tribunale di Brescia", "cancelleria"),
    ("MILANO", "other", "Prefettura di Milano - Sportello Unico Immigrazione", "funzionaria"),
    ("LODI", "other", "Centro per l'Impiego di Lodi", "operatrice"),
    ("BERGAMO", "social_services", "Servizio Tutela Minori - Ambito di Bergamo", "assistente sociale"),
    ("CREMONA", "social_services", "Centro antiviolenza di Cremona", "operatrice"),
)
SOCIAL_REASONS = ("valutazione tutela minori", "colloquio con la famiglia affidataria",
                  "accoglienza in emergenza")
STREETS = ("Via Roma", "Corso Vittorio Emanuele II", "Via Garibaldi", "Piazza della Libertà", "Via Cavour",
           "Via XX Settembre", "Viale Rimembranze", "Via Mazzini", "Via Dante Alighieri", "Piazza Duomo")
ROMAN = ("I", "II", "III")

# Italian staff of the agencies
STAFF_FIRST = ("Giulia", "Francesca", "Chiara", "Paola", "Elena", "Silvia", "Laura", "Marta", "Anna", "Sara",
               "Marco", "Luca", "Andrea", "Stefano", "Davide", "Roberta", "Federica", "Cristina")
STAFF_LAST = ("Rossi", "Bianchi", "Ferrari", "Colombo", "Ricci", "Galli", "Bonetti", "Brambilla", "Fumagalli",
              "Sala", "Villa", "Cattaneo", "Mazza", "Locatelli", "Pezzotta", "Rota", "Zanoni", "Bertoli")


class Origin(NamedTuple):
    """A community of mediators: names and the languages they speak, with level."""

    women: tuple[str, ...]
    men: tuple[str, ...]
    surnames: tuple[str, ...]
    languages: tuple[tuple[str, str], ...]
    share: int  # how many of the 40 mediators come from it


ORIGINS = (
    Origin(("Naima", "Khadija", "Samira", "Houda", "Imane"), ("Youssef", "Rachid"),
           ("Bennani", "El Amrani", "Ouazzani", "Tazi", "Lahlou"), (("ar", "native"), ("fr", "fluent")), 6),
    Origin(("Rania", "Mona", "Yasmine"), ("Ahmed", "Tarek"), ("Fahmy", "Mansour", "Shawky"),
           (("ar", "native"), ("en", "working")), 3),
    Origin(("Mei", "Xiaoli", "Jing"), ("Wei",), ("Hu", "Zhou", "Chen"), (("zh", "native"),), 3),
    Origin(("Sadia", "Rabia", "Hina"), ("Bilal", "Kamran"), ("Iqbal", "Chaudhry", "Malik"),
           (("ur", "native"), ("pa", "fluent"), ("en", "fluent")), 3),
    Origin(("Harpreet Kaur", "Simran Kaur"), ("Jasvir Singh", "Kuldeep Singh"), ("Sandhu", "Gill", "Dhillon"),
           (("pa", "native"), ("hi", "fluent"), ("en", "working")), 3),
    Origin(("Nusrat", "Farzana"), ("Shahidul",), ("Rahman", "Hossain"),
           (("bn", "native"), ("en", "working")), 2),
    Origin(("Elona", "Valbona", "Klodiana"), ("Arben",), ("Hoxha", "Krasniqi", "Dervishi"),
           (("sq", "native"),), 3),
    Origin(("Oksana", "Iryna", "Tetiana"), ("Andriy",), ("Kovalenko", "Melnyk", "Savchuk"),
           (("uk", "native"), ("ru", "fluent")), 3),
    Origin(("Rosa", "Milagros", "Gladys"), ("Wilson",), ("Quispe", "Zambrano", "Cedeño"),
           (("es", "native"),), 3),
    Origin(("Blessing", "Abena"), ("Kwame", "Emeka"), ("Okafor", "Mensah", "Boateng"),
           (("en", "native"), ("fr", "working")), 3),
    Origin(("Awa", "Fatou"), ("Mamadou",), ("Diop", "Ndiaye", "Sow"),
           (("wo", "native"), ("fr", "fluent")), 2),
    Origin(("Senait",), ("Yonas",), ("Tesfaye", "Ghebremedhin"), (("ti", "native"), ("ar", "working")), 1),
    Origin(("Maricel",), ("Jericho",), ("Santos", "Dela Cruz"), (("tl", "native"), ("en", "fluent")), 2),
    Origin(("Zahra",), ("Ahmad",), ("Rahimi", "Hosseini"), (("fa", "native"),), 1),
    Origin(("Hodan",), ("Abdirahman",), ("Warsame", "Farah"), (("so", "native"), ("ar", "working")), 1),
    Origin(("Giovanna", "Alessia"), ("Matteo",), ("Conti", "Moretti"), (("en", "fluent"), ("fr", "fluent"),
                                                                       ("es", "working")), 1),
)

SKILLS = ("health", "school", "social", "legal")
SKILL_OF_KIND = {"school": "school", "health": "health", "social_services": "social",
                 "municipality": "social", "court": "legal", "other": "legal"}
NOTES = ("", "", "", "portare la documentazione sanitaria", "presenti anche i nonni", "seconda convocazione",
         "citofonare al piano terra", "la famiglia preferisce essere chiamata dopo le 17")
ON_SITE = ("all'ingresso principale", "in segreteria", "al primo piano, ambulatorio 3", "in sala colloqui")
