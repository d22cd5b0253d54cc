"""Hypothesis strategies for the project's REST endpoints, built from their fields.

Each endpoint gets bodies or query strings made of its real field names with plausible
values (a department symbol, a councillor id, an ISO date) and implausible ones of every
JSON type: numbers huge and negative, lists, nulls, nested objects, dates out of range,
unicode, NUL bytes, very long strings; and bodies that are no object at all, or no JSON.
"""

from hypothesis import strategies as st

NASTY_TEXT = [
    "",
    " ",
    "\x00",
    "Ulica\x00Polna",
    "\x1b[31m",
    "x" * 5000,
    "ą" * 400,
    "-1",
    "0",
    "1e309",
    "NaN",
    "9999-12-31",
    "0001-01-01",
    "10000-01-01",
    "2026-02-30",
    "2026-13-01",
    "31.12.2026",
    "<script>alert(1)</script>",
    "${title}",
    "%s%n",
    "../../etc/passwd",
    "WOIK",
    "woik",
    "XYZ",
    "jan-nowak",
    "interpellation",
    "0003",
    "\ud7ff\ue000\U0010fffd",
]
NASTY_NUMBERS = [0, -1, 1, 2**31, 2**63, -(2**63), 10**12, 10**30, -(10**30), 1.5, -0.0, 1e308]

texts = st.one_of(st.sampled_from(NASTY_TEXT), st.text(max_size=30))
numbers = st.one_of(
    st.sampled_from(NASTY_NUMBERS), st.integers(), st.floats(allow_nan=False, allow_infinity=False)
)
scalars = st.one_of(st.none(), st.booleans(), numbers, texts)
#: Any JSON value, nested a few levels.
values = st.recursive(
    scalars,
    lambda children: st.one_of(
        st.lists(children, max_size=3),
        st.dictionaries(texts, children, max_size=3),
    ),
    max_leaves=6,
)

dates = st.one_of(
    st.dates().map(lambda d: d.isoformat()),
    st.sampled_from(["9999-12-31", "0001-01-01", "2026-02-30", "2026-11-31T25:00", "dziś"]),
)
html = st.one_of(
    st.builds(lambda t: {"data": t, "content-type": "text/html"}, texts),
    st.fixed_dictionaries(
        {}, optional={"data": values, "content-type": values, "encoding": values}
    ),
    values,
)
departments = st.one_of(
    st.lists(st.one_of(st.sampled_from(["WOIK", "WKSP", "XYZ", "", "woik"]), values), max_size=4),
    values,
)


def field(plausible):
    """A field's value: mostly plausible, often anything at all."""
    return st.one_of(plausible, values)


def body(fields, base=None):
    """A JSON body: an object of some of ``fields`` (name → strategy) and stray keys; a
    good ``base`` with one field changed (so that one bad value meets no other); or any
    other JSON value."""
    objects = st.builds(
        lambda known, stray: {**stray, **known},
        st.fixed_dictionaries({}, optional={k: field(v) for k, v in fields.items()}),
        st.dictionaries(texts, values, max_size=2),
    )
    one_changed = st.sampled_from(sorted(fields)).flatmap(
        lambda name: field(fields[name]).map(lambda value: {**(base or {}), name: value})
    )
    return st.one_of(objects, one_changed, one_changed, values)


#: Bodies that are no JSON at all, or JSON the parser chokes on.
RAW_BODIES = [
    b"",
    b"nie json",
    b"{",
    b"\xff\xfe\x00",
    b"[" * 100_000 + b"]" * 100_000,
    b'{"a":' * 20_000 + b"1" + b"}" * 20_000,
    b"1" * 5000,
    b'"\\ud800"',
    b"NaN",
    b"null",
]
raw_bodies = st.sampled_from(RAW_BODIES)


def query(params):
    """Query strings: some of ``params`` (name → strategy of text), single or repeated."""
    one = {
        k: st.one_of(v, texts, st.lists(st.one_of(v, texts), min_size=2, max_size=3))
        for k, v in params.items()
    }
    return st.fixed_dictionaries({}, optional=one)


int_text = st.one_of(
    st.integers(min_value=-(10**15), max_value=10**15).map(str),
    st.sampled_from(
        ["1000000000000", "-1", "0", "1e3", "0x10", " 7", "٣", "99999999999999999999999"]
    ),
)
