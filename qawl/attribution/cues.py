"""The reporting-cue lexicon of statement attribution: verbs and the words around them.

:data:`CUES` maps every written form of a reporting verb (``قال``، ``وأضافت``،
``يحذر``، ``مؤكدا``…) to its :class:`Cue`; the word sets beside it tell the rules
in :mod:`qawl.attribution.rules` what a word next to a cue means: an ``إن``/``أن``
that opens reported speech, a preposition, a filler between subject and verb.
Everything is keyed by :func:`qawl.data.text.match_key`, so words match however
they are written: with diacritics, tatweel or hamza on alef, or without.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from qawl.data.text import clitic_variants, match_key, match_keys

__all__ = [
    "ACCUSES",
    "ACCUSING",
    "AMBIGUOUS",
    "CALLS",
    "CONSIDERING_IT",
    "CONTINUING",
    "CUES",
    "DENOUNCING",
    "DESCRIBING_FORMS",
    "DESCRIBING_VERBS",
    "HEADLINE_PREPS",
    "JOINERS",
    "LI",
    "MEDIA",
    "NOT_REPORTING_BEFORE",
    "NO_SUBJECT_NEXT",
    "PARTICLES",
    "PREPOSITIONS",
    "RELATIVES",
    "SEEING",
    "SVO_FILLERS",
    "VERBS",
    "WAS",
    "Cue",
    "build_cues",
    "denounces",
    "first_person",
    "reporting_verb",
]


# One row per verb: past 3ms, past 3fs, imperfect 3ms, active participle stem
# ("" where its forms mean something else: مدينة is "city", مبلغ "amount",
# يبلغ "amounts to").
VERBS = tuple(
    tuple(row.split("/"))
    for row in [
        "قال/قالت/يقول/قائل",
        "أكد/أكدت/يؤكد/مؤكد",
        "أضاف/أضافت/يضيف/مضيف",
        "أردف/أردفت/يردف/مردف",
        "تابع/تابعت/يتابع/متابع",
        "حذر/حذرت/يحذر/محذر",
        "دعا/دعت/يدعو/داعي",
        "أعلن/أعلنت/يعلن/معلن",
        "صرح/صرحت/يصرح/مصرح",
        "اعتبر/اعتبرت/يعتبر/معتبر",
        "أشار/أشارت/يشير/مشير",
        "لفت/لفتت/يلفت/لافت",
        "ندد/نددت/يندد/مندد",
        "أدان/أدانت/يدين/",
        "هدد/هددت/يهدد/مهدد",
        "توعد/توعدت/يتوعد/متوعد",
        "شدد/شددت/يشدد/مشدد",
        "أوضح/أوضحت/يوضح/موضح",
        "وصف/وصفت/يصف/واصف",
        "نفى/نفت/ينفي/نافي",
        "تجنب/تجنبت/يتجنب/متجنب",
        "رفض/رفضت/يرفض/رافض",
        "طالب/طالبت/يطالب/مطالب",
        "كشف/كشفت/يكشف/كاشف",
        "رأى/رأت/يرى/",
        "ذكر/ذكرت/يذكر/مذكر",  # (مذكرا بأن: reminding, ذكّر as papers print it)
        "أفاد/أفادت/يفيد/مفيد",  # (مفيدا "useful" too: the rules want a comma and أن)
        "توقع/توقعت/يتوقع/",
        "أبلغ/أبلغت//",
        "اشترط/اشترطت//",  # a condition set: "اشترطت الوزارة أن يكون …" (before أن only)
        "رد/ردت/يرد/",
        "جدد/جددت/يجدد/مجدد",
        "كتب/كتبت/يكتب/",
        "اتهم/اتهمت/يتهم/",
        # Added for real newspaper copy (benchmarks/realnews): the verbs Saudi and wire
        # reports use beside قال and أكد.
        "طلب/طلبت/يطلب/",
        "بين/بينت/يبين/مبين",
        "واصل/واصلت/يواصل/",
        "تمنى/تمنت/يتمنى/متمني",
        "أجاب/أجابت/يجيب/مجيب",
        "حث/حثت/يحث/حاث",
        "أعرب/أعربت/يعرب/معرب",
        "انتقد/انتقدت/ينتقد/منتقد",
        "ناشد/ناشدت/يناشد/مناشد",
        # urging whom with بـ, then what: "وأهابت الوزارة بالمواطنين إلى ضرورة …"، "مهيباً
        # بالمتنزهين ضرورة توخي الحذر"
        "أهاب/أهابت/يهيب/مهيب",
        "استطرد/استطردت/يستطرد/مستطرد",
        "استنكر/استنكرت/يستنكر/مستنكر",
        "نوه/نوهت/ينوه/منوه",
        "أبدى/أبدت/يبدي/مبدي",
        "اعترف/اعترفت/يعترف/معترف",
        "نبه/نبهت/ينبه/منبه",
        "استدرك/استدركت/يستدرك/مستدرك",
        "أوصى/أوصت/يوصي/موصي",
        "أشاد/أشادت/يشيد/مشيد",
        "أفصح/أفصحت/يفصح/مفصح",
        "تعهد/تعهدت/يتعهد/متعهد",
        "رجح/رجحت/يرجح/مرجح",
        "زعم/زعمت/يزعم/زاعم",
        "ادعى/ادعت/يدعي/مدعي",  # claimed: "وادعى الحوثي أن …" (يدعى with ى is "is named")
        "نصح/نصحت/ينصح/ناصح",
        "جزم/جزمت/يجزم/جازم",
        "أبان/أبانت//",  # "وأبان الصباغ أن" (its present يبين is بيّن's); weak: إبان is "during"
        # Added for conflict reporting (benchmarks/realnews, conflict stratum).
        "دان/دانت//",  # "دانت وزارة الخارجية التفجير": أدان as many papers print it
        "عزا/عزت/يعزو/عازي",  # "وعزت الوزارة التأخير إلى …": blame is a statement
        "تبنى/تبنت/يتبنى/",  # "وتبنت الحركة قتل شرطيين": a claim, only of an attack (CLAIMS)
        "أجمع/أجمعت//",  # "وأجمعوا على أن …": they agreed that; weak (العالم أجمع is "all")
        # Added for local news (benchmarks/realnews, fourth draw): citizens' complaints.
        "اشتكى/اشتكت//",  # "واشتكى عدد من المواطنين من …"; not يشتكي, "suffers from" (illness)
        # Added for the fifth draw: blame, "وحمّل مصدر في الشركة الأمانة المسؤولية" (BLAMES).
        "حمل/حملت//محمل",
        # Added for the fifteenth stop's reading: denouncing, "شجب معالي وزير العدل العمل
        # الإرهابي" (73 more.txt lines; its object is what was said, like استنكر).
        "شجب/شجبت/يشجب/",
        # Praising what it names, like أشاد: "وثمّن الأمير جهود …"، "، مثمنا مواقف المملكة" (bare
        # ثمن is mostly the noun "price": "يصل ثمن الجهاز"; _NOT_CUES).
        "ثمن/ثمنت/يثمن/مثمن",
        # A paper learning, "وعلمت «عكاظ» من مصادر مطلعة أن …" (LEARNED, weak: BEFORE_PARTICLE)
        "علم/علمت//",
        # Ascribing, like عزا: "وأرجع الوزير أسباب الارتفاع إلى …" (not يرجع, "dates back")
        "أرجع/أرجعت//مرجع",
        # Concluding, "وختم أن الليالي ستنطلق …"، "واختتم بأن …": weak, a cue only before its
        # particle or colon (BEFORE_PARTICLE), as "واختتم الحفل بكلمة" is no report.
        "ختم/ختمت//",
        "اختتم/اختتمت//",
        # Added for the sixth draw: what data showed (SHOWING), "أظهرت بيانات الإدارة أن …".
        "أظهر/أظهرت/يظهر/",
        # Added for the seventh draw: a hint, "ألمح إلى أن …"، "ملمحا إلى أن …"; a welcome,
        # "ورحب الأمين العام بوقف إطلاق النار" (no participle: مرحبا is "hello").
        "ألمح/ألمحت/يلمح/ملمح",
        "رحب/رحبت/يرحب/",
        # Expressing, "وعبّر الوزير عن ارتياحه …": a cue only before عن (عبر is also "via").
        "عبر/عبرت//",
        # Added for the ninth draw: ruling out, "استبعد الوزير أن …" (what it reports is its
        # object); its participle, and that of backing, only after a comma (_RULING_OUT,
        # _BACKING: مؤيدين is "supporters", and "أيدت المحكمة الحكم" is a ruling, no speech).
        "استبعد/استبعدت/يستبعد/",
        # Acknowledging, "وأقر بأن قسما من الأموال …"; weak (AMBIGUOUS): أقر is also
        # "approved" (أقر المجلس الميزانية), and مقر a headquarters.
        "أقر/أقرت/يقر/",
        # Added for the nineteenth draw: a paper reporting, "وأوردت الصحف التركية أمس أن …";
        # weak (BEFORE_PARTICLE): "أورد قصائد" cites poems, "ورد ويب" is a program.
        "أورد/أوردت/يورد/",
        # Added for the twenty-fourth draw: a hint in form II, "لكن إردوغان لمح، في تصريحات
        # منفصلة، إلى أنه …"; weak (BEFORE_PARTICLE): لمح is also "glimpsed".
        "لمح/لمحت//",
        # Added for the twenty-fifth draw: "added", "وزاد: هناك ما يزيد على مليون …"، "وزاد أن
        # …"; weak (ADDING): زاد is mostly "rose" (وزاد المؤشر), a cue only right before its
        # colon or particle.
        "زاد/زادت//",
        # Wondering at, "مستغرباً كيف يمكن أن يجرؤ أشخاص على استهداف بيوت الله": its object
        # (OBJECT_VERBS) or what follows its كيف/من is what he wondered at. No present: "ولا
        # تستغرب أن …" addresses the reader.
        "استغرب/استغربت//مستغرب",
    ]
)
# Verbs that go on with the previous speaker's words when no subject is named.
CONTINUING = match_keys("أضاف أردف تابع لفت استطرد استدرك واصل ختم اختتم زاد")
# Verbs that are also common nouns or verbs of another sense (ردّ "reply", واصل
# "went on doing", أقر "approved"): a cue only when بأن or a colon follows (وردّ الوزير بأن …), see
# :attr:`Cue.weak`.
AMBIGUOUS = match_keys("رد واصل أقر")
# Verbs that are also prepositions (بين "between", إبان "during"): a cue only when a
# reporting particle (أن، إن، بأن) or a colon follows in the sentence: "وبين أن",
# "وبين المدير أن", "وأبان الصباغ أن".
# رأى "saw" as often as "opined" ("حين رأوا دموع …"): every رأى statement of the dev set
# has its أن.
# علم "learned" ("وعلمت «عكاظ» من مصادر مطلعة أن …"; 310 more.txt lines) is also "taught"
# and "knew": a cue only before its particle too. So are ختم and اختتم, "concluded" a
# speech ("وختم أن …") or a ceremony ("واختتم الحفل بكلمة"). أورد "reported" also cites
# ("أورد قصائد"). اشترط "stipulated" sets a condition ("اشترطت اللجنة أن يكون …") and takes
# an object that is no report too ("اشترطت الوزارة وجود كفيل").
BEFORE_PARTICLE = match_keys(
    "بين أبان أجمع أجمعت أجمعوا رأى علم علمت ختم اختتم أورد أوردت اشترط اشترطت لمح لمحت"
)
# Verbs that are also common nouns: طلب "demand" ("وسط طلب قوي على البنزين"): a cue only
# when whom it asks (من) or a reporting particle or colon follows: "وطلبت الوزارة من …".
_BEFORE_ADDRESSEE_VERBS = match_keys("طلب")
# "Added" that is mostly "rose" (وزاد المؤشر 0.3 بالمئة): a cue only when its colon or
# reporting particle follows at once (وزاد: …، وزاد أن …), 52 times in more.txt.
_ADDING_VERBS = match_keys("زاد")
# Verbs that are also prepositions of another sense: عبر "via" ("عبر الحدود"), a cue only
# when عن follows a subject ("وعبّر عدد من السياسيين عن ارتياحهم"), not "عن طريق".
_BEFORE_ABOUT_VERBS = match_keys("عبر")
# An object that only names a topic reports nothing (the guidelines): "يكشف تفاصيل …"،
# "يكشف ملامح الخطة"، "يروي أسرار …".
TOPIC_NOUNS = match_keys("تفاصيل ملامح أسرار خفايا كواليس اسم أسماء")  # "أعلن عن اسم الوزير الجديد"
# What a claim (:data:`CLAIMS`) claims: the words (after ال or a clitic, with or without
# tanwin) that make تبنى a report of an attack.
ATTACK_NOUNS = match_keys(
    "هجوم هجمات تفجير تفجيرات قتل اغتيال عملية عمليات اعتداء اعتداءات مسؤولية استهداف اختطاف خطف إطلاق "
    "هجومين هجومان تفجيرين تفجيران"  # two: "تبنى تنظيم داعش الهجومين"
)
# Verbs whose past takes the addressee as a suffix: "وأبلغته «…»".
_ADDRESSING = match_keys("أبلغ")
# Verbs written with their object pronoun, whom or what they describe: "ووصفه بالفتح الجديد"،
# "ووصفتها بأنها مروعة" (in the real-text dev set, 4 of the 5 such forms are statements).
_DESCRIBING = match_keys("وصف")
# Verbs of asking written with whom they ask, by one or by several: "وطالبوه بالعمل على …"،
# "وناشدها أن …" (what is asked follows; the asked is no speaker).
_ASKING_WHOM = match_keys("طالب ناشد")
# Forms that are more often another word: جدد "new (plural)", يعتبر "is considered" (which
# before إن/أن is "considers that": a weak cue there, :data:`BEFORE_PARTICLE_FORMS`).
_CONSIDERS = match_keys("يعتبر تعتبر ويعتبر وتعتبر فيعتبر فتعتبر")  # with و/ف: "، ويعتبر حامل للفيروس"
_NOT_CUES = match_keys("جدد") | _CONSIDERS
# دان: only دانت is read as "condemned" (دان is a name, نيكوشور دان; فدان a land measure).
_NOT_CUES |= match_keys("دان ودان فدان")
_NOT_CUES |= match_keys("ثمن")  # "price"; وثمن and ثمنت are the verb


@dataclass(frozen=True)
class Cue:
    """What a reporting-cue word is.

    Attributes:
        kind: ``"past"`` (قال)، ``"present"`` (يقول، تقول), ``"participle"``
            (مؤكدا), the adverb that goes on with its sentence's speaker, or
            ``"according"`` (بحسب، وفقا لـ، نقلا عن), a preposition crediting the
            clause before or after it to a source, ``"relay"`` (نقل، نقلت), a
            verb whose speaker is named after عن, or ``"noun"`` (بيان after جاء في),
            a reporting noun whose speaker is its complement.
        continues: Whether it takes the previous speaker when it names none
            (وأضاف، and every participle).
        weak: A feminine participle that doubles as a noun (لافتة "sign"), a
            cue only when written with tanwin or after a comma; or a verb of
            :data:`AMBIGUOUS`, a cue only before بأن or a colon.
        plural: A plural form (قالوا، يطالبون، مؤكدين): its subject is a group
            named before it, never a person named after it.
    """

    kind: str
    continues: bool
    weak: bool = False
    plural: bool = False


# Verbs that relay what somebody said, named after عن: "ونقلت رويترز عن مصدر مطلع أن …"،
# "ونُقل عن الوزير قوله إن …" (diacritics fold the passive into the same key).
RELAYS = match_keys("نقل نقلت ونقل ونقلت فنقل فنقلت ينقل تنقل وينقل وتنقل")
# Reporting nouns, cues after "جاء في"/"ورد في": "وجاء في بيان الوزارة أن …" (the speaker
# is the noun's complement, else the last speaker: "وجاء في البيان أن …").
REPORT_NOUNS = match_keys(
    "بيان البيان تصريح التصريح تصريحات التصريحات خطاب الخطاب رسالة الرسالة تقرير التقرير"
)
REPORT_NOUN_VERBS = match_keys("جاء وجاء ورد وورد")
# Where words were said, after في/خلال (IN_OCCASION): "وأكد جروس في حديثه للاعبين أن".
IN_OCCASION = match_keys("في خلال")
SPEECH_OCCASIONS = REPORT_NOUNS | match_keys(
    "حديث حديثه حديثها تصريحه تصريحها تصريحاته تصريحاتها كلمة كلمته كلمتها لقاء لقائه لقائها "
    "مؤتمر حوار حواره حوارها مقابلة مقابلته مقابلتها بيانه بيانها اتصال"
)
# The occasions written with their speaker's pronoun (كلمته، حديثه، بيانها): the speaker's own
# speech, the verb's object, never a subject or part of a title ("واختتم الوزير كلمته بأن …").
OWN_SPEECH = frozenset(k for k in SPEECH_OCCASIONS if k.endswith(("ه", "ها", "هم")))
# "By saying", an adverb like قائلا that goes on with its verb's subject: "واختتم بالقول
# إن …"، "ورد بقوله: «…»" (بالقول: 307 times in more.txt); "by stressing" likewise: "ترك رئيس
# النادي الباب مفتوحا أمام اللاعب، بتأكيده أن …" (بتأكيده/ها: 8 times, all so).
SAYING = match_keys("بالقول وبالقول بقوله بقولها بقولهم وبقوله وبقولها بتأكيده بتأكيدها بتأكيدهم")
# Participles whose verbs are not cues in every form, read only after a comma: "، متهما
# المتمردين بـ…" (accusing; "20 متهما" are 20 defendants), "، معبرا عن …" (expressing;
# عبر is also "via", معبرا a border crossing). 32 and 86 times in more.txt after a comma.
ACCUSING = match_keys("متهما متهمة متهمين")  # its object is the accusation (OBJECT_VERBS)
_EXPRESSING = match_keys("معبرا معبرة معبرين")  # its object follows عن (MARKED_OBJECT_VERBS)
# "، سائلا الله أن يتغمد الشهداء برحمته": a prayer after condolences, reported by its أن
# (the guidelines make condolences statements; 388 lines of more.txt have the participle).
ASKING = match_keys("سائلا سائلة سائلين")
# "، مستبعدا فرضية أن تكون المروحية هدفا لهجوم"، "، مؤيدا الإجراءات التي تقوم بها".
_RULING_OUT = match_keys("مستبعدا مستبعدة")
_BACKING = match_keys("مؤيدا مؤيدة")
# "، عاداً هذه الأعمال مرحلة متقدمة من البغي" (deeming: its object and what it deems it; the
# verb عدّ is also "counted", its ا forms "returned"); "، آملاً في أن تشهد الدورة …" (hoping:
# the verb أمل is also the noun "hope").
_DEEMING = match_keys("عادا عادين")  # not عادة, "usually" after a comma as often
_HOPING = match_keys("آملا آملة آملين")
# Considering with its object pronoun, after و or ف, is the subject's judgement of what came
# before: "واعتبرتها تصريحات تغذي التطرف"، "وتعتبره جماعات حقوقية انتكاسة" (the subject, if
# any, then what it was judged to be). Bare, it is mostly a relative's ("ما اعتبره"، "التي
# يعتبرها"), the paper's narration.
_CONSIDERING_IT = {
    match_key(prefix + stem + pronoun): kind
    for prefix in ("و", "ف")
    for stem, kind in (("اعتبر", "past"), ("اعتبرت", "past"), ("يعتبر", "present"), ("تعتبر", "present"))
    for pronoun in ("ه", "ها", "هم")
}
CONSIDERING_IT = frozenset(_CONSIDERING_IT)
AFTER_COMMA_PARTICIPLES = ACCUSING | _EXPRESSING | ASKING | _RULING_OUT | _BACKING | _DEEMING | _HOPING
# "As … reported", written as one word before its reporting verb: "…، حسبما أفادت مصادر
# أمنية" (321 times in more.txt), read like "حسب ما".
AS_REPORTED = match_keys("حسبما وحسبما بحسبما وبحسبما")
# Prepositions that credit a clause to a source: "…، بحسب ويكيليكس"، "وبحسب الوزارة، …"،
# "وفقا لـ…"، "وفق المصدر"، "نقلا عن …" (the word after وفقا/نقلا, لـ/عن, is skipped).
ACCORDING_TO = match_keys("بحسب وبحسب حسب وحسب وفقا ووفقا وفق ووفق طبقا وطبقا نقلا ونقلا") | AS_REPORTED


# Verbs whose dual past is a cue ("وقالا إن"، "وأضافا أن"، "أكدتا"): not those whose dual is
# also an accusative noun or adjective ("تابعا للوزارة" "affiliated"، "ردا على" "in reply").
_DUAL_VERBS = match_keys("قال أضاف أكد أوضح أشار أعلن شدد اعتبر أعرب")
# Verbs whose dual present is a cue ("فيقولان: «…»"، "ويريان أن"، "تؤكدان"): رأى too, whose
# dual past رأيا is also "an opinion".
_DUAL_PRESENT = _DUAL_VERBS | match_keys("رأى")


def _verb_forms(row: tuple[str, ...]) -> list[tuple[str, Cue]]:
    """The written cue forms of one :data:`VERBS` row, without prefixes."""
    past, past_f, present, participle = row
    key = match_key(past)
    weak_verbs = AMBIGUOUS | BEFORE_PARTICLE | _BEFORE_ADDRESSEE_VERBS | _BEFORE_ABOUT_VERBS | _ADDING_VERBS
    continues, weak = key in CONTINUING, key in weak_verbs
    plural = past[:-1] + "وا" if past[-1] in "اى" else past + "وا"  # دعوا، قالوا
    forms = [(past, "past", False), (past_f, "past", False), (plural, "past", True)]
    if present:  # يعلن، تعلن، يعلنون
        plural = (
            present[:-1] + "ون" if present[-1] in "يى" else present + ("ن" if present[-1] == "و" else "ون")
        )
        forms += [
            (present, "present", False),
            ("ت" + present[1:], "present", False),
            (plural, "present", True),
        ]
    if key in _ADDRESSING or key in _DESCRIBING or key in _ASKING_WHOM:  # أبلغه، وصفتهم، طالبه
        forms += [(f + s, "past", False) for f in (past, past_f) for s in ("ه", "ها", "هم")]
    if key in _ASKING_WHOM:  # طالبوه: طالبوا + ه, the alif goes
        forms += [(past + "و" + s, "past", True) for s in ("ه", "ها", "هم")]
    if key in _DUAL_VERBS:  # two speakers: "وأضافا أن"، "وأكدتا"
        forms += [(past + "ا", "past", True), (past_f + "ا", "past", True)]
    if present and key in _DUAL_PRESENT:  # "يقولان"، "تؤكدان"، "يريان" (يرى: its ى is ي)
        dual = (present[:-1] + "ي" if present[-1] == "ى" else present) + "ان"
        forms += [(dual, "present", True), ("ت" + dual[1:], "present", True)]
    out = [(form, Cue(kind, continues, weak, many)) for form, kind, many in forms]
    if participle:  # مؤكدا/مؤكداً and مؤكدين always; مؤكدة only as an adverb (the rules check)
        out += [
            (participle + "ا", Cue("participle", True)),
            (participle + "ين", Cue("participle", True, plural=True)),
            (participle + "ة", Cue("participle", True, weak=True)),
        ]
    return out


def _prefixes(cue: Cue) -> tuple[str, ...]:
    """The conjunctions a cue form is written behind: و/ف for a verb, و for a participle
    ("، ومؤكدا أن": 27 times in more.txt; never ف), none for its weak ة form ("، ومتابعة"
    is "and follow-up" in a list)."""
    if cue.kind != "participle":
        return ("", "و", "ف")
    return ("",) if cue.weak else ("", "و")


def build_cues() -> dict[str, Cue]:
    """Every cue form of :data:`VERBS` by :func:`match_key`.

    Each verb gives its past 3ms/3fs/3mp and imperfect 3ms/3fs/3mp forms, bare
    or with a ``و``/``ف`` prefix, and its participle with ``ا`` (always a cue, bare or
    with ``و``) and ``ة`` (a weak one, bare).

    Returns:
        A dict from key to :class:`Cue`.

    Example:
        >>> cues = build_cues()
        >>> cues[match_key("فقالوا")], cues[match_key("مؤكدةً")].weak
        (Cue(kind='past', continues=False, weak=False, plural=True), True)
    """
    cues: dict[str, Cue] = {}
    for row in VERBS:
        for form, cue in _verb_forms(row):
            for prefix in _prefixes(cue):
                key = match_key(prefix + form)
                if key not in _NOT_CUES:
                    cues[key] = cue
    for word in _CONSIDERS:  # "يعتبر أن هذا العنصر …": he considers that
        cues[word] = Cue("present", False, weak=True)
    for word, kind in _CONSIDERING_IT.items():
        cues[word] = Cue(kind, False)
    for word in SAYING:
        cues[word] = Cue("participle", True)
    for word in AFTER_COMMA_PARTICIPLES:
        cues[word] = Cue("participle", True, plural=word.endswith("ين"))
    for word in ACCORDING_TO:
        cues[word] = Cue("according", False)
    for word in RELAYS:
        cues[word] = Cue("relay", False)
    return cues


CUES = build_cues()


def reporting_verb(key: str, kinds: tuple[str, ...] = ("past", "present")) -> bool:
    """Whether a word key is a reporting verb of one of ``kinds``, wherever it stands
    (``وأردف يقول «…»``: the second verb names no subject).

    Example:
        >>> reporting_verb(match_key("يقول")), reporting_verb(match_key("مؤكدا")), reporting_verb("سعيد")
        (True, False, False)
    """
    cue = CUES.get(key)
    return cue is not None and cue.kind in kinds


# The first person singular of present cues, listed: a rule on the shape (أ + the stem of
# يبين) would read أبين (Abyan, 250 times in more.txt) and آصف as verbs.
_FIRST_PERSON = match_keys(
    "أؤكد أقول أرى أتمنى أتوقع أجزم أشير أذكر أرحب أدعو أطالب أزعم أطلب أنصح أناشد أشيد "
    "أرفض أضيف أشدد أجدد أوصي أعتقد أظن"
)


_WITHOUT = match_keys("دون بدون ودون")
_THAT_AN = match_keys("أن")


def without_that(keys: Sequence[str], word: int) -> bool:
    """Whether "without that" (``دون أن``، ``بدون أن``) opens at word ``word``: what follows
    is what somebody did not do (``وكتب دون أن يذكر إردوغان بالاسم``), no report and no
    subject.

    Example:
        >>> without_that(["وكتب", "دون", "ان", "يذكر"], 1)
        True
    """
    return word + 1 < len(keys) and keys[word] in _WITHOUT and keys[word + 1] in _THAT_AN


def first_person(key: str) -> bool:
    """Whether a word key is the first person of a present cue (أؤكد، أقول، أرى): the
    speaker quoting himself, never a name nor a subject ("قال أؤكد وبشكل حازم أن …").

    Example:
        >>> first_person(match_key("أؤكد")), first_person(match_key("أبين")), first_person("اشار")
        (True, False, False)
    """
    return key in _FIRST_PERSON


# A verb read as a cue only where it opens a sentence (ArticleIndex): "دان معالي رئيس المجلس
# التفجير" (22 times in more.txt, each "condemned"); elsewhere دان is a name (نيكوشور دان),
# so it stays out of CUES, which the name rules read too.
# With و ("… . ودان أوباما استمرار …", about 150 more.txt lines) and after كما ("كما دان
# الدكتور نبيل العربي الجريمة") it is the verb too.
OPENING_CUES = {match_key("دان"): Cue("past", False), match_key("ودان"): Cue("past", False)}
AS_WELL = match_key("كما")
# Calls: "دعا الأطراف إلى ضبط النفس" reports what follows إلى when nothing else.
CALLS = frozenset(
    match_key(prefix + form)
    for row in VERBS
    if row[0] == "دعا"
    for form, _ in _verb_forms(row)
    for prefix in ("", "و", "ف")
) & set(CUES)


def _forms_of(verbs: str) -> frozenset[str]:
    """Every cue key (all forms, prefixes) of the given verbs' past 3ms forms."""
    wanted = match_keys(verbs)
    return frozenset(
        match_key(prefix + form)
        for row in VERBS
        if match_key(row[0]) in wanted
        for form, cue in _verb_forms(row)
        for prefix in _prefixes(cue)
    ) & set(CUES)


# Every form of the verbs of BEFORE_PARTICLE (وبينت، أجمعوا), with و or ف: each is a cue
# only before a reporting particle or a colon ("وبينت أن …"), like the preposition's form;
# not تبين, which is mostly "it turned out" ("وتبين أن …": nobody said it).
SEEING = _forms_of("رأى")  # its particle must be إن/أن: a colon after "رأوا دموع …" quotes a poem
BEFORE_PARTICLE_FORMS = (
    frozenset(
        form
        for form in _forms_of("بين أبان أجمع رأى علم ختم اختتم أورد اشترط لمح")
        if not form.lstrip("وف").startswith("تبين")
    )
    | _CONSIDERS
)
# Ascribing: what comes first, then إلى and to what ("وعزا ذلك إلى …"، "وأرجع أسباب الارتفاع إلى …").
ASCRIBING = _forms_of("عزا أرجع")
# Learning: the paper learned it from whom it names after من, the statement's speaker.
# Only the feminine past (a paper, "علمت «المدينة»"): bare, علم is science or a flag
# ("أستاذ علم الاجتماع"), never a cue (UNLEARNED).
_LEARNING = _forms_of("علم")
LEARNED = frozenset(form for form in _LEARNING if form.endswith("ت"))
UNLEARNED = _LEARNING - LEARNED


# Verbs whose object is what was said, with no إن/أن: "أكد أهمية التعاون"، "استنكر
# التصريحات"، "أعرب عن أمله"، "نفى الشائعات" (what follows the subject, a leading
# standalone preposition dropped).
# ("وتعتبر اليابان أحد الحلفاء" is "is considered", whose object is no one's words.)
_CONSIDERED = {match_key(p + f) for p in ("", "و", "ف") for f in ("يعتبر", "تعتبر", "يعتبرون")}
OBJECT_VERBS = (
    (
        _forms_of(
            "أكد أعلن استنكر انتقد نفى أبدى تمنى اتهم جدد أدان دان ناشد اعتبر عزا تبنى حمل أظهر استبعد توقع "
            "شجب أرجع استغرب ثمن"
        )
        - _CONSIDERED
    )
    | ACCUSING
    | _RULING_OUT
    | _BACKING
    | _DEEMING
    | CONSIDERING_IT
    | frozenset(OPENING_CUES)
)
# Verbs whose object comes behind a preposition: "أعرب عن أمله"، "شدد على ضرورة"،
# "طالب بالإفراج"، "حذر من مغبة"، "نوه بالجهود"، "، معبرا عن شكره".
# وصف with its object pronoun (وصفه، ووصفتها): what follows بـ is what it was called.
DESCRIBING_FORMS = frozenset(k for k in _forms_of("وصف") if k.endswith(("ه", "ها", "هم")))
# وصف without it: "ووصف الهجوم بأنه …"، "ووصف قصف الانفصاليين … بأنه الأعنف": what was
# described comes first, unless a speaker does.
DESCRIBING_VERBS = _forms_of("وصف") - DESCRIBING_FORMS
MARKED_OBJECT_VERBS = (
    _forms_of("أعرب كشف شدد حذر نوه نبه أشاد ندد طالب تعهد هدد توعد أشار لفت اشتكى أفاد رحب عبر اعترف")
    | _EXPRESSING
    | DESCRIBING_FORMS
)
# Complaints name what they are about after من ("اشتكى المواطنون في الحي من انقطاع المياه":
# not after في).
COMPLAINTS = _forms_of("اشتكى")
# Urging names whom with بـ, then what it urges, with or without إلى: "وأهابت الوزارة
# بالمواطنين إلى ضرورة …"، "مهيباً بجميع أصحاب المحال الالتزام …".
URGING = _forms_of("أهاب")
# Explaining reports a clause, but sometimes what it stresses as its object: "وأوضح أهمية
# ومكانة الطائف …"، "مبيناً ضرورة …" (only these two nouns open it: the rules check).
EXPLAINING = _forms_of("أوضح بين")
STRESSED = match_keys("أهمية ضرورة")  # what an explaining verb stresses
TO_THEM = match_keys("له لها لهم لهن")  # whom it was explained to: "موضحاً لهم أهمية …"
# Informing names what it tells after بـ or عن ("أفاد المرصد بمقتل 51"، "وأفادت المجموعة في
# بيان عن وفاة …"), never after من: "أفاد الطلاب من البرنامج" is benefiting.
INFORMING = _forms_of("أفاد")
# Telling takes whom it told as its object, before the subject: "وأبلغ «الوطن» قائد المنطقة …".
TELLING = _forms_of("أبلغ")
# A negation before the verb: nothing was said ("لم تعلن أي جهة مسؤوليتها").
NEGATIONS = match_keys("لم لن لا ما ولم ولن ولا")
# Negations that only take a verb (past لم, future لن): the word after them reports nothing
# and is never a name ("لم تعلن أي جهة"، "الذي لم يشأ كشف هويته"). Not لا or ما, which also
# go before verbs that report ("لا يزال"، "ما قاله الوزير").
VERB_NEGATIONS = match_keys("لم ولم فلم لن ولن فلن")
# Verbs of claiming: a cue only when an attack is claimed ("تبنى التنظيم الهجوم"،
# "«داعش» يتبنى تفجيرا"), not a law or a policy adopted ("تبنى البرلمان القانون").
CLAIMS = _forms_of("تبنى")
# Admitting: a cue only before what was admitted, a verbal noun or a noun with its pronoun
# after ب ("واعترفت إيران بتنفيذ 246 حكما"، "اعترف بخطئه") or إن/أن; not recognition
# ("اعترفت السويد بدولة فلسطين").
ADMITS = _forms_of("اعترف")
# Verbs of blame: a cue only with the responsibility laid ("وحمّلت الرئاسة سلطات الاحتلال
# المسؤولية"، "، محملا الحكومة مسؤولية …": 94 times in more.txt), not carrying or loading
# ("حمل الطفل"، "شاحنة محملة بالأسلحة"). Their object is what was said (OBJECT_VERBS).
BLAMES = _forms_of("حمل")
ACCUSES = _forms_of("اتهم")  # "واتهم أوكرانيا بشن قصف": whom, then of what
# Showing: a cue only when data, a survey or a study shows (DATA_NOUNS right after the verb):
# "أظهرت بيانات من إدارة معلومات الطاقة أن …" is the data's owner's statement (about 370
# times in more.txt), and so is its object; "أظهرت الصور"، "أظهر اللاعب مستوى" are not.
SHOWING = _forms_of("أظهر")
_DATA = match_keys(
    "بيانات معطيات أرقام إحصاءات إحصائيات نتائج مؤشرات تقديرات سجلات مسح دراسة معلومات استطلاع استطلاعات"
)
DATA_NOUNS = frozenset(_DATA | {"ال" + k for k in _DATA})
# What a blame lays, after ال or a clitic: the responsibility.
RESPONSIBILITY = match_keys("مسؤولية مسئولية")
# Cues that name the speech act, and so its stance (data/GUIDELINES.md: condemning, denouncing
# and accusing are condemnation; threatening and claiming an attack are escalation): "أدان
# الوزير التفجير" is a condemnation whatever words it condemns. The pipeline gives these
# statements that stance over the stance model's (Pipeline(cue_stance=True)); on the 84-article
# real dev set the model called 5 of 6 such statements neutral.
SPEECH_ACTS: dict[str, frozenset[str]] = {
    "condemnation": _forms_of("أدان دان ندد استنكر انتقد اتهم") | ACCUSING | BLAMES | set(OPENING_CUES),
    "escalation": _forms_of("هدد توعد") | CLAIMS,
}


# Condolences, which the guidelines make condemnation: the words that offer them or pray
# for the dead ("وأعرب عن خالص التعازي والمواساة"، "سائلا الله أن يتغمدهم بواسع رحمته"),
# matched as a word's key without its clitics.
CONDOLENCES = match_keys(
    "التعازي تعازي تعازيه تعازيها تعازينا تعزية التعزية المواساة مواساته مواساتها عزاءنا عزاءه "
    "نعزي يعزي أعزي يتغمد يتغمدهم يتغمده يتغمدها تغمد"
)


def offers_condolences(text: str) -> bool:
    """Whether a statement's words offer condolences or pray for the dead.

    Example:
        >>> offers_condolences("خالص التعازي والمواساة لأسر الشهداء")
        True
        >>> offers_condolences("تعزيز العلاقات بين البلدين")
        False
    """
    return _says_any(text, CONDOLENCES)


# Quote marks, brackets and punctuation a word of a statement may carry: "«الجبان»،"
WORD_MARKS = '«»"“”().،,:؛'


def _says_any(text: str, keys: frozenset[str] | set[str], strip: str = "") -> bool:
    """Whether a word of ``text`` (``strip`` taken off its ends), read with or without its
    clitics, has one of ``keys``."""
    for word in text.split():
        key = match_key(word.strip(strip)) if strip else match_key(word)
        if key in keys or any(rest in keys for rest, _, _ in clitic_variants(key)):
            return True
    return False


# Words that denounce what they name (GUIDELINES: calling something a crime, a lie or a
# violation is condemnation): an attack called cowardly, sinful, heinous, barbaric or
# treacherous, reports called lies, a truce "violated", and "we condemn" said inside the
# statement. On the 180 dev articles the stance model called 12 statements with one of them
# neutral: 9 are condemnation in the gold, 2 escalation (a vow against "the cowardly
# settlers", which the rule cannot make worse) and 1 neutral.
DENOUNCING = match_keys(
    "همجي همجية همجيتهم همجيته وحشي وحشية الوحشية الوحشي وحشيته جبان الجبان الجبانة جبانة "
    "الجبناء آثم الآثم الآثمة آثمة شنيع الشنيع الشنيعة شنيعة شناعة بشاعة غادر الغادر الغادرة "
    "غادرة أكاذيب افتراء افتراءات الإجرامي الإجرامية إجرامي إجرامية الدنيئة دنيء دنيئة "
    "نستنكر يستنكر تستنكر نشجب يشجب تشجب ندين انتهك انتهكت انتهكوا ينتهك تنتهك "
    # someone called a traitor, a tyrant, evil; reports called fabrication; a shame
    # (fifteenth stop: 7 such dev statements the model called neutral, all condemnation)
    "خائن الخائن الخونة طاغية الطغاة شرير شريرة الشريرة خبيث خبيثة الخبيث الخبيثة فبركة "
    "تزييف عار عارا"
)


def denounces(text: str) -> bool:
    """Whether a statement's words denounce what they name (:data:`DENOUNCING`).

    Example:
        >>> denounces("هذا العمل الإرهابي الجبان لن يرهب رجال الأمن"), denounces("الهند انتهكت وقف النار")
        (True, True)
        >>> denounces("غادرت البعثة إلى سلوفاكيا")
        False
    """
    return _says_any(text, DENOUNCING, strip=WORD_MARKS)


# Claiming an attack in so many words (GUIDELINES: escalation): "أعلن تنظيم داعش مسؤوليته عن
# هجوم انتحاري"، "وأعلنت طالبان مسؤوليتها عن الهجوم على القاعدة". Not a government's duty
# ("أعلنت الحكومة مسؤوليتها عن توفير الخدمات"): an attack noun must follow عن.
_RESPONSIBILITY_OF = match_keys("مسؤوليته مسؤوليتها مسؤوليتهم مسئوليته مسئوليتها مسئوليتهم")
ANNOUNCING = _forms_of("أعلن")


def claims_an_attack(text: str) -> bool:
    """Whether a statement (or a verb's words, its subject first) claims responsibility
    for an attack.

    Example:
        >>> claims_an_attack("مسؤوليته عن هجوم انتحاري بسيارة مفخخة")
        True
        >>> claims_an_attack("مسؤوليتها عن توفير الخدمات للمواطنين")
        False
    """
    words = [match_key(w.strip(WORD_MARKS)) for w in text.split()[:7]]
    return any(
        words[k] in _RESPONSIBILITY_OF
        and words[k + 1] == "عن"
        and any(w.removeprefix("ال") in ATTACK_NOUNS for w in words[k + 2 : k + 4])
        for k in range(min(4, len(words) - 2))  # after a subject of up to three words
    )


def speech_act(cue: str | None, text: str | None = None) -> str | None:
    """The stance a reporting cue names by itself, or None (most cues: قال، أكد، أوضح);
    with the statement's ``text``, condolences too (:func:`offers_condolences`), and an
    attack claimed after أعلن (:func:`claims_an_attack`).

    Example:
        >>> [speech_act(c) for c in ("وأدانت", "منتقدا", "وتوعد", "قال", None)]
        ['condemnation', 'condemnation', 'escalation', None, None]
        >>> speech_act("وأعرب", "خالص التعازي لأسر الضحايا")
        'condemnation'
        >>> speech_act("أعلن", "مسؤوليته عن الهجوم على القاعدة")
        'escalation'
    """
    key = match_key(cue) if cue else ""
    act = next((label for label, keys in SPEECH_ACTS.items() if key in keys), None)
    if act is None and text is not None and key in ANNOUNCING and claims_an_attack(text):
        return "escalation"
    if act is None and text is not None and offers_condolences(text):
        return "condemnation"
    return act


# Every form of the verbs that are cues only before whom they ask (see _BEFORE_ADDRESSEE_VERBS).
BEFORE_ADDRESSEE = _forms_of("طلب")
# Every form of the verbs that are cues only before عن (see _BEFORE_ABOUT_VERBS).
BEFORE_ABOUT = _forms_of("عبر")
ADDING = _forms_of("زاد")
# Verbs that address somebody and then say what they ask of them after a marker:
# "حث المسؤولين على مضاعفة الجهود"، "طلب من اللاعب حزم حقائبه"، "ناشد الأهالي بالتعاون".
ADDRESSING_VERBS = _forms_of("حث طلب أوصى نصح")
# Refusing takes what is refused at once, with no إن/أن: "ورفض الوزير تحديد موعد …" (the
# subject ends before the masdar; a refusal itself is seldom a statement).
REFUSING = _forms_of("رفض")
# Prepositions dropped at the start of an object: "أعرب عن أمله" → "أمله".
OBJECT_PREPOSITIONS = match_keys("عن على من إلى في")
# The prepositions that mark what a verb reports: في never does ("شدد في كلمته على …").
MARKERS = OBJECT_PREPOSITIONS - match_keys("في")
# The prepositions between a verb (or its subject) and the إن/أن of what it reports: "مشيرة إلى
# أن"، "مؤكدة على أن"، "ونبه فلان الى أن".
TO_PARTICLE = match_keys("إلى على")
# The markers of what an addressing verb asks: "حث الجهات على"، "طلب من فلان"، "دعا إلى".
REQUEST_MARKERS = match_keys("عن على من إلى")
# The words that open a reported clause: "قال إن"، "أكدت أنها"، "طالب بأن".
PARTICLES = match_keys(
    "إن أن إنه أنه إنها أنها إنهم أنهم إننا أننا إنني أنني إنهما أنهما بأن بأنه بأنها بأنهم بأننا بأنهما"
)
# إن/أن after these is not reported speech: "بعد أن" (after), "يجب أن" (must),
# "قيل إنها" (it was said: somebody else's report), "إلا أنه"، "غير أن"، "بيد أن" (but),
# "حيث إن" (since: "طالب فلان بوجود فرع …، حيث إن المركز يقع على مفترق …").
NOT_REPORTING_BEFORE = match_keys(
    "بعد قبل منذ دون بدون رغم برغم لولا يجب يمكن ينبغي يفترض بد قيل يبدو حتى كما لو إلا غير بيد حيث"
)
# An entity after these is not a subject: "في بيان لوكالة رويترز"; nor is the phrase they
# open after a verb ("وأضافت وسط هتاف الجماهير «…»": amid the cheers, she added).
PREPOSITIONS = match_keys(
    "في من عن إلى على مع لدى عبر حسب بحسب وفق أمام ضد بين حول خلال نحو تجاه عند لصالح وسط "
    "بشأن حيال إزاء"  # regarding: "أي معلومات بشأن [PER فلان] حتى الآن، وأشار"
)
# Words allowed between an SVO subject and its verb: "بوتين قد تجنب".
SVO_FILLERS = match_keys("قد وقد فقد لقد كان كانت بدوره بدورها جهته جهتها جانبه جانبها من أيضا كذلك")
# The auxiliary "was": between a relative and its verb ("التوقعات التي كانت تشير إلى"), or
# opening a sentence before its subject ("وكان المتحدث الأمني … قد صرح").
WAS = match_keys("كان كانت")
# A relative pronoun between a subject and its verb: "نظيره إيدي، الذي دعا".
RELATIVES = match_keys("الذي التي الذين")
# A verb followed by these has no explicit subject: "وأكدت أن", "وقال في بيان".
NO_SUBJECT_NEXT = (
    PARTICLES
    | PREPOSITIONS
    | SVO_FILLERS
    | match_keys(
        "اليوم أمس لاحقا مجددا مرة مرارا قائلا قائلة قائلين مؤخرا حينها فيه فيها عنه عنها منه منها عليه عليها جدا تماما هؤلاء"
    )
)
# Media nouns: "لوكالة رويترز" names where it was said, not who said it.
MEDIA = match_keys("وكالة صحيفة قناة شبكة موقع إذاعة تلفزيون مجلة محطة راديو")
# News agencies by the first word of their name: "وقالت لرويترز «…»" and "لفرانس برس" name
# whom it was told, even when the article never writes the agency without its ل.
AGENCIES = match_keys("رويترز فرانس أسوشيتد الأناضول بي يونهاب إنترفاكس شينخوا")
# Who only reports: a monitor or a news medium never threatens or announces force, and what it
# says of fighting is news (data/GUIDELINES.md: neutral). On the real-text dev set none of their
# 24 statements is escalation, and the stance model called 6 of the observatory's so.
REPORTERS = MEDIA | match_keys("مرصد")


# Observers: witnesses, residents and local, field or informed sources see the fighting and
# take no part in it, so what they say of it is news too (GUIDELINES: reporting facts is
# neutral). On the real-text dev set the stance model called 12 of their statements
# escalation, all 12 neutral in the gold.
_OBSERVER_HEADS = match_keys("شهود شاهد شاهدة سكان أهالي مراقبون مراقبين")
_SOURCE_HEADS = match_keys("مصدر مصادر")
_OBSERVING = match_keys("محلية محلي ميدانية ميداني مطلعة مطلع طبية طبي أهلية")


# The United Nations in a person's title ("مبعوث الأمم المتحدة إلى سورية فلان"، "المنسق
# الأممي فلان"): its envoys and officials report fighting and appeal; they wage none. On the
# real-text dev set the stance model called 3 of their statements escalation, all neutral.
_NATIONS = match_keys("الأمم للأمم بالأمم")
_UNITED = match_key("المتحدة")
_OF_THE_NATIONS = match_keys("أممي أممية الأممي الأممية")
TITLE_REACH = 8  # words before a person's name read as the title


def _un_title(title: str) -> bool:
    """Whether the words before a name, in its sentence, name the United Nations."""
    sentence = re.split(r"[.!?؟\n]", title)[-1]
    words = [match_key(w.strip(WORD_MARKS)) for w in sentence.split()[-TITLE_REACH:]]
    return any(w in _OF_THE_NATIONS for w in words) or any(
        a in _NATIONS and b == _UNITED for a, b in zip(words, words[1:], strict=False)
    )


def only_reports(speaker: str | None, source: str | None = None, title: str | None = None) -> bool:
    """Whether a speaker's name is headed by a monitor or a news medium, or its ``title``
    (the words before the name) makes it a United Nations official, or, with no named
    speaker, the unnamed source is an observer (``شهود عيان``، ``مصادر محلية``،
    ``مصادر ميدانية``; not ``مصادر عسكرية``, a party's own).

    Example:
        >>> only_reports("المرصد السوري لحقوق الإنسان"), only_reports("وزارة الدفاع")
        (True, False)
        >>> only_reports("ستيفان دي ميستورا", title="من جهته عبر مبعوث الامم المتحدة الى سورية")
        True
        >>> only_reports(None, "مصادر محلية في المحافظة"), only_reports(None, "مصدر عسكري ميداني")
        (True, False)
    """
    first = match_key(speaker.split()[0]) if speaker and speaker.split() else ""
    if (first[2:] if first.startswith("ال") else first) in REPORTERS:
        return True
    if speaker and title and _un_title(title):
        return True
    words = [match_key(w) for w in source.split()] if speaker is None and source else []
    if not words:
        return False
    head = words[0][2:] if words[0].startswith("ال") else words[0]
    # the source's first adjective: "مصدر عسكري ميداني" is a party's own
    return head in _OBSERVER_HEADS or (head in _SOURCE_HEADS and len(words) > 1 and words[1] in _OBSERVING)


# Armed groups a statement may open with as the subject of what it reports ("الحوثيين وقوات
# صالح استهدفوا أماكن متفرقة من مدينة تعز"): a speaker who is not that group reports somebody
# else's fighting, which the guidelines make neutral (or condemnation), never escalation. On
# the real-text dev set the stance model called 14 such statements escalation: 9 are neutral
# in the gold, 3 condemnation, 2 escalation.
ARMED_GROUPS = match_keys(
    "حوثي حوثيين حوثيون الحوثي الحوثيين الحوثيون داعش تنظيم مسلحون مسلحين مسلحي المسلحون "
    "المسلحين متمردون متمردين المتمردون المتمردين انقلابيين الانقلابيين الانقلابيون ميليشيا "
    "مليشيا ميليشيات مليشيات الميليشيات المليشيات متشددون متشددين المتشددون المتشددين طالبان "
    "إرهابيين الإرهابيين إرهابيون الإرهابيون انتحاري"
)


def reports_others_fighting(text: str, speaker: str | None) -> bool:
    """Whether a statement opens with an armed group (:data:`ARMED_GROUPS`) that the
    speaker's name does not name: somebody else's fighting, reported.

    Example:
        >>> reports_others_fighting("الحوثيين وقوات صالح قصفوا الأحياء", "مصادر محلية")
        True
        >>> reports_others_fighting("طالبان تبنت الهجوم", "حركة طالبان")
        False
    """
    words = text.split()
    first = match_key(words[0].strip(WORD_MARKS)) if words else ""
    if first not in ARMED_GROUPS:
        return False
    stem = first.removeprefix("ال")
    return not (speaker and any(stem in match_key(w) for w in speaker.split()))


# A statement that opens with a prayer asks God to act ("اللهم اكفنا شر المفسدين"، "إنا لله
# وإنا إليه راجعون"، "نسأل الله أن يحفظ البلاد"): the speaker vows no action of their own, so
# it is never escalation (GUIDELINES: escalation is the speaker's own threat or action). On
# real text the stance model called such prayers by preachers after an attack escalation.
_PRAYER_OPENINGS = match_keys("اللهم")
_PRAYER_PAIRS = frozenset(
    (match_key(a), match_key(b))
    for a, b in (("إنا", "لله"), ("نسأل", "الله"), ("أسأل", "الله"), ("رحم", "الله"))
    + tuple(("الله", f) for f in ("يرحم", "يرحمه", "يرحمها", "يرحمهم"))
)


def prays(text: str) -> bool:
    """Whether a statement opens with a prayer (:data:`_PRAYER_OPENINGS`, a listed pair).

    Example:
        >>> prays("اللهم من أرادنا بسوء فأشغله بنفسه"), prays("إنا لله وإنا إليه راجعون")
        (True, True)
        >>> prays("سنرد على أي اعتداء بكل قوة")
        False
    """
    words = [match_key(w.strip(WORD_MARKS)) for w in text.split()[:2]]
    if not words:
        return False
    return words[0] in _PRAYER_OPENINGS or (len(words) == 2 and (words[0], words[1]) in _PRAYER_PAIRS)


# ل written apart from the name it governs: "وقال لـ«عكاظ»"، "كشف لـ\"الرياض\"".
LI = match_keys("ل لـ")
# Skipped at the start of a headline's complement: "يحذر من انهيار …".
HEADLINE_PREPS = match_keys("من إلى")
# A reporting verb after these starts a new clause: "، فيما قال نظيره".
# "But", before a clause or a noun in the accusative (لكنّ): "لكن محافظ البنك حذر"، "لكن
# منتقدين يقولون"؛ a particle after it is its own clause's.
BUT = match_keys("لكن ولكن")
# "There are": "هناك من يرى"، "وثمة من يقول" is somebody unnamed, and a report of its own.
THERE_ARE = match_keys("هناك وهناك ثمة وثمة")
# What opens the clause before such a report: "…، إلا أن هناك من يرى".
_THOUGH = match_keys("إلا أن") | BUT
JOINERS = match_keys("بينما وبينما فيما حين لكنه لكنها ولكنه") | BUT


def there_are_some(keys: list[str], word: int) -> int | None:
    """The first word of "there are some who" before the verb at ``word`` (``هناك من
    يرى``), with the "but that" opening its clause (``إلا أن هناك من يرى``), else None.
    ``keys`` are match keys (:func:`~qawl.data.text.match_key`: إلا → الا).

    Example:
        >>> there_are_some(["موقفه", "قوي", "،", "الا", "ان", "هناك", "من", "يرى"], 7)
        3
    """
    if word < 2 or keys[word - 1] != "من" or keys[word - 2] not in THERE_ARE:
        return None
    first = word - 2
    while first > 0 and keys[first - 1] in _THOUGH:
        first -= 1
    return first
