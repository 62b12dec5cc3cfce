"""Train a WordPiece tokenizer for Arabic: the vocabulary of from-scratch and pretrained-here models.

The normalizer is Arabic-safe: NFKC, diacritics and tatweel removed by explicit
``Replace`` rules, and ``BertNormalizer(lowercase=False, strip_accents=False)`` —
the stock lowercase/strip-accents path would delete hamza (رئيس → رييس). The
result is wrapped in ``PreTrainedTokenizerFast``, which round-trips exactly through
``save_pretrained``/``from_pretrained`` (``BertTokenizer`` would rebuild and lose
the Arabic normalizer on reload).
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable

from qawl.data.text import DIACRITICS, TATWEEL

SPECIAL_TOKENS = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"]
# Seeded into the WordPiece alphabet so letters and marks that are rare in the
# training text still get ids instead of [UNK].
ARABIC_ALPHABET = (
    [chr(c) for c in range(0x0621, 0x064B)]  # hamza … yeh
    + list("٠١٢٣٤٥٦٧٨٩0123456789")
    + list("،؛؟«»“”\"'()[]{}.,:;!?-–—/%٪…")
    + list("پچژگکی")  # Persian letters that appear in names
    + [chr(c) for c in range(ord("A"), ord("Z") + 1)]
    + [chr(c) for c in range(ord("a"), ord("z") + 1)]
)


def _alphabet_coverage() -> list[str]:
    """Two-letter words that put every alphabet symbol in word-inner position.

    ``initial_alphabet`` only seeds word-initial pieces; without a ``##x`` piece a
    word with an unseen inner character (٢٠٢٤, NATO) becomes a single [UNK].
    """
    return [" ".join("ا" + c + " " + c + "ا" for c in ARABIC_ALPHABET)]


def _arabic_tokenizer(vocab: dict[str, int] | None):
    """A ``tokenizers`` WordPiece pipeline with the Arabic-safe normalizer (untrained if no vocab)."""
    from tokenizers import Regex, Tokenizer, decoders, normalizers, pre_tokenizers
    from tokenizers.models import WordPiece

    tok = Tokenizer(WordPiece(vocab=vocab, unk_token="[UNK]") if vocab else WordPiece(unk_token="[UNK]"))
    tok.normalizer = normalizers.Sequence(
        [
            normalizers.NFKC(),
            normalizers.Replace(Regex(f"[{DIACRITICS}{TATWEEL}]"), ""),
            normalizers.BertNormalizer(
                clean_text=True, handle_chinese_chars=True, strip_accents=False, lowercase=False
            ),
        ]
    )
    tok.pre_tokenizer = pre_tokenizers.BertPreTokenizer()
    tok.decoder = decoders.WordPiece()
    return tok


def wordpiece_tokenizer(pieces: Iterable[str], model_max_length: int):
    """A ``transformers`` tokenizer over a given WordPiece vocabulary, Arabic-safe.

    The vocabulary is numbered deterministically: the special tokens first, then
    the other pieces sorted, so equal vocabularies always get equal ids.

    Args:
        pieces: The word pieces (``##`` marks a word-inner piece); the special
            tokens are added if missing.
        model_max_length: Recorded in the tokenizer config.

    Returns:
        A ``PreTrainedTokenizerFast`` with the Arabic-safe normalizer and ``[CLS] A
        [SEP] B [SEP]`` pairs with segment ids; it round-trips exactly through
        ``save_pretrained``/``from_pretrained``.

    Example:
        >>> tok = wordpiece_tokenizer(["قال", "الرئيس", "##ة"], 64)
        >>> tok.tokenize("قالَ الرئيـس"), len(tok)
        (['قال', 'الرئيس'], 8)
    """
    from tokenizers import processors
    from transformers import PreTrainedTokenizerFast

    ordered = SPECIAL_TOKENS + sorted(set(pieces) - set(SPECIAL_TOKENS))
    tok = _arabic_tokenizer({t: i for i, t in enumerate(ordered)})
    cls_id, sep_id = tok.token_to_id("[CLS]"), tok.token_to_id("[SEP]")
    tok.post_processor = processors.TemplateProcessing(
        single="[CLS] $A [SEP]",
        pair="[CLS] $A [SEP] $B:1 [SEP]:1",
        special_tokens=[("[CLS]", cls_id), ("[SEP]", sep_id)],
    )
    return PreTrainedTokenizerFast(
        tokenizer_object=tok,
        unk_token="[UNK]",
        pad_token="[PAD]",
        cls_token="[CLS]",
        sep_token="[SEP]",
        mask_token="[MASK]",
        model_max_length=model_max_length,
        # token_type_ids listed so text pairs (stance) get segment ids.
        model_input_names=["input_ids", "token_type_ids", "attention_mask"],
    )


def train_wordpiece_tokenizer(
    texts: Iterable[str], vocab_size: int, min_frequency: int, model_max_length: int
):
    """Train a WordPiece tokenizer on raw texts and wrap it for ``transformers``.

    Args:
        texts: Training sentences (words joined by spaces).
        vocab_size: The vocabulary cap (a small corpus gives fewer pieces).
        min_frequency: How often a merge must occur to be learned.
        model_max_length: Recorded in the tokenizer config.

    Returns:
        The :func:`wordpiece_tokenizer` over the learned vocabulary. The trainer
        breaks ties between equally frequent merges in hash order, so two trainings
        on the same text can differ by a few pieces: set
        ``model.from_scratch.tokenizer`` to reuse one and repeat a run exactly.

    Example:
        >>> tok = train_wordpiece_tokenizer(["قال الرئيس إن"], 1000, 1, 64)
        >>> tok.tokenize("الرئيـسُ")
        ['الرئيس']
    """
    from tokenizers import trainers

    tok = _arabic_tokenizer(None)
    trainer = trainers.WordPieceTrainer(
        vocab_size=vocab_size,
        min_frequency=min_frequency,
        special_tokens=SPECIAL_TOKENS,
        initial_alphabet=ARABIC_ALPHABET,
        show_progress=False,
    )
    tok.train_from_iterator(itertools.chain(texts, _alphabet_coverage()), trainer=trainer)
    return wordpiece_tokenizer(tok.get_vocab(), model_max_length)
