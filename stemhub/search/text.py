"""From text to search terms, the same way when a page is indexed and when a visitor searches.

Snowball's Dutch stemmer (PostgreSQL's `dutch` configuration and `dutch_porter` here are the same
algorithm) leaves diminutives alone (robotje ≠ robot) and splits some plurals from their singular
(zonnecellen → zonnecell, huizen → huiz, fiets → fiet but fietsen → fiets). So Dutch words are
first folded (case, accents), their diminutive ending is taken off, and the stemmer runs until the
stem stops changing, with a final double consonant undoubled and a final z/v turned into s/f.
The result is what PostgreSQL indexes with the language's configuration, and what the embedded
SQLite database stores and compares as it is.
"""

import re
import unicodedata
from functools import lru_cache

import snowballstemmer

WORD = re.compile(r"[^\W_]+")
MIN_DIMINUTIVE_BASE = 3
VOWELS = "aeiou"
TJE_AFTER = "lnrwj"  # stoeltje, treintje, deurtje, vrouwtje, batterijtje; also after ie, ui …
# Words that carry no meaning of their own: dropped from indexed text and from queries alike.
DUTCH_STOPWORDS = """
    de het een en of in op aan van voor met naar bij uit om te tot als dat die dit deze is zijn
    was er ze zij hij je jij we wij ik u hun hoe wat wie waar wanneer ook niet maar dan door over
    nog al wel zo
"""
ENGLISH_STOPWORDS = """
    the a an and or of in on at to for with from by as is are was were be been it its this that
    these those they them their he she we you i how what who where when not but so do does did
"""
STOPWORDS = {"nl": frozenset(DUTCH_STOPWORDS.split()), "en": frozenset(ENGLISH_STOPWORDS.split())}
STEMMER_NAMES = {"nl": "dutch_porter", "en": "english"}
# PostgreSQL text search configuration per language.
SEARCH_CONFIGS = {"nl": "dutch", "en": "english"}


def fold(word):
    """Lower case without accents: "Ideeën" and "ideeen" are one word."""
    decomposed = unicodedata.normalize("NFKD", word.lower())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def words(text):
    """Every word of the text, folded, in order (stop words included: snippets need them)."""
    return [fold(word) for word in WORD.findall(text or "")]


def undouble(word):
    if len(word) > 2 and word[-1] == word[-2] and word[-1] not in "aeiou":
        return word[:-1]
    return word


def undiminish(word):
    """robotje, robotjes → robot; zonnetje → zon; boompje → boom; autootje → auto."""
    if len(word) < MIN_DIMINUTIVE_BASE + 2:
        return word
    if word.endswith("jes"):
        word = word[:-1]
    for ending in ("etje", "tje", "pje", "je"):
        base = word[: -len(ending)]
        if not word.endswith(ending) or len(base) < MIN_DIMINUTIVE_BASE:
            continue
        if ending == "pje" and not base.endswith("m"):
            continue
        if ending == "etje":
            return undouble(base)  # balletje → bal, zonnetje → zon, ringetje → ring
        if ending == "tje":
            if base[-1] == base[-2] and base[-1] in VOWELS:
                return base[:-1]  # autootje → auto
            if base[-1] not in TJE_AFTER and not (base[-1] in VOWELS and base[-2] in VOWELS):
                continue  # robotje is robot + je, not robo + tje
        return base
    return word


@lru_cache(maxsize=4)
def _stemmer(language):
    return snowballstemmer.stemmer(STEMMER_NAMES.get(language, "dutch_porter"))


@lru_cache(maxsize=50_000)
def stem(word, language):
    """The term a word is indexed and searched by, in one language."""
    stemmer = _stemmer(language)
    if language != "nl":
        return stemmer.stemWord(word)
    word = undiminish(word)
    for _round in range(4):
        stemmed = undouble(stemmer.stemWord(word))
        if stemmed.endswith("z"):
            stemmed = stemmed[:-1] + "s"
        elif stemmed.endswith("v"):
            stemmed = stemmed[:-1] + "f"
        if stemmed == word:
            break
        word = stemmed
    return word


def is_stopword(word, language):
    return word in STOPWORDS.get(language, ())


def terms(text, language):
    """The stems of the meaningful words of a text, in order."""
    return [stem(word, language) for word in words(text) if not is_stopword(word, language)]


def config(language):
    return SEARCH_CONFIGS.get(language, "simple")
