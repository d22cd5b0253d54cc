"""Demo content (profile ``kancelaria:demo``): a living register for a first look.

Installs, on top of ``kancelaria:default``:

- settings: four departments (WOIK and WKSP of the source document, WGK and WI) and seven
  fictional councillors, merged into the rows the office already has (none is dropped, an
  empty e-mail of an existing department is filled in, nothing else of it is changed);
- demo users, one per group, with full names; their password comes from the environment
  variable ``DEMO_PASSWORD`` (default ``demo``);
- interpellations, inquiries and motions in every state of the workflow, received over this
  year and the last, some overdue, some due soon, answered on time and late, one returned
  once, one with an attachment — each made by the people who would make it (the clerk
  registers and routes, the department drafts, the mayor approves), with its history dated
  as if it had happened on the days it says;
- a few published news items in ``/aktualnosci``.

Idempotent: what is there already (by id) is left alone, so a second install creates
nothing. All addresses are on the reserved ``.example`` top-level domain (RFC 2606), and no
e-mail leaves while the demo is made.
"""

from contextlib import contextmanager
from DateTime import DateTime
from datetime import date
from datetime import timedelta
from kancelaria import logger
from kancelaria import settings
from kancelaria.case import deadlines
from kancelaria.case import mail
from kancelaria.case import numbering
from kancelaria.case import registration
from kancelaria.case import routing
from plone import api
from plone.app.textfield.value import RichTextValue
from types import SimpleNamespace

import logging
import os
import secrets
import threading
import transaction

PROFILE_ID = "kancelaria:demo"
PASSWORD_VARIABLE = "DEMO_PASSWORD"
DEFAULT_PASSWORD = "demo"

OFFICE_DOMAIN = "um.swietochlowice.example"
COUNCIL_DOMAIN = "rada.swietochlowice.example"

DEPARTMENTS = [
    {
        "symbol": "WOIK",
        "title": "Wydział Organizacyjny, Informatyki i Kadr",
        "email": f"woik@{OFFICE_DOMAIN}",
    },
    {
        "symbol": "WKSP",
        "title": "Wydział Kultury, Sportu i Promocji Miasta",
        "email": f"wksp@{OFFICE_DOMAIN}",
    },
    {"symbol": "WGK", "title": "Wydział Gospodarki Komunalnej", "email": f"wgk@{OFFICE_DOMAIN}"},
    {"symbol": "WI", "title": "Wydział Inwestycji", "email": f"wi@{OFFICE_DOMAIN}"},
]


def _councillor(cid, fullname, club):
    return {
        "id": cid,
        "fullname": fullname,
        "club": club,
        "email": f"{cid.replace('-', '.')}@{COUNCIL_DOMAIN}",
    }


WSPOLNIE = "Klub Radnych Wspólnie dla Świętochłowic"
NASZE = "Klub Radnych Nasze Świętochłowice"
OBYWATELSKIE = "Klub Radnych Obywatelskie Świętochłowice"

COUNCILLORS = [
    _councillor("marek-zielinski", "Marek Zieliński", WSPOLNIE),
    _councillor("agnieszka-wojcik", "Agnieszka Wójcik", WSPOLNIE),
    _councillor("tomasz-kaczmarek", "Tomasz Kaczmarek", NASZE),
    _councillor("beata-szymanska", "Beata Szymańska", NASZE),
    _councillor("krzysztof-lewandowski", "Krzysztof Lewandowski", OBYWATELSKIE),
    _councillor("elzbieta-grabowska", "Elżbieta Grabowska", OBYWATELSKIE),
    _councillor("pawel-michalski", "Paweł Michalski", ""),  # radny niezrzeszony
]

#: One person per group of the office. ``role`` says who they are in the demo.
USERS = [
    {
        "id": "ewa.nowicka",
        "fullname": "Ewa Nowicka",
        "group": "kancelaria",
        "role": "pracownik Kancelarii",
    },
    {
        "id": "tomasz.wrobel",
        "fullname": "Tomasz Wróbel",
        "group": "prezydent",
        "role": "Prezydent Miasta",
    },
    {
        "id": "katarzyna.mazur",
        "fullname": "Katarzyna Mazur",
        "group": "biuro-prasowe",
        "role": "rzecznik prasowy",
    },
    {
        "id": "piotr.dabrowski",
        "fullname": "Piotr Dąbrowski",
        "group": "dept-woik",
        "role": "pracownik WOIK",
    },
    {
        "id": "magdalena.krol",
        "fullname": "Magdalena Król",
        "group": "dept-wksp",
        "role": "pracownik WKSP",
    },
    {
        "id": "andrzej.pawlak",
        "fullname": "Andrzej Pawlak",
        "group": "dept-wgk",
        "role": "pracownik WGK",
    },
    {"id": "joanna.dudek", "fullname": "Joanna Dudek", "group": "dept-wi", "role": "pracownik WI"},
]

CLERK = "ewa.nowicka"
MAYOR = "tomasz.wrobel"
PRESS = "katarzyna.mazur"
#: Who drafts the answers of a department.
DEPARTMENT_USERS = {
    "WOIK": "piotr.dabrowski",
    "WKSP": "magdalena.krol",
    "WGK": "andrzej.pawlak",
    "WI": "joanna.dudek",
}

ATTACHMENT_TEXT = """\
SKAN WYSTĄPIENIA (kopia tekstowa)

Świętochłowice, dnia {received}

Elżbieta Grabowska
Radna Rady Miejskiej w Świętochłowicach

Pan
Prezydent Miasta Świętochłowice

INTERPELACJA
w sprawie remontu nawierzchni ul. Polnej

Na podstawie art. 24 ust. 3 ustawy o samorządzie gminnym zwracam się z interpelacją
w sprawie stanu nawierzchni ul. Polnej. Po zimie w jezdni powstały liczne ubytki,
a na odcinku od skrzyżowania z ul. Krótką do pętli autobusowej nawierzchnia
zapadła się na długości kilkunastu metrów.

W załączeniu dokumentacja fotograficzna wykonana przez mieszkańców (6 zdjęć).

Z poważaniem
Elżbieta Grabowska
"""


def p(*paragraphs):
    return "".join(f"<p>{text}</p>" for text in paragraphs)


#: The cases. ``received``: ("prev", month, day) — that day of last year; ("ago", n) — n
#: days before today; ("deadline_in", n) — the day whose deadline falls n days from today.
#: ``on_time`` says whether the answer came by the deadline; ``answer_in`` how many days
#: after receipt it is dated.
INTERPELLATIONS = [
    {
        "id": "oswietlenie-przejscia-ul-szkolna",
        "title": "Oświetlenie przejścia dla pieszych przy ul. Szkolnej",
        "kind": "interpellation",
        "councillor": "marek-zielinski",
        "received": ("prev", 2, 9),
        "departments": ["WGK"],
        "state": "answered",
        "answer_in": 10,
        "on_time": True,
        "text": p(
            "Zwracam się z interpelacją w sprawie doświetlenia przejścia dla pieszych przez "
            "ul. Szkolną na wysokości Szkoły Podstawowej nr 2. Rano, gdy dzieci idą do "
            "szkoły, przejście jest słabo widoczne dla kierowców, a najbliższa latarnia stoi "
            "kilkanaście metrów dalej.",
            "Proszę o informację, czy miasto planuje montaż dedykowanego oświetlenia tego "
            "przejścia, a jeżeli tak — w jakim terminie.",
        ),
        "answer": p(
            "Uprzejmie informuję, że Wydział Gospodarki Komunalnej zlecił wykonanie projektu "
            "dedykowanego oświetlenia przejścia dla pieszych przy ul. Szkolnej.",
            "Montaż dwóch opraw LED doświetlających pasy zaplanowano na II kwartał, "
            "w ramach umowy na utrzymanie oświetlenia ulicznego. Koszt prac wyniesie około "
            "38 tys. zł i zostanie pokryty z bieżącego budżetu wydziału.",
        ),
    },
    {
        "id": "harmonogram-remontu-ul-ogrodowej",
        "title": "Harmonogram remontu ul. Ogrodowej w Lipinach",
        "kind": "inquiry",
        "councillor": "tomasz-kaczmarek",
        "received": ("prev", 4, 14),
        "departments": ["WI"],
        "state": "answered",
        "answer_in": 26,
        "on_time": False,
        "text": p(
            "Mieszkańcy ul. Ogrodowej w Lipinach pytają, kiedy rozpocznie się zapowiadany "
            "remont jezdni i chodników.",
            "Proszę o podanie harmonogramu prac, źródła ich finansowania oraz informacji, "
            "czy na czas remontu przewiduje się objazdy dla komunikacji miejskiej.",
        ),
        "answer": p(
            "Remont ul. Ogrodowej ujęto w Wieloletniej Prognozie Finansowej Miasta. Przetarg "
            "na roboty budowlane zostanie ogłoszony w sierpniu, a prace potrwają około "
            "czterech miesięcy; inwestycja jest finansowana ze środków własnych miasta "
            "i Rządowego Funduszu Rozwoju Dróg.",
            "Na czas robót ruch będzie prowadzony wahadłowo; autobusy nie zmienią trasy. "
            "Przepraszam za zwłokę w udzieleniu odpowiedzi, wynikającą z oczekiwania na "
            "kosztorys inwestorski.",
        ),
    },
    {
        "id": "laweczki-i-kosze-park-chropaczow",
        "title": "Ławki i kosze na śmieci w parku w Chropaczowie",
        "kind": "motion",
        "councillor": "agnieszka-wojcik",
        "received": ("prev", 5, 19),
        "departments": ["WGK"],
        "state": "answered",
        "answer_in": 23,
        "on_time": True,
        "text": p(
            "Wnoszę o ustawienie w parku w Chropaczowie co najmniej sześciu ławek oraz "
            "dodatkowych koszy na śmieci wzdłuż głównej alejki i przy placu zabaw.",
            "Park jest chętnie odwiedzany przez seniorów i rodziny z dziećmi, a obecne "
            "wyposażenie jest zniszczone i niewystarczające.",
        ),
        "answer": p(
            "Wniosek został uwzględniony. W czerwcu Wydział Gospodarki Komunalnej ustawi "
            "w parku osiem nowych ławek z oparciami oraz dziesięć koszy na śmieci, w tym "
            "cztery przy placu zabaw. Częstotliwość opróżniania koszy w sezonie letnim "
            "zwiększono do trzech razy w tygodniu.",
        ),
    },
    {
        "id": "godziny-otwarcia-hal-sportowych",
        "title": "Godziny otwarcia szkolnych hal sportowych dla mieszkańców",
        "kind": "committee_motion",
        "councillor": "beata-szymanska",
        "received": ("prev", 9, 22),
        "departments": ["WKSP"],
        "state": "answered",
        "answer_in": 38,
        "on_time": False,
        "text": p(
            "Komisja Oświaty, Kultury i Sportu Rady Miejskiej na posiedzeniu w dniu "
            "16 września wnosi o udostępnienie mieszkańcom hal sportowych przy szkołach "
            "podstawowych w dni robocze do godz. 22:00 oraz w soboty.",
            "Komisja prosi o przedstawienie kosztów takiego rozwiązania (obsługa, energia, "
            "sprzątanie) w podziale na poszczególne obiekty.",
        ),
        "answer": p(
            "Od 1 listopada hale przy Szkołach Podstawowych nr 1, 2 i 3 są dostępne dla "
            "mieszkańców w dni robocze do godz. 21:30, a hala przy SP nr 3 również "
            "w soboty w godz. 9:00–15:00.",
            "Roczny koszt wydłużenia godzin otwarcia oszacowano na 86 tys. zł (obsługa "
            "52 tys. zł, media 24 tys. zł, sprzątanie 10 tys. zł). Zestawienie dla "
            "poszczególnych obiektów przekazano Przewodniczącej Komisji.",
        ),
    },
    {
        "id": "organizacja-ruchu-ul-krotka",
        "title": "Zmiana organizacji ruchu na ul. Krótkiej",
        "kind": "interpellation",
        "councillor": "pawel-michalski",
        "received": ("prev", 10, 6),
        "departments": ["WGK"],
        "state": "withdrawn",
        "withdraw_in": 6,
        "withdraw_comment": "Radny wycofał interpelację pismem — sprawę rozwiązano na "
        "spotkaniu roboczym z Wydziałem Gospodarki Komunalnej.",
        "text": p(
            "Wnoszę o wprowadzenie ruchu jednokierunkowego na ul. Krótkiej, na odcinku od "
            "ul. Polnej do ul. Szkolnej. Samochody parkujące po obu stronach jezdni "
            "uniemożliwiają minięcie się dwóch pojazdów, a w godzinach szczytu dochodzi "
            "tam do niebezpiecznych sytuacji.",
        ),
    },
    {
        "id": "autobusy-zgoda-weekendy",
        "title": "Kursowanie autobusów przez dzielnicę Zgoda w weekendy",
        "kind": "interpellation",
        "councillor": "krzysztof-lewandowski",
        "received": ("ago", 150),
        "departments": ["WGK"],
        "state": "answered",
        "answer_in": 12,
        "on_time": True,
        "text": p(
            "Mieszkańcy dzielnicy Zgoda sygnalizują, że od zmiany rozkładów jazdy "
            "w soboty i niedziele autobusy kursują co 60 minut, a ostatni kurs odjeżdża "
            "przed godz. 21:00.",
            "Proszę o informację, czy miasto wystąpiło do Zarządu Transportu "
            "Metropolitalnego o zwiększenie liczby kursów w weekendy i jakie jest "
            "stanowisko przewoźnika.",
        ),
        "answer": p(
            "Miasto wystąpiło do Zarządu Transportu Metropolitalnego o przywrócenie "
            "weekendowej częstotliwości 30 minut oraz o dodatkowy kurs wieczorny "
            "o godz. 22:40. ZTM przychylił się do wniosku: zmiana rozkładu obowiązuje od "
            "pierwszego dnia przyszłego miesiąca.",
        ),
    },
    {
        "id": "remont-nawierzchni-ul-polnej",
        "title": "Remont nawierzchni ul. Polnej po zimie",
        "kind": "interpellation",
        "councillor": "elzbieta-grabowska",
        "received": ("ago", 75),
        "departments": ["WGK"],
        "state": "answered",
        "answer_in": 19,
        "on_time": False,
        "attachment": {
            "title": "Skan wystąpienia radnej",
            "filename": "wystapienie.txt",
        },
        "draft": p(
            "Uprzejmie informuję, że ubytki w nawierzchni ul. Polnej zostaną naprawione "
            "w ramach bieżącego utrzymania dróg.",
        ),
        "returned": "Proszę uzupełnić odpowiedź o termin rozpoczęcia prac, ich zakres "
        "i szacunkowy koszt — radna pyta także o zapadnięty odcinek przy pętli.",
        "text": p(
            "Po zimie w jezdni ul. Polnej powstały liczne ubytki, a na odcinku od "
            "skrzyżowania z ul. Krótką do pętli autobusowej nawierzchnia zapadła się na "
            "długości kilkunastu metrów.",
            "Proszę o informację, kiedy zostanie przeprowadzony remont i czy obejmie on "
            "również zapadnięty odcinek przy pętli. W załączeniu skan wystąpienia "
            "z dokumentacją fotograficzną mieszkańców.",
        ),
        "answer": p(
            "Uprzejmie informuję, że ubytki w nawierzchni ul. Polnej zostały uzupełnione "
            "masą na gorąco w ramach bieżącego utrzymania dróg.",
            "Zapadnięty odcinek przy pętli autobusowej (ok. 18 m) wymaga wymiany "
            "podbudowy: prace rozpoczną się w przyszłym miesiącu i potrwają dwa tygodnie; "
            "koszt oszacowano na 145 tys. zł. Na czas robót ruch będzie prowadzony "
            "wahadłowo.",
        ),
    },
    {
        "id": "transmisje-posiedzen-komisji",
        "title": "Transmisje posiedzeń komisji Rady Miejskiej w internecie",
        "kind": "inquiry",
        "councillor": "marek-zielinski",
        "received": ("ago", 45),
        "departments": ["WOIK"],
        "state": "answered",
        "answer_in": 9,
        "on_time": True,
        "text": p(
            "Sesje Rady Miejskiej są transmitowane w internecie, posiedzenia komisji — nie. "
            "Proszę o informację, czy urząd dysponuje sprzętem pozwalającym transmitować "
            "również obrady komisji i jaki byłby koszt takiego rozwiązania.",
        ),
        "answer": p(
            "Sala, w której obradują komisje, ma kamerę i system nagłośnienia używany "
            "podczas sesji. Wydział Organizacyjny, Informatyki i Kadr może uruchomić "
            "transmisje posiedzeń komisji od nowego roku, bez dodatkowych kosztów "
            "sprzętowych; koszt licencji platformy transmisyjnej wzrośnie o ok. 4 tys. zł "
            "rocznie.",
        ),
    },
    {
        "id": "nasadzenia-drzew-ul-parkowa",
        "title": "Nasadzenia drzew wzdłuż ul. Parkowej",
        "kind": "motion",
        "councillor": "agnieszka-wojcik",
        "received": ("ago", 110),
        "departments": ["WGK"],
        "state": "answered",
        "answer_in": 27,
        "on_time": True,
        "text": p(
            "Wnoszę o nasadzenie drzew w pasie zieleni wzdłuż ul. Parkowej, w miejscu "
            "drzew usuniętych podczas budowy kanalizacji. Ulica latem mocno się nagrzewa, "
            "a mieszkańcy od dawna pytają o odtworzenie szpaleru.",
        ),
        "answer": p(
            "Wniosek zostanie zrealizowany jesienią: w pasie zieleni wzdłuż ul. Parkowej "
            "posadzimy 24 lipy drobnolistne wraz z trzyletnią pielęgnacją. Nasadzenia "
            "sfinansowano z opłat za usunięcie drzew.",
        ),
    },
    {
        "id": "parkowanie-na-trawnikach-ul-sloneczna",
        "title": "Parkowanie na trawnikach przy ul. Słonecznej",
        "kind": "interpellation",
        "councillor": "tomasz-kaczmarek",
        "received": ("deadline_in", 2),
        "departments": ["WGK"],
        "state": "answer_review",
        "submitted_ago": 1,
        "text": p(
            "Przy blokach na ul. Słonecznej samochody parkują na trawnikach, niszcząc "
            "zieleń i utrudniając przejście pieszym. Proszę o informację, czy miasto "
            "planuje budowę dodatkowych miejsc postojowych lub ustawienie słupków "
            "ochronnych.",
        ),
        "answer": p(
            "Wydział Gospodarki Komunalnej przygotował koncepcję 28 miejsc postojowych "
            "z płyt ażurowych na terenie miejskim przy ul. Słonecznej. Do czasu ich "
            "budowy trawniki zostaną zabezpieczone słupkami, a Straż Miejska zwiększy "
            "liczbę kontroli.",
        ),
    },
    {
        "id": "koszty-utrzymania-zieleni-miejskiej",
        "title": "Zestawienie kosztów utrzymania zieleni miejskiej",
        "kind": "committee_motion",
        "councillor": "beata-szymanska",
        "received": ("deadline_in", 12),
        "departments": ["WGK"],
        "state": "answer_review",
        "submitted_ago": 2,
        "text": p(
            "Komisja Budżetu i Finansów wnosi o przedstawienie zestawienia kosztów "
            "utrzymania zieleni miejskiej za ostatnie trzy lata, w podziale na koszenie "
            "trawników, pielęgnację drzew, nasadzenia i utrzymanie parków.",
        ),
        "answer": p(
            "W załączeniu do odpowiedzi przekazujemy zestawienie kosztów za ostatnie trzy "
            "lata. Łączne wydatki wzrosły o 14%, głównie w pozycji pielęgnacji drzew "
            "(przeglądy dendrologiczne i cięcia sanitarne).",
        ),
    },
    {
        "id": "niedzialajace-latarnie-ul-lesna",
        "title": "Niedziałające latarnie na ul. Leśnej",
        "kind": "interpellation",
        "councillor": "pawel-michalski",
        "received": ("deadline_in", -6),
        "departments": ["WGK"],
        "state": "forwarded",
        "text": p(
            "Od kilku tygodni nie świeci pięć latarni na ul. Leśnej, na odcinku prowadzącym "
            "do przystanku autobusowego. Po zmroku mieszkańcy idą do przystanku po "
            "ciemku. Proszę o pilne usunięcie awarii i informację o jej przyczynie.",
        ),
    },
    {
        "id": "orlik-piasniki-zima",
        "title": "Zajęcia na boisku Orlik w Piaśnikach w okresie zimowym",
        "kind": "inquiry",
        "councillor": "krzysztof-lewandowski",
        "received": ("deadline_in", 1),
        "departments": ["WKSP"],
        "state": "forwarded",
        "text": p(
            "Proszę o informację, czy boisko Orlik w Piaśnikach będzie czynne zimą, czy "
            "planowane jest lodowisko oraz czy zatrudniony zostanie animator sportu na "
            "okres ferii.",
        ),
    },
    {
        "id": "termomodernizacja-sp-3",
        "title": "Termin zakończenia termomodernizacji Szkoły Podstawowej nr 3",
        "kind": "interpellation",
        "councillor": "elzbieta-grabowska",
        "received": ("deadline_in", -2),
        "departments": ["WI", "WKSP"],
        "state": "forwarded",
        "text": p(
            "Termomodernizacja budynku Szkoły Podstawowej nr 3 miała zakończyć się przed "
            "rozpoczęciem roku szkolnego. Rusztowania nadal stoją, a część sal jest "
            "wyłączona z użytku.",
            "Proszę o informację o przyczynach opóźnienia, nowym terminie zakończenia prac "
            "oraz o tym, jak zorganizowano zajęcia uczniów w czasie robót.",
        ),
    },
    {
        "id": "czestotliwosc-tramwajow-szczyt",
        "title": "Częstsze kursy tramwajów w godzinach szczytu",
        "kind": "motion",
        "councillor": "marek-zielinski",
        "received": ("deadline_in", 20),
        "departments": ["WGK"],
        "state": "forwarded",
        "text": p(
            "Wnoszę o wystąpienie do Tramwajów Śląskich i Zarządu Transportu "
            "Metropolitalnego o zwiększenie częstotliwości kursów tramwajowych przez "
            "Świętochłowice w godzinach porannego i popołudniowego szczytu. Tramwaje są "
            "przepełnione, a pasażerowie z przystanków w Lipinach często nie mieszczą "
            "się do wagonów.",
        ),
    },
    {
        "id": "dojscie-do-przystanku-tramwajowego-lipiny",
        "title": "Bezpieczne dojście do przystanku tramwajowego w Lipinach",
        "kind": "interpellation",
        "councillor": "agnieszka-wojcik",
        "received": ("ago", 0),
        "state": "registered",
        "text": p(
            "Do przystanku tramwajowego w Lipinach piesi dochodzą poboczem, bez chodnika "
            "i bez przejścia dla pieszych przez torowisko. Proszę o informację, czy miasto "
            "przygotowuje projekt bezpiecznego dojścia i wystąpiło w tej sprawie do "
            "zarządcy torowiska.",
        ),
    },
    {
        "id": "koszty-dni-swietochlowic",
        "title": "Koszty organizacji Dni Świętochłowic",
        "kind": "inquiry",
        "councillor": "tomasz-kaczmarek",
        "received": ("ago", 0),
        "state": "registered",
        "text": p(
            "Proszę o zestawienie kosztów organizacji tegorocznych Dni Świętochłowic: "
            "honoraria artystów, scena i nagłośnienie, ochrona, promocja, z podaniem "
            "kwot pokrytych przez sponsorów.",
        ),
    },
    {
        "id": "nazwa-skweru-ul-zielona",
        "title": "Nadanie nazwy skwerowi przy ul. Zielonej",
        "kind": "motion",
        "councillor": "pawel-michalski",
        "received": ("ago", 30),
        "state": "withdrawn",
        "withdraw_in": 2,
        "withdraw_comment": "Wniosek wycofany przez radnego przed przekazaniem — "
        "projekt uchwały złoży Komisja Kultury.",
        "text": p(
            "Wnoszę o nadanie skwerowi przy ul. Zielonej imienia zasłużonej dla miasta "
            "nauczycielki i społeczniczki oraz o ustawienie tablicy informacyjnej.",
        ),
    },
]

NEWS = [
    {
        "id": "zimowe-utrzymanie-drog",
        "title": "Zimowe utrzymanie dróg: dyżury i numer interwencyjny",
        "description": "Od 15 listopada do 31 marca drogi miejskie odśnieża i posypuje "
        "firma wyłoniona w przetargu. Zgłoszenia przyjmuje całodobowy dyżur.",
        "ago": 2,
        "text": p(
            "Od 15 listopada do 31 marca trwa akcja zimowego utrzymania dróg. W pierwszej "
            "kolejności odśnieżane są ulice, którymi kursują autobusy, dojazdy do szkół "
            "i przychodni oraz przejścia dla pieszych.",
            "Śliskie jezdnie i zalegający śnieg można zgłaszać całodobowo w dyżurce "
            "Wydziału Gospodarki Komunalnej. Przypominamy, że chodniki przylegające do "
            "posesji odśnieżają ich właściciele.",
        ),
    },
    {
        "id": "oswietlenie-led-lipiny-chropaczow",
        "title": "Nowe oświetlenie LED na ulicach Lipin i Chropaczowa",
        "description": "Zakończyła się wymiana 420 opraw oświetlenia ulicznego na "
        "energooszczędne lampy LED.",
        "ago": 9,
        "text": p(
            "Zakończyła się wymiana 420 opraw oświetlenia ulicznego w Lipinach "
            "i Chropaczowie na lampy LED. Nowe oprawy zużywają o ok. 60% mniej energii, "
            "a ulice są lepiej oświetlone, zwłaszcza przy przejściach dla pieszych.",
            "Awarie oświetlenia można zgłaszać przez formularz na stronie miasta lub "
            "w Kancelarii Prezydenta Miasta.",
        ),
    },
    {
        "id": "odpowiedzi-na-interpelacje-online",
        "title": "Odpowiedzi na interpelacje radnych w jednym rejestrze",
        "description": "Interpelacje, zapytania i wnioski radnych wraz z odpowiedziami "
        "Prezydenta Miasta publikujemy w rejestrze na stronie miasta.",
        "ago": 16,
        "text": p(
            'W zakładce <a href="{interpelacje}">Interpelacje</a> publikujemy '
            "interpelacje, zapytania i wnioski radnych Rady Miejskiej wraz z odpowiedziami "
            "Prezydenta Miasta. Przy każdej sprawie widać jej znak, datę wpływu, termin "
            "odpowiedzi i etap, na którym się znajduje.",
            "Odpowiedź pojawia się w rejestrze, gdy Prezydent Miasta ją zatwierdzi.",
        ),
    },
    {
        "id": "budzet-obywatelski-wyniki",
        "title": "Budżet obywatelski: wyniki głosowania",
        "description": "Mieszkańcy wybrali do realizacji siedem projektów, w tym "
        "siłownię plenerową w Piaśnikach i nowe nasadzenia w parku w Chropaczowie.",
        "ago": 30,
        "text": p(
            "W głosowaniu nad projektami budżetu obywatelskiego oddano 4 312 ważnych "
            "głosów. Do realizacji w przyszłym roku wybrano siedem projektów: cztery "
            "dzielnicowe i trzy ogólnomiejskie.",
            "Najwięcej głosów zdobyły siłownia plenerowa w Piaśnikach oraz nasadzenia "
            "drzew i krzewów w parku w Chropaczowie. Pełne wyniki publikujemy w Biuletynie "
            "Informacji Publicznej.",
        ),
    },
]


# --- helpers ------------------------------------------------------------------------------


def html(text):
    return RichTextValue(text, "text/html", "text/x-html-safe")


def password():
    return os.environ.get(PASSWORD_VARIABLE) or DEFAULT_PASSWORD


def previous_working_day(day):
    while deadlines.is_day_off(day):
        day -= timedelta(days=1)
    return day


def next_working_day(day):
    return deadlines.next_working_day(day)


def _deadline(received, kind):
    return deadlines.deadline_for(SimpleNamespace(received_date=received, deadline_kind=kind))


def received_date(spec, kind, today):
    """The day of receipt the spec of a demo case means (always a working day)."""
    how = spec[0]
    if how == "prev":
        return next_working_day(date(today.year - 1, spec[1], spec[2]))
    if how == "ago":
        return previous_working_day(today - timedelta(days=spec[1]))
    # ("deadline_in", n): the latest working day whose deadline is nearest today + n.
    target = today + timedelta(days=spec[1])
    best = None
    for back in range(0, 120):
        day = today - timedelta(days=back)
        if deadlines.is_day_off(day):
            continue
        distance = abs((_deadline(day, kind) - target).days)
        if best is None or distance < best[0]:
            best = (distance, day)
        if distance == 0:
            break
    return best[1]


def _at(day, hour, minute=0):
    """A moment of ``day`` in the office's time zone."""
    return DateTime(f"{day:%Y/%m/%d} {hour:02d}:{minute:02d}:00 Europe/Warsaw")


class Clock:
    """Hands out the moments of one case's history: in order, and never in the future."""

    def __init__(self):
        self.last = None
        self.now = DateTime()

    def __call__(self, day, hour, minute=0):
        when = _at(day, hour, minute)
        if when > self.now:
            when = self.now - 1.0 / 1440  # a minute ago
        if self.last is not None and when <= self.last:
            when = self.last + 1.0 / 1440
        self.last = when
        return when


def _history_key(obj):
    chain = api.portal.get_tool("portal_workflow").getChainFor(obj)
    return chain[0] if chain else None


def _history_length(obj):
    key = _history_key(obj)
    return len((getattr(obj, "workflow_history", None) or {}).get(key, ()))


def _date_history(obj, start, when):
    """Date the case history entries from index ``start`` on at ``when`` (a second apart)."""
    key = _history_key(obj)
    entries = list(obj.workflow_history.get(key, ()))
    for offset, index in enumerate(range(start, len(entries))):
        entry = dict(entries[index])
        entry["time"] = when + offset / 86400.0
        entries[index] = entry
    obj.workflow_history[key] = tuple(entries)


def _date_versions(obj, when):
    """Date the versions the demo made of ``obj`` (its change register) at ``when``.

    CMFEditions stamps a version with the clock and has no API to change that; the demo
    reaches into its shadow history, and leaves the register as it is when that fails.
    """
    try:
        history = api.portal.get_tool("portal_archivist").getHistoryMetadata(obj)
        for version_id in list(getattr(history, "_available", None) or ()):
            entry = dict(history._full[version_id])
            metadata = dict(entry["metadata"])
            metadata["sys_metadata"] = dict(metadata["sys_metadata"], timestamp=when.timeTime())
            entry["metadata"] = metadata
            history._full[version_id] = entry
    except Exception:  # noqa: BLE001 - the dates of a demo's versions are cosmetic
        logger.debug("Could not date the versions of %s", obj, exc_info=True)


@contextmanager
def acting_as(user_id, obj=None, when=None):
    """Run a step as ``user_id``; the history entries it adds are dated ``when``."""
    start = _history_length(obj) if obj is not None else 0
    with api.env.adopt_user(username=user_id):
        yield
    if obj is not None and when is not None:
        _date_history(obj, start, when)


class _DropDemoMailWarnings(logging.Filter):
    def __init__(self, thread_id):
        super().__init__()
        self.thread_id = thread_id

    def filter(self, record):
        return not (record.thread == self.thread_id and str(record.msg).startswith("Not sending"))


@contextmanager
def no_mail():
    """The actions of the demo queue e-mail for after the commit; none of it leaves."""
    txn = transaction.get()
    hooks = getattr(txn, "_after_commit", None)
    start = len(hooks) if hooks is not None else 0
    quiet = _DropDemoMailWarnings(threading.get_ident())
    logger.addFilter(quiet)
    try:
        yield
    finally:
        logger.removeFilter(quiet)
        if hooks is not None:
            hooks[start:] = [hook for hook in hooks[start:] if hook[0] is not mail._deliver]


# --- the parts of the demo ------------------------------------------------------------------


def merge_rows(current, wanted, key):
    """The office's rows first, as they are (an empty e-mail filled in), then the new ones."""
    rows = [dict(row) for row in current or ()]
    known = {row.get(key): row for row in rows}
    for row in wanted:
        existing = known.get(row[key])
        if existing is None:
            rows.append(dict(row))
        elif not existing.get("email") and row.get("email"):
            existing["email"] = row["email"]
    return rows


def ensure_settings():
    from kancelaria import structure

    for name, wanted, key in (
        ("departments", DEPARTMENTS, "symbol"),
        ("councillors", COUNCILLORS, "id"),
    ):
        record = f"{settings.PREFIX}.{name}"
        current = api.portal.get_registry_record(record, default=None) or []
        merged = merge_rows(current, wanted, key)
        if merged != [dict(row) for row in current]:
            api.portal.set_registry_record(record, merged)
    structure.department_groups_changed(None)


def ensure_users():
    """One demo person per group; the password is (re)set to the demo password."""
    acl_users = api.portal.get_tool("acl_users")
    secret = password()
    for spec in USERS:
        user = api.user.get(username=spec["id"])
        if user is None:
            # Plone's password policy wants 8 characters; the demo password is set below.
            user = api.user.create(
                username=spec["id"],
                email=f"{spec['id']}@{OFFICE_DOMAIN}",
                password=secrets.token_urlsafe(16),
                properties={"fullname": spec["fullname"]},
            )
        acl_users.userSetPassword(spec["id"], secret)
        groups = {g.getId() for g in api.group.get_groups(user=user)}
        if spec["group"] not in groups:
            api.group.add_user(groupname=spec["group"], username=spec["id"])


def _attach(obj, spec, received, when):
    from plone.namedfile.file import NamedBlobFile

    data = ATTACHMENT_TEXT.format(received=received.strftime("%d.%m.%Y")).encode("utf-8")
    attachment = api.content.create(
        container=obj,
        type="File",
        id=spec["filename"],
        title=spec["title"],
        file=NamedBlobFile(data=data, filename=spec["filename"], contentType="text/plain"),
        safe_id=False,
    )
    _backdate(attachment, when, when)
    return attachment


def _backdate(obj, created, modified):
    obj.creation_date = created
    obj.modification_date = modified
    if hasattr(obj, "setEffectiveDate") and getattr(obj, "effective_date", None):
        obj.setEffectiveDate(modified)


#: The indexes of the dates the demo sets back (``reindexObject()`` would reset ``modified``).
DATE_INDEXES = ("created", "modified", "effective", "Date")


def _reindex(obj):
    """Index the backdated dates (and the metadata) without touching them again."""
    catalog = api.portal.get_tool("portal_catalog")
    idxs = [name for name in DATE_INDEXES if name in catalog.indexes()]
    catalog.catalog_object(obj, "/".join(obj.getPhysicalPath()), idxs=idxs)


def make_interpellation(container, spec, today):
    kind = spec["kind"]
    received = received_date(spec["received"], kind, today)
    clock = Clock()
    registered_at = clock(received, 9, 20)
    fields = {
        "title": spec["title"],
        "kind": kind,
        "councillor": spec["councillor"],
        "text": html(spec["text"]),
        "received_date": received,
    }
    if received.year != today.year:
        # A case received last year was registered last year: its signature says so.
        jrwa = registration.default_jrwa("Interpellation") or "0003"
        fields["jrwa"] = jrwa
        fields["signature"] = numbering.new_signature(
            settings.get("unit_symbol", "KPM"), jrwa, on=received
        )

    with acting_as(CLERK):
        obj = api.content.create(
            container=container, type="Interpellation", id=spec["id"], safe_id=False, **fields
        )
    if not getattr(obj, "deadline", None):
        obj.deadline = deadlines.deadline_for(obj)
        obj.deadline_changed = False
    _date_history(obj, 0, registered_at)
    _date_versions(obj, registered_at)
    attachment = None
    if spec.get("attachment"):
        with acting_as(CLERK):
            attachment = _attach(obj, spec["attachment"], received, clock(received, 9, 35))

    state = spec["state"]
    if state == "withdrawn" and not spec.get("departments"):
        day = next_working_day(received + timedelta(days=spec.get("withdraw_in", 1)))
        with acting_as(CLERK, obj, clock(day, 11, 5)):
            api.content.transition(
                obj=obj, transition="withdraw", comment=spec.get("withdraw_comment", "")
            )
    elif state != "registered":
        routed_on = min(next_working_day(received + timedelta(days=1)), today)
        with acting_as(CLERK, obj, clock(routed_on, 10, 30)):
            routing.route(obj, spec["departments"], "Proszę o przygotowanie projektu odpowiedzi.")
        drafter = DEPARTMENT_USERS.get(spec["departments"][0], CLERK)

        if state == "withdrawn":
            day = next_working_day(received + timedelta(days=spec.get("withdraw_in", 5)))
            with acting_as(CLERK, obj, clock(min(day, today), 12, 40)):
                api.content.transition(
                    obj=obj, transition="withdraw", comment=spec.get("withdraw_comment", "")
                )

        elif state == "answer_review":
            submitted = previous_working_day(today - timedelta(days=spec.get("submitted_ago", 1)))
            with acting_as(drafter, obj, clock(max(submitted, routed_on), 13, 15)):
                obj.answer = html(spec["answer"])
                api.content.transition(
                    obj=obj,
                    transition="submit_answer",
                    comment="Projekt odpowiedzi do akceptacji.",
                )

        elif state == "answered":
            answered_on = _answer_date(received, obj.deadline, spec, today)
            if spec.get("returned"):
                first = next_working_day(routed_on + timedelta(days=5))
                with acting_as(drafter, obj, clock(first, 13, 10)):
                    obj.answer = html(spec["draft"])
                    api.content.transition(
                        obj=obj,
                        transition="submit_answer",
                        comment="Projekt odpowiedzi do akceptacji.",
                    )
                returned_on = next_working_day(first + timedelta(days=1))
                with acting_as(MAYOR, obj, clock(returned_on, 8, 45)):
                    api.content.transition(
                        obj=obj, transition="return_answer", comment=spec["returned"]
                    )
            submitted = previous_working_day(answered_on - timedelta(days=1))
            with acting_as(drafter, obj, clock(max(submitted, routed_on), 14, 20)):
                obj.answer = html(spec["answer"])
                api.content.transition(
                    obj=obj,
                    transition="submit_answer",
                    comment="Odpowiedź uzupełniona zgodnie z uwagami."
                    if spec.get("returned")
                    else "Projekt odpowiedzi do akceptacji.",
                )
            with acting_as(MAYOR, obj, clock(answered_on, 15, 0)):
                obj.answer_date = answered_on
                api.content.transition(obj=obj, transition="approve_answer")

    _backdate(obj, registered_at, clock.last)
    _reindex(obj)
    if attachment is not None:
        _reindex(attachment)
    return obj


def _answer_date(received, deadline, spec, today):
    """The day the mayor signed the answer: by the deadline or after it, as the spec says."""
    day = next_working_day(received + timedelta(days=spec.get("answer_in", 10)))
    if spec.get("on_time", True):
        if deadline and day > deadline:
            day = previous_working_day(deadline)
    elif deadline and day <= deadline:
        day = next_working_day(deadline + timedelta(days=3))
    return min(day, previous_working_day(today))


def ensure_interpellations(today):
    container = api.portal.get()["interpelacje"]
    made = []
    specs = [s for s in INTERPELLATIONS if s["id"] not in container.objectIds()]
    # Registered in the order the office received them, so the numbers run with the dates.
    specs.sort(key=lambda s: received_date(s["received"], s["kind"], today))
    for spec in specs:
        made.append(make_interpellation(container, spec, today))
    return made


def ensure_news(today):
    portal = api.portal.get()
    container = portal["aktualnosci"]
    # Links between pages by UID: they survive renaming and moving.
    links = {"interpelacje": f"resolveuid/{api.content.get_uuid(portal['interpelacje'])}"}
    made = []
    for spec in NEWS:
        if spec["id"] in container.objectIds():
            continue
        day = previous_working_day(today - timedelta(days=spec["ago"]))
        written = _at(day, 11, 0)
        published = _at(day, 12, 30)
        if published > DateTime():
            written = published = DateTime() - 1.0 / 1440
        with acting_as(PRESS):
            item = api.content.create(
                container=container,
                type="News Item",
                id=spec["id"],
                title=spec["title"],
                description=spec["description"],
                text=html(spec["text"].replace("{interpelacje}", links["interpelacje"])),
                safe_id=False,
            )
            api.content.transition(obj=item, transition="publish")
        item.setEffectiveDate(published)
        _date_history(item, 0, written)
        _date_history(item, 1, published)
        _backdate(item, written, published)
        _reindex(item)
        made.append(item)
    return made


def post_install(context):
    """The handler of ``kancelaria:demo``: idempotent, a second run makes nothing twice."""
    today = date.today()
    with no_mail():
        ensure_settings()
        ensure_users()
        cases = ensure_interpellations(today)
        news = ensure_news(today)
    logger.info(
        "Demo content: %d cases and %d news items made; demo users %s, password %r",
        len(cases),
        len(news),
        ", ".join(u["id"] for u in USERS),
        password(),
    )
    print(describe_logins())


def describe_logins():
    lines = [f"Demo users (password: {password()}):"]
    for spec in USERS:
        lines.append(f"  {spec['id']:<18} {spec['fullname']} — {spec['role']} ({spec['group']})")
    return "\n".join(lines)
