"""A letter's PDF render time (the issue asks under 1 s on this machine), and the DOCX, the
receipt and a meeting's minutes (30 attendees, 20 directives) beside it:
``.venv/bin/python benchmarks/pdf.py`` (``--quick``: a smoke run).

In-process, the documents engine alone (``kancelaria.documents``): the same description the
views build from an item, rendered ``--runs`` times after one cold render (the first render
loads fonts and WeasyPrint's style sheets). Stock Plone has no PDF of its own to compare
with, so the ratio column is to the target: below 1.00 is within it. ``BENCH_PDF {json}``
repeats the figures for scripts. See benchmarks/README.md.
"""

from datetime import date
from pathlib import Path

import argparse
import json
import statistics
import sys
import time

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from kancelaria.documents import model  # noqa: E402
from kancelaria.documents import pdf  # noqa: E402
from kancelaria.documents import word  # noqa: E402

TARGET_S = 1.0
PARAGRAPH = (
    "<p>W odpowiedzi na interpelację informuję, że <strong>remont ulicy Źródlanej</strong> "
    "rozpocznie się <em>wiosną</em> przyszłego roku, po rozstrzygnięciu przetargu; prace "
    "potrwają około czterech miesięcy, a objazdy zostaną oznakowane.</p>"
)


def parse_args(argv):
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--runs", type=int, default=30, help="timed renders of each document")
    p.add_argument("--quick", action="store_true", help="smoke run: 3 renders each")
    args = p.parse_args(argv)
    if args.quick:
        args.runs = min(args.runs, 3)
    return args


def letter(paragraphs):
    body = PARAGRAPH * paragraphs + "<ul><li>etap pierwszy</li><li>etap drugi</li></ul>"
    return model.Letter(
        letterhead=model.Letterhead(
            "Urząd Miejski w Świętochłowicach",
            "Kancelaria Prezydenta Miasta",
            "ul. Katowicka 54, 41-600 Świętochłowice",
            "32 3491 826",
            "kpm@swietochlowice.pl",
        ),
        place="Świętochłowice",
        date=date(2026, 11, 27),
        signature="KPM.0003.12.2026",
        recipients=[model.Party("Pan Grzegorz Żółtański", "Rada Miejska", "ul. Łąkowa 5")],
        subject="Odpowiedź na interpelację w sprawie ulicy Źródlanej",
        body_html=body,
        signatory=model.Signatory("Daniel Beger", "Prezydent Miasta"),
    )


def receipt():
    return model.Receipt(
        letterhead=letter(1).letterhead,
        place="Świętochłowice",
        date=date(2026, 11, 27),
        signature="KPM.0100.3.2026",
        incoming_number="RPW/17/2026",
        received_date=date(2026, 11, 26),
        sender=model.Party("Zofia Łęcka", "", "ul. Ślęzańska 3"),
        subject="Wniosek o naprawę oświetlenia",
        access_code="K7Q2-9XPA",
        check_url="https://www.swietochlowice.pl/sprawdz-sprawe",
    )


def minutes(attendees=30, directives=20):
    """The minutes of a meeting with ``attendees`` people and ``directives`` directives."""
    return model.Minutes(
        letterhead=letter(1).letterhead,
        heading="Protokół nr 12/2026",
        held="z narady kierownictwa odbytej 27 listopada 2026 r. o godz. 10:00",
        subject="Narada w sprawie budżetu",
        chair="Daniel Beger",
        minute_taker="Anna Protokolantka",
        attendees=[
            model.Attendee(f"Osoba {n}", "Naczelnik", "WOIK", present=n % 7 != 0)
            for n in range(1, attendees + 1)
        ],
        agenda=[model.AgendaItem(str(n), f"Temat {n}", "Skarbnik") for n in range(1, 6)],
        minutes_html=PARAGRAPH * 10,
        directives=[
            model.DirectiveLine(
                f"KPM.0012.{n}.2026", f"Polecenie {n}", "WOIK", "Jan Nowak", date(2026, 12, 31)
            )
            for n in range(1, directives + 1)
        ],
    )


def timed(render, document, runs):
    seconds = []
    for _ in range(runs):
        start = time.perf_counter()
        data = render(document)
        seconds.append(time.perf_counter() - start)
    return seconds, len(data)


def main(argv=None):
    args = parse_args(argv)
    start = time.perf_counter()
    pdf.letter_pdf(letter(3))
    cold = time.perf_counter() - start
    cases = {
        "letter PDF, 1 page": (pdf.letter_pdf, letter(3)),
        "letter PDF, 7 pages": (pdf.letter_pdf, letter(80)),
        "receipt PDF": (pdf.receipt_pdf, receipt()),
        "letter DOCX, 1 page": (word.letter_docx, letter(3)),
        "minutes PDF, 30 + 20": (pdf.minutes_pdf, minutes()),
        "minutes DOCX, 30 + 20": (word.minutes_docx, minutes()),
    }
    rows, out = [], {"cold_s": round(cold, 3), "target_s": TARGET_S, "runs": args.runs}
    for name, (render, document) in cases.items():
        seconds, size = timed(render, document, args.runs)
        median = statistics.median(seconds)
        slowest = max(seconds)
        rows.append((name, median, slowest, size))
        out[name] = {"median_s": round(median, 4), "max_s": round(slowest, 4), "bytes": size}
    print(f"\nDocuments, {args.runs} renders each (cold first render: {cold:.2f} s)\n")
    header = ("document", "median ms", "slowest ms", "KB", "median / 1 s target")
    print(f"{header[0]:<22}  {header[1]:>9}  {header[2]:>10}  {header[3]:>6}  {header[4]:>19}")
    print(f"{'-' * 22}  {'-' * 9}  {'-' * 10}  {'-' * 6}  {'-' * 19}")
    for name, median, slowest, size in rows:
        print(
            f"{name:<22}  {median * 1000:>9,.0f}  {slowest * 1000:>10,.0f}  "
            f"{size / 1024:>6.1f}  {median / TARGET_S:>19.2f}"
        )
    print("\nBENCH_PDF " + json.dumps(out))


if __name__ == "__main__":
    main()
