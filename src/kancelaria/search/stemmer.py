"""A light Polish stemmer for the site's text index.

Residents type the word forms a sentence needs: "latarnie", "latarni", "ulicy", "remontu",
and often without Polish letters ("oswietlenie", "swietochlowice"). The text index keeps
one form per word: folded (lower case, no diacritics: ``ł`` → ``l``, ``ś`` → ``s``), with
the common endings of Polish nouns and adjectives taken off (``latarnia``, ``latarnie``,
``latarni``, ``latarniami`` → ``latarn``; ``ulica``, ``ulicy``, ``ulicą`` → ``ulic``;
``remont``, ``remontu``, ``remontowy`` → ``remont``).

Only endings are stripped, so a stem is a prefix of the folded word and a search for the
beginning of a word (``latar*``) still finds it. Stemming runs until no ending applies, so
stemming a stem changes nothing: ZCTextIndex runs a query's words through the pipeline
twice. A stem keeps at least ``MIN_STEM`` letters; words with digits (signatures, numbers)
are left whole. Alternations of the stem (``miasto``/``mieście``) are not followed.
"""

from plone.i18n.normalizer.base import baseNormalize

#: Endings of Polish nouns and adjectives, folded; the longest matching one goes first.
ENDINGS = (
    # nouns: soft stems (latarnia, latarni, latarniami), -owie (panowie)
    "iami iach iowi owie iom iem iow ami ach owi "
    # adjectives (miejski, miejskiego, nowej, nowymi)
    "iego iemu ego emu ych ich ymi imi iej "
    "ie ia iu io ii ej ym im om em ow "
    "a e i o u y"
).split()
_BY_LENGTH = sorted(ENDINGS, key=len, reverse=True)

#: The shortest stem left after an ending is taken off.
MIN_STEM = 3

#: Characters that make a query word a pattern (``latarn*``).
WILDCARDS = "*?"


def fold(word):
    """Lower case without diacritics, for words in Latin script (``Świętochłowice`` →
    ``swietochlowice``); other scripts are only lower-cased, as Plone's own normaliser does."""
    if word and 0x41 <= ord(word[0]) <= 0x24F:
        return baseNormalize(word).lower()
    return word.lower()


def stem(word):
    """The stem of a folded word; the word itself when it is no Polish word form."""
    if not (word.isascii() and word.isalpha()):
        return word
    while True:
        for ending in _BY_LENGTH:
            if word.endswith(ending) and len(word) - len(ending) >= MIN_STEM:
                word = word[: -len(ending)]
                break
        else:
            return word


def stem_pattern(word):
    """A query word: ``latarnie*`` → ``latarn*``; other patterns stay as they are."""
    base = word.rstrip("*")
    if base != word and base and not any(c in base for c in WILDCARDS):
        return stem(base) + "*"
    return word if any(c in word for c in WILDCARDS) else stem(word)
