import pytest

from qawl.data.text import Normalizer, extend_over_marks, map_digits, split_words, strip_diacritics


@pytest.mark.parametrize(
    "text, words",
    [
        ("قال روته، اليوم: «لن نتردد».", ["قال", "روته", "،", "اليوم", ":", "«", "لن", "نتردد", "»", "."]),
        ("والناتو بالعاصمة لكوريا", ["والناتو", "بالعاصمة", "لكوريا"]),
        ("ارتفع 3.5% و1,200 و٣٫٥ برميل", ["ارتفع", "3.5", "%", "و1,200", "و٣٫٥", "برميل"]),
        ("“الناتو” (NATO) F-16", ["“", "الناتو", "”", "(", "NATO", ")", "F", "-", "16"]),
        ("الرئيـــس مُحَمَّد", ["الرئيـــس", "مُحَمَّد"]),
        ("نهاية الجملة 5. ثم", ["نهاية", "الجملة", "5", ".", "ثم"]),
        ("\u200fقال\u200e روته\ufeff", ["قال", "روته"]),
    ],
)
def test_text_split_words_splits_punctuation_keeps_clitics(text, words):
    got = split_words(text)
    assert [w.text for w in got] == words
    assert all(text[w.start : w.end] == w.text for w in got)


def test_text_normalizer_never_changes_word_count():
    words = ["الرئيـس", "مُحَمَّد", "٢٠٢٤", "\u064e", "ـ", "ﷺ", "NATO"]
    out = Normalizer().normalize_words(words)
    assert len(out) == len(words)
    assert out[:3] == ["الرئيس", "محمد", "2024"]
    # A word with nothing left after normalization is kept as written, not dropped.
    assert out[3] == "\u064e" and out[4] == "ـ"
    assert all(out) and all(" " not in w for w in out)


def test_text_normalizer_keeps_hamza():
    assert Normalizer().normalize_word("رئيس") == "رئيس"
    assert Normalizer().normalize_word("أإآ") == "أإآ"


def test_text_normalizer_options_are_independent():
    n = Normalizer(strip_diacritics=False, strip_tatweel=True, map_digits=False)
    assert n.normalize_word("مُـحمد٣") == "مُحمد٣"


def test_text_helpers():
    assert strip_diacritics("السَّلامُ") == "السلام"
    assert map_digits("٠١٢٣٤٥٦٧٨٩") == "0123456789"
    text = "روسيا\u064b قال"
    assert extend_over_marks(text, 5) == 6
    assert extend_over_marks(text, 7) == 7


def test_text_folding_is_per_option_and_off_by_default():
    word = "إلى"
    assert Normalizer().normalize_word(word) == word
    assert Normalizer(fold_alef=True).normalize_word(word) == "الى"
    assert Normalizer(fold_alef=True, fold_ya=True).normalize_word(word) == "الي"
    assert Normalizer(fold_ta_marbuta=True).normalize_word("الصحة") == "الصحه"
    assert Normalizer(fold_alef=True).normalize_words(["أإآٱ", "،"]) == ["اااا", "،"]


def test_text_folding_makes_hamzaless_spelling_equal():
    folding = Normalizer(fold_alef=True, fold_ya=True, fold_ta_marbuta=True)
    full = ["أعلنت", "إيران", "أن", "الرئيس", "سيزور", "مدينة", "البصرة", "إلى", "جانب", "مصطفى"]
    printed = ["اعلنت", "ايران", "ان", "الرئيس", "سيزور", "مدينه", "البصره", "الي", "جانب", "مصطفي"]
    assert folding.normalize_words(full) == folding.normalize_words(printed)


@pytest.mark.parametrize(
    "word, expected",
    [
        ("فإن", True),  # clitic + particle
        ("فان", True),  # the same in printed spelling
        ("وكان", True),
        ("الى", True),
        ("إلى", True),
        ("هذه", True),
        ("معاليه", True),
        ("يا", True),  # the vocative particle
        ("علي", False),  # على folds to علي, which is also the name Ali
        ("بوتين", False),
        ("وليد", False),  # و + ليد: not a particle behind the clitic
        ("لبنان", False),
        ("بلان", False),  # Blanc, not ب + لأن in printed spelling
        ("قبلها", True),  # a preposition with a pronoun: "صرح قبلها بأنهم"
        ("ولديهم", True),
        ("بلدية", False),  # "municipality", not ب + لديه once ة folds to ه
        ("لبعده", False),  # a preposition never takes another before its pronoun
        ("عندنا", True),
        ("أولا", True),  # "firstly", tagged as a person on a real article
        ("عمر", False),
    ],
)
def test_text_function_words_in_any_spelling(word, expected):
    from qawl.data.text import is_function_word

    assert is_function_word(word) is expected


def test_text_spelling_key_folds_every_printed_variant():
    from qawl.data.text import spelling_key

    assert spelling_key("إلى") == spelling_key("الي") == spelling_key("الى")
    assert spelling_key("مدينة") == spelling_key("مدينه")
    assert spelling_key("مدينة") != spelling_key("مدين")
