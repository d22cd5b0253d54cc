"""The stemmer alone: the word forms residents type come to one index word."""

from kancelaria.search.stemmer import fold
from kancelaria.search.stemmer import stem
from kancelaria.search.stemmer import stem_pattern

import pytest

SAME = [
    ("latarnia", "latarnie", "latarni", "latarnię", "latarnią", "latarniami", "latarniach"),
    ("ulica", "ulicy", "ulicę", "ulicą", "ulice", "ulic", "ulicach", "ulicami"),
    ("remont", "remontu", "remontem", "remonty", "remontów", "remontach", "remontowy"),
    ("oświetlenie", "oswietlenie", "oświetlenia", "oświetleniu", "OŚWIETLENIEM"),
    ("Świętochłowice", "swietochlowice", "Świętochłowicach", "swietochlowic"),
    ("miejski", "miejskiego", "miejskiej", "miejskim", "miejskie", "miejska", "miejskich"),
    ("interpelacja", "interpelacji", "interpelację", "interpelacje", "interpelacjach"),
]


def key(word):
    return stem(fold(word))


@pytest.mark.parametrize("forms", SAME, ids=lambda forms: forms[0])
def test_word_forms_share_one_stem(forms):
    assert {key(form) for form in forms} == {key(forms[0])}


def test_different_words_stay_apart():
    assert key("latarnia") != key("lato")
    assert key("ulica") != key("ul")
    assert key("remont") != key("rematch")
    assert key("szkoła") != key("szkolenie")


def test_stem_is_a_prefix_and_stemming_again_changes_nothing():
    for forms in SAME:
        for form in forms:
            folded = fold(form)
            assert folded.startswith(stem(folded))
            assert stem(stem(folded)) == stem(folded)


def test_numbers_short_words_and_other_scripts_stay_whole():
    assert stem("2026") == "2026"
    assert stem("0003") == "0003"
    assert stem("nr3") == "nr3"
    assert stem("nie") == "nie"
    assert stem("psa") == "psa"  # no stem shorter than three letters
    assert fold("ŁÓDŹ") == "lodz"
    assert fold("Ωμέγα") == "ωμέγα"


def test_patterns():
    assert stem_pattern("latarnie*") == "latarn*"
    assert stem_pattern("latar*") == "latar*"
    assert stem_pattern("la?arnie") == "la?arnie"
    assert stem_pattern("la*rnie*") == "la*rnie*"
    assert stem_pattern("latarnie") == "latarn"
