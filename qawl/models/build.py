"""Build the network a run fine-tunes: a pretrained one, or a BERT from scratch.

The offline default trains a WordPiece vocabulary on the training text with the
``tokenizers`` library and a small BERT with random weights. Its normalizer is
Arabic-safe: NFKC, diacritics and tatweel removed by explicit ``Replace`` rules,
and ``BertNormalizer(lowercase=False, strip_accents=False)`` — the stock
lowercase/strip-accents path would delete hamza (رئيس → رييس).
"""

from __future__ import annotations

import itertools
import logging
from typing import Iterable

from qawl.data.text import DIACRITICS, TATWEEL
from qawl.training.config import FromScratchConfig, ModelConfig

logger = logging.getLogger(__name__)

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


def train_wordpiece_tokenizer(texts: Iterable[str], cfg: FromScratchConfig, model_max_length: int):
    """Train a WordPiece tokenizer on raw texts and wrap it for ``transformers``.

    Args:
        texts: Training sentences (words joined by spaces).
        cfg: Vocabulary size cap and minimum frequency.
        model_max_length: Recorded in the tokenizer config.

    Returns:
        A ``PreTrainedTokenizerFast`` that round-trips exactly through
        ``save_pretrained``/``from_pretrained`` (``BertTokenizer`` would rebuild
        and lose the Arabic normalizer on reload).

    Example:
        >>> tok = train_wordpiece_tokenizer(["قال الرئيس إن"], FromScratchConfig(vocab_size=1000, min_frequency=1), 64)
        >>> tok.tokenize("الرئيـسُ")
        ['الرئيس']
    """
    from tokenizers import Tokenizer, decoders, normalizers, pre_tokenizers, processors, trainers
    from tokenizers.models import WordPiece
    from transformers import PreTrainedTokenizerFast

    tok = Tokenizer(WordPiece(unk_token="[UNK]"))
    tok.normalizer = normalizers.Sequence([
        normalizers.NFKC(),
        normalizers.Replace(_regex(f"[{DIACRITICS}{TATWEEL}]"), ""),
        normalizers.BertNormalizer(clean_text=True, handle_chinese_chars=True,
                                   strip_accents=False, lowercase=False),
    ])
    tok.pre_tokenizer = pre_tokenizers.BertPreTokenizer()
    tok.decoder = decoders.WordPiece()
    trainer = trainers.WordPieceTrainer(
        vocab_size=cfg.vocab_size, min_frequency=cfg.min_frequency,
        special_tokens=SPECIAL_TOKENS, initial_alphabet=ARABIC_ALPHABET,
        show_progress=False,
    )
    tok.train_from_iterator(itertools.chain(texts, _alphabet_coverage()), trainer=trainer)
    # The trainer numbers tokens in hash order; renumber them (specials first, then
    # sorted) so equal vocabularies get equal ids. The vocabulary itself can still
    # differ by a few pieces between trainings (merge ties are broken in hash
    # order): set model.from_scratch.tokenizer to reuse one and repeat a run exactly.
    vocab = tok.get_vocab()
    ordered = SPECIAL_TOKENS + sorted(t for t in vocab if t not in SPECIAL_TOKENS)
    tok.model = WordPiece(vocab={t: i for i, t in enumerate(ordered)}, unk_token="[UNK]")
    cls_id, sep_id = tok.token_to_id("[CLS]"), tok.token_to_id("[SEP]")
    tok.post_processor = processors.TemplateProcessing(
        single="[CLS] $A [SEP]", pair="[CLS] $A [SEP] $B:1 [SEP]:1",
        special_tokens=[("[CLS]", cls_id), ("[SEP]", sep_id)],
    )
    return PreTrainedTokenizerFast(
        tokenizer_object=tok, unk_token="[UNK]", pad_token="[PAD]", cls_token="[CLS]",
        sep_token="[SEP]", mask_token="[MASK]", model_max_length=model_max_length,
        # token_type_ids listed so text pairs (stance) get segment ids.
        model_input_names=["input_ids", "token_type_ids", "attention_mask"],
    )


def _regex(pattern: str):
    from tokenizers import Regex

    return Regex(pattern)


def build_model(
    task: str,
    model_cfg: ModelConfig,
    labels: list[str],
    training_texts: Iterable[str] | None = None,
):
    """Build the tokenizer and the (untrained head) model for a run.

    Args:
        task: ``"ner"`` (token classification) or ``"stance"`` (sequence classification).
        model_cfg: Names a pretrained model or gives from-scratch sizes.
        labels: The label list; becomes ``id2label``/``label2id`` in ``config.json``.
        training_texts: Needed from scratch, to train the vocabulary.

    Returns:
        ``(tokenizer, model)``.

    Raises:
        OSError: A pretrained model that is neither a local directory nor
            reachable on the hub (the message says how to go offline).
        ValueError: From scratch without training texts.
    """
    from transformers import (AutoConfig, AutoModelForSequenceClassification,
                              AutoModelForTokenClassification, AutoTokenizer, BertConfig)

    id2label = dict(enumerate(labels))
    label2id = {label: i for i, label in id2label.items()}
    auto = AutoModelForTokenClassification if task == "ner" else AutoModelForSequenceClassification
    if model_cfg.pretrained:
        try:
            tokenizer = AutoTokenizer.from_pretrained(model_cfg.pretrained)
            config = AutoConfig.from_pretrained(
                model_cfg.pretrained, num_labels=len(labels), id2label=id2label, label2id=label2id)
            model = auto.from_pretrained(model_cfg.pretrained, config=config,
                                         ignore_mismatched_sizes=True)
        except OSError as err:
            raise OSError(
                f"could not load pretrained model {model_cfg.pretrained!r}: {err}\n"
                "Without network, use a local model directory for model.pretrained, or the "
                "offline default (configs/ner-tiny.yaml, model.from_scratch)."
            ) from err
        if not getattr(tokenizer, "is_fast", False):
            raise ValueError(f"{model_cfg.pretrained}: qawl needs a fast tokenizer (word_ids)")
        return tokenizer, model
    if training_texts is None:
        raise ValueError("a from-scratch model needs training texts for its vocabulary")
    spec = model_cfg.from_scratch
    if spec.tokenizer:
        tokenizer = AutoTokenizer.from_pretrained(spec.tokenizer)
    else:
        tokenizer = train_wordpiece_tokenizer(training_texts, spec, model_cfg.max_length)
    config = BertConfig(
        vocab_size=len(tokenizer), hidden_size=spec.hidden_size,
        num_hidden_layers=spec.num_layers, num_attention_heads=spec.num_heads,
        intermediate_size=spec.intermediate_size, hidden_dropout_prob=spec.dropout,
        attention_probs_dropout_prob=spec.dropout,
        max_position_embeddings=max(512, model_cfg.max_length),
        pad_token_id=tokenizer.pad_token_id, num_labels=len(labels),
        id2label=id2label, label2id=label2id,
    )
    logger.info("from-scratch BERT: vocab %d, %d layers × %d hidden",
                len(tokenizer), spec.num_layers, spec.hidden_size)
    return tokenizer, auto.from_config(config)
