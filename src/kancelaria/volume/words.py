"""Polish words for generated data: names, streets, subjects and bodies (no downloads)."""

FIRST_NAMES = (
    "Anna",
    "Maria",
    "Katarzyna",
    "Małgorzata",
    "Agnieszka",
    "Barbara",
    "Ewa",
    "Krystyna",
    "Elżbieta",
    "Zofia",
    "Joanna",
    "Magdalena",
    "Monika",
    "Teresa",
    "Danuta",
    "Jan",
    "Andrzej",
    "Piotr",
    "Krzysztof",
    "Stanisław",
    "Tomasz",
    "Paweł",
    "Józef",
    "Marcin",
    "Marek",
    "Michał",
    "Grzegorz",
    "Jerzy",
    "Tadeusz",
    "Adam",
    "Łukasz",
    "Zbigniew",
)
LAST_NAMES = (
    "Nowak",
    "Kowalski",
    "Wiśniewski",
    "Wójcik",
    "Kowalczyk",
    "Kamiński",
    "Lewandowski",
    "Zieliński",
    "Szymański",
    "Woźniak",
    "Dąbrowski",
    "Kozłowski",
    "Jankowski",
    "Mazur",
    "Kwiatkowski",
    "Krawczyk",
    "Piotrowski",
    "Grabowski",
    "Nowakowski",
    "Pawłowski",
    "Michalski",
    "Król",
    "Wieczorek",
    "Jabłoński",
    "Wróbel",
    "Majewski",
    "Olszewski",
    "Stępień",
    "Malinowski",
    "Jaworski",
    "Adamczyk",
    "Dudek",
    "Górski",
    "Pietrzak",
)
STREETS = (
    "Katowicka",
    "Chorzowska",
    "Wolności",
    "Dworcowa",
    "Szkolna",
    "Ogrodowa",
    "Polna",
    "Lipowa",
    "Słoneczna",
    "Kościuszki",
    "Mickiewicza",
    "Sienkiewicza",
    "Piłsudskiego",
    "Powstańców Śląskich",
    "Korfantego",
    "Hutnicza",
    "Górnicza",
    "Parkowa",
    "Zielona",
    "Łąkowa",
    "Krótka",
    "Długa",
    "Rynek",
    "Bytomska",
    "Zgody",
    "Wyzwolenia",
    "Kasztanowa",
)
ORGANISATIONS = (
    "Stowarzyszenie Przyjaciół Miasta",
    "Fundacja Rozwoju Regionu",
    "Spółdzielnia Mieszkaniowa „Górnik”",
    "Rada Osiedla Centrum",
    "Parafia św. Piotra i Pawła",
    "Klub Sportowy „Naprzód”",
    "Szkoła Podstawowa nr 7",
    "Miejski Ośrodek Kultury",
    "Polski Związek Emerytów",
    "Wojewódzki Urząd Pracy",
    "Urząd Marszałkowski",
    "Komenda Miejska Policji",
    "Państwowa Straż Pożarna",
    "Izba Rzemieślnicza",
    "Uniwersytet Śląski",
    "Towarzystwo Miłośników Ziemi",
    "Ochotnicza Straż Pożarna",
    "Dom Pomocy Społecznej",
)
PLACES = (
    "sala sesyjna Urzędu Miejskiego",
    "gabinet Prezydenta",
    "Miejski Ośrodek Kultury",
    "Park Heiloo",
    "Rynek",
    "hala sportowa MOSiR",
    "Centrum Kultury Śląskiej",
    "sala narad, pokój 214",
    "Szkoła Podstawowa nr 7",
    "Muzeum Powstań Śląskich",
)
#: What the letters and questions are about: (noun phrase, place).
TOPICS = (
    "remontu nawierzchni ulicy",
    "budowy chodnika przy ulicy",
    "oświetlenia ulicy",
    "wycinki drzew przy ulicy",
    "miejsc parkingowych przy ulicy",
    "progów zwalniających na ulicy",
    "odbioru odpadów z ulicy",
    "przystanku autobusowego przy ulicy",
    "placu zabaw przy ulicy",
    "kanalizacji deszczowej w ulicy",
    "ścieżki rowerowej wzdłuż ulicy",
    "monitoringu przy ulicy",
    "zieleni miejskiej przy ulicy",
    "hałasu przy ulicy",
    "dzierżawy gruntu przy ulicy",
    "sprzedaży lokalu przy ulicy",
    "remontu kamienicy przy ulicy",
    "zasad najmu lokali komunalnych przy ulicy",
    "stypendiów sportowych dla uczniów z ulicy",
    "dotacji dla organizacji z ulicy",
)
ASKS = (
    "Wniosek w sprawie",
    "Prośba o informację w sprawie",
    "Skarga dotycząca",
    "Zapytanie w sprawie",
    "Uwagi dotyczące",
    "Petycja w sprawie",
    "Pismo w sprawie",
)
REPLIES = (
    "Odpowiedź w sprawie",
    "Informacja w sprawie",
    "Stanowisko w sprawie",
    "Zawiadomienie w sprawie",
)
SENTENCES = (
    "Zwracam się z uprzejmą prośbą o pilne zajęcie się sprawą.",
    "Mieszkańcy od dłuższego czasu zgłaszają ten problem.",
    "Proszę o wskazanie terminu realizacji oraz źródła finansowania.",
    "Sprawa była już zgłaszana w ubiegłym roku, jednak bez skutku.",
    "W załączeniu przesyłam dokumentację fotograficzną.",
    "Proszę o udzielenie odpowiedzi w formie pisemnej.",
    "Inwestycja została ujęta w budżecie miasta na bieżący rok.",
    "Wydział przeprowadził wizję lokalną i sporządził protokół.",
    "Prace zostaną wykonane w ramach bieżącego utrzymania dróg.",
    "Wniosek zostanie rozpatrzony przy planowaniu budżetu na kolejny rok.",
    "Zadanie wymaga uzgodnień z zarządcą sieci.",
    "Uprzejmie informuję, że sprawa została przekazana do właściwego wydziału.",
    "Przedstawiam stanowisko Prezydenta Miasta w przedmiotowej sprawie.",
    "Koszt realizacji szacuje się na około 120 tysięcy złotych.",
)
EVENTS = (
    "Festyn rodzinny",
    "Turniej piłki nożnej",
    "Koncert charytatywny",
    "Bieg uliczny",
    "Konferencja naukowa",
    "Przegląd chórów",
    "Jubileusz szkoły",
    "Dzień seniora",
    "Wystawa fotografii",
    "Zawody pływackie",
    "Festiwal kultury śląskiej",
    "Gala wolontariatu",
)
CEREMONIES = (
    "Jubileusz pożycia małżeńskiego",
    "Obchody rocznicy Powstań Śląskich",
    "Wręczenie nagród Prezydenta",
    "Nadanie honorowego obywatelstwa",
    "Otwarcie nowego żłobka",
    "Święto Niepodległości",
    "Dzień Edukacji Narodowej",
)
MEDIA = (
    "Dziennik Zachodni",
    "Gazeta Wyborcza Katowice",
    "Radio Katowice",
    "TVP3 Katowice",
    "Gość Niedzielny",
    "Tygodnik Miejski",
    "Portal slaskie.example",
    "Radio eM",
)


def pick(seq, i):
    """The ``i``-th item of ``seq`` (round robin: the same ``i`` gives the same word)."""
    return seq[i % len(seq)]


def person(i):
    return f"{pick(FIRST_NAMES, i)} {pick(LAST_NAMES, i // 7 + i)}"


def address(i):
    return f"ul. {pick(STREETS, i // 3)} {i % 97 + 1}, 41-600 Świętochłowice"


def subject(i, lead=ASKS):
    return f"{pick(lead, i)} {pick(TOPICS, i // 5)} {pick(STREETS, i // 11)}"


def paragraphs(i, count=3):
    return [pick(SENTENCES, i * 3 + k * 5) for k in range(count)]


def html(i, count=3):
    return "".join(f"<p>{line}</p>" for line in paragraphs(i, count))


def text(i, count=2):
    return " ".join(paragraphs(i, count))
