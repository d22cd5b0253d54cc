"""The monthly summary's bar chart: inline SVG drawn on the server (no script, no CDN).

One stacked bar per medium, a segment per tone. The chart is a picture of the table next to
it: the table is its text alternative (``aria-describedby``), so a screen reader reads the
numbers once."""

from xml.sax.saxutils import escape
from xml.sax.saxutils import quoteattr

#: tone → fill; each at least 3:1 against white (WCAG 1.4.11, graphical objects).
COLOURS = {
    "positive": "#1a7f37",
    "neutral": "#59636e",
    "negative": "#b3261e",
    "none": "#8c6d1f",
}
LABEL_WIDTH = 220
BAR_WIDTH = 420
ROW = 28
TOP = 8


def svg(rows, columns, labels, title, described_by):
    """``rows``: the summary's media; ``columns``: the tone ids in order; ``labels``: tone
    id → its translated name (the legend)."""
    most = max((row["total"] for row in rows), default=0) or 1
    height = TOP + ROW * len(rows) + 40
    width = LABEL_WIDTH + BAR_WIDTH + 60
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="kancelaria-chart" role="img" '
        f'width="{width}" height="{height}" style="max-width: 100%; height: auto" '
        f'viewBox="0 0 {width} {height}" '
        f"aria-label={quoteattr(title)} aria-describedby={quoteattr(described_by)}>"
    ]
    for index, row in enumerate(rows):
        y = TOP + index * ROW
        parts.append(
            f'<text x="{LABEL_WIDTH - 8}" y="{y + 17}" text-anchor="end" font-size="13" '
            f'fill="#1f2328">{escape(row["medium"][:34])}</text>'
        )
        x = LABEL_WIDTH
        for column in columns:
            count = row[column]
            if not count:
                continue
            w = round(BAR_WIDTH * count / most, 1)
            parts.append(
                f'<rect x="{x}" y="{y + 4}" width="{w}" height="18" '
                f'fill="{COLOURS[column]}" data-tone="{column}" data-count="{count}" />'
            )
            x += w
        parts.append(
            f'<text x="{x + 6}" y="{y + 17}" font-size="13" fill="#1f2328">{row["total"]}</text>'
        )
    y = TOP + ROW * len(rows) + 14
    x = LABEL_WIDTH
    for column in columns:
        parts.append(f'<rect x="{x}" y="{y}" width="12" height="12" fill="{COLOURS[column]}" />')
        parts.append(
            f'<text x="{x + 16}" y="{y + 11}" font-size="12" fill="#1f2328">'
            f"{escape(labels[column])}</text>"
        )
        x += 24 + 8 * len(labels[column])
    parts.append("</svg>")
    return "".join(parts)
