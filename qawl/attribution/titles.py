"""The title lexicon of attribution: the words around a speaker's name in news copy.

Real reporting names a speaker through a chain of titles and honorifics
(``معالي وزير الخارجية الأستاذ عادل الجبير``), by a title alone (``المتحدث الأمني
بوزارة الداخلية``), by an honorific pronoun (``وأضاف معاليه``) or not at all
(``مصدر مسؤول``). :mod:`qawl.attribution.phrases` reads a subject phrase with these
word classes; every set is keyed by :func:`qawl.data.text.match_key`, so hamza
and diacritics do not matter.
"""

from __future__ import annotations

from collections.abc import Sequence

from qawl.data.text import match_key, match_keys


def _with_article(words: str) -> frozenset[str]:
    """Each word's key, bare and with the article: وزير → وزير، الوزير."""
    keys = match_keys(words)
    return frozenset(keys | {"ال" + k for k in keys if not k.startswith("ال")})


# Foreign military ranks as papers transliterate them; always followed by a name, never
# one: "وقال البريجادير جنرال الأمريكي كيفين كيليا".
FOREIGN_RANKS = _with_article("جنرال بريجادير ميجور كولونيل أدميرال ادميرال مارشال")
# Words that head a person's title: "وزير الخارجية"، "المتحدث باسم …"، "مدير عام …".
PERSON_TITLES = (
    _with_article(
        "وزير وزيرة نائب رئيس رئيسة مدير مديرة وكيل وكيلة متحدث متحدثة ناطق ناطقة أمين أمينة "
        "سفير سفيرة قائد محافظ أمير أميرة ملك عاهل ولي مستشار مستشارة عضو مساعد مفتي شيخ داعية "
        "مندوب ممثل منسق مفوض قنصل ملحق مبعوث نقيب عميد مدرب لاعب حارس مهاجم كابتن مشرف "
        "خبير محلل باحث أستاذ بروفيسور بروفيسورة قاض قاضي محام محامي نائبة سيناتور المستشار مراسل كاتب "
        "مؤسس مالك عمدة زعيم زعيمة مرشد مسؤول مسئول الفريق اللواء العميد سكرتير سكرتيرة "
        "العقيد المقدم الرائد النقيب الملازم كبير كبيرة مديرة قائدة سفيرة مستشارة وكيلة "
        "محافظة مندوبة ممثلة منسقة مفوضة مبعوثة مشرفة حاكم حاكمة قائم مرشح مرشحة عضوة "
        "قاضية مراسلة كاتبة باحثة محللة خبيرة أستاذة نائبة رئيسة مؤسسة مالكة مديرية قيادي قيادية "
        "مفتى قاضى محامى"  # with ى, as some papers print a final ي: "وشدد مفتى الجمهورية"
    )
    # a director in construct only ("مخرج المسرحية"): المخرج is also a family name
    | match_keys("مخرج مخرجة")
    # the deposed (president), as papers name him alone: "ونصح المخلوع حلفاءه …"، "المخلوع صالح"
    | match_keys("المخلوع")
    # the Saudi king's title, in construct only: "خادم الحرمين الشريفين"، "خادم الحرمين: …"
    | match_keys("خادم")
    # callings, definite only, before a name: "نفت الفنانة المصرية غادة عبدالرازق، خضوعها";
    # bare, صحفي and نجم are adjectives and nouns ("مؤتمر صحفي")
    | frozenset(
        "ال" + k
        for k in match_keys(
            "فنان فنانة مطرب مطربة مغني مغنية لاعبة شاعر شاعرة إعلامي إعلامية روائي روائية "
            "مؤرخ ناشط ناشطة صحفي صحفية صحافي صحافية مصور طبيب طبيبة مهندسة محامية أكاديمي "
            "مفكر أديب أديبة نجم نجمة معلق"
        )
    )
    | match_keys(
        # kinship and counterparts, with their pronoun: "وقال نجله إدواردو"، "نظيره الألماني"
        "نجله نجلها نجل شقيقه شقيقها شقيقته ابنه ابنها ابنته زوجته زوجها والده والدته والدها "
        "أخوه أخيه أخته نظيره نظيرته نظيرها نظراؤه"
    )
    | FOREIGN_RANKS
)
# Words that make the next word part of a name (kunya and nasab): أبو طالب، بن صالح.
NAME_LINKS = frozenset(match_keys("أبو أبي أبا بن ابن بنت أم"))
# Honorifics and ranks: skipped, and a name follows them (الدكتور فلان، معالي الوزير).
HONORIFICS = _with_article(
    "معالي سعادة سمو صاحب السمو الملكي فضيلة سماحة فخامة جلالة دولة الأستاذ الدكتور د "
    "المهندس م الشيخ اللواء الفريق العميد العقيد المقدم الرائد النقيب الملازم الأمير "
    "الأميرة السيد السيدة الحاج المستشار البروفيسور البروفيسورة الأستاذة الدكتورة المهندسة الكابتن "
    "دكتور "  # bare after a rank: "العقيد دكتور عاطي القرشي"
    "أول ركن بحري طيار"  # ranks: "الفريق أول ركن"، "اللواء البحري"
) - match_keys("دولة")  # دولة alone is "state"; دولة رئيس الوزراء is rare
# Pronoun subjects made of an honorific: "وأضاف معاليه" goes on with the last speaker.
HONORIFIC_PRONOUNS = match_keys("معاليه سموه سعادته فضيلته سماحته جلالته فخامته دولته حضرته سيادته")
# Each honorific pronoun's own title words, found just before the name it refers to:
# "صاحب السمو الملكي الأمير فلان" … "سموه"، "معالي وزير الخارجية فلان" … "معاليه".
HONORED_BY = {
    match_key(pronoun): frozenset(match_keys(titles))
    for pronoun, titles in (
        ("سموه", "سمو السمو الأمير الأميرة"),
        ("معاليه", "معالي وزير الوزير"),
        ("سعادته", "سعادة"),
        ("فضيلته", "فضيلة الشيخ"),
        ("سماحته", "سماحة"),
        ("جلالته", "جلالة الملك"),
        ("فخامته", "فخامة الرئيس"),
    )
}
# Words that head an organization: "وزارة الصحة"، "أمانة محافظة الطائف"، "نادي الوحدة".
ORG_HEADS = _with_article(
    "وزارة هيئة إدارة مجلس أمانة شركة جامعة مركز مستشفى صحيفة محافظة بلدية لجنة جمعية "
    "نادي مكتب مديرية إمارة شرطة حكومة جيش قوات تحالف اتحاد منظمة حزب حركة جماعة بنك "
    "مؤسسة رئاسة سفارة قنصلية ديوان محكمة نيابة وكالة قناة موقع مجموعة صندوق برنامج "
    "مصلحة غرفة مصرف مستشفيات منتخب فريق دائرة قيادة سلطة سلطات الخطوط كلية معهد بعثة أكاديمية "
    "وفد شرطة عمادة تنظيم تلفزيون تليفزيون إذاعة قوى ائتلاف محطة حلف "
    # unions, leagues, fronts, monitors, units and cells ("أدانت نقابة الصحفيين اليمنيين …"،
    # "وأعلنت خلية الإعلام الحربي"، "وقالت قوة المهام المشتركة")
    "نقابة رابطة منتدى جبهة مرصد مفوضية كتيبة فرقة خلية قوة "
    # intelligence services: "وقالت الاستخبارات الأمريكية إن"، "وبحسب المخابرات التركية فإن"
    "استخبارات مخابرات "
    # a state's agencies: "وحذرت أجهزة الأرصاد الجوية من …"، "جهاز أمن الدولة"
    "جهاز أجهزة "
    # media networks, and two papers or channels named together ("وفق ما أوضحت شبكتا سي ان
    # ان التركية وان تي في")
    "شبكة شبكتا قناتا صحيفتا وكالتا"
) | match_keys(
    # armed and political camps, definite only ("قالت المعارضة المسلحة في سوريا إنها …"،
    # "المقاومة الشعبية"): bare, معارضة is what one voices ("أبدى الوزير معارضة شديدة");
    # the public prosecution ("وأعلن الادعاء العام في مدينة بريمن أن"), a claim when bare
    "المعارضة المقاومة الادعاء"
)
# A medium's verb with the pronoun of what it carried: "في بيان … بثته [ORG الوكالة]"،
# "وفقاً لما أوردته [ORG الوكالة]".
RELAYED_IT = match_keys("بثته بثتها نشرته نشرتها أوردته أوردتها نقلته نقلتها")
# Journalists a speaker told, with ل: never part of a title or a body's name; the definite
# ones may end a body's own name ("الاتحاد الدولي للصحفيين").
TOLD_JOURNALISTS = match_keys("لصحفيين لصحافيين لإعلاميين لمراسلين لصحفي لصحافي")
TOLD_THE_JOURNALISTS = match_keys("للصحفيين للصحافيين للإعلاميين للمراسلين")
# Nouns of place a title's or a verb's بـ complement names (مدير الشرطة بمنطقة الرياض،
# مسؤول بمدينة جدة، ندد الخطباء بمحافظة أملج): where, never what is reported.
PLACE_NOUNS = _with_article("منطقة محافظة مدينة مركز قرية حي قطاع فرع مقر ولاية مقاطعة إقليم بلدة")
# Their plurals, only after a preposition ("هطول أمطار على مناطق عسير"): places, never who speaks.
PLACE_PLURALS = _with_article("مناطق محافظات مدن مراكز قرى أحياء ولايات مقاطعات أقاليم بلدات")
# Plural heads: a group, never one named person (المسؤولون، الطلاب).
PLURAL_SOURCES = _with_article(
    "جيران مصادر مسؤولون مسؤولين مسؤولي مسئولون مسئولين مسئولي شهود سكان ناشطون ناشطين مراقبون مراقبين "
    "خبراء محللون محللين مواطنون مواطنين أهالي طلاب دبلوماسيون دبلوماسيين مختصون مختصين "
    "متخصصون متخصصين اقتصاديون اقتصاديين موظفون موظفين عاملون عاملين تجار عمال مسعفون "
    "مسعفين أطباء مصرفيون معنيون متابعون مديرو مديري مدراء صحافيون صحافيين صحفيون صحفيين "
    "محققو محققون محققين مصادرنا قياديون قياديين كوادر أسر عائلات ذوو ذوي أقارب "
    "جماعات منظمات باحثون باحثين علماء آخرون آخرين كثيرون نشطاء أعضاء زعماء قائمون "
    # media are unnamed: "ذكرت تقارير إعلامية"، "وسائل الإعلام الإسرائيلية"، "أكدت مواقع إلكترونية"
    "خطباء تقارير وسائل صحف مواقع إعلام "
    # the public: "عبرت جماهير نادي النور عن سخطها"، "وطالب مغردون"
    "جماهير جمهور مشجعون مشجعين مغردون مغردين "
    # women and students: "ودعت الوزارة الطالبات المقبولات إلى"
    "طالبات طلبة معلمات مواطنات "
    # a family speaks as one: "وقالت العائلة في بيان إن …"، "وأكدت أسرة الفقيد أن"
    "عائلة أسرة "
    # circles: "وصفت دوائر دبلوماسية ألمانية القرار"، "وقالت أوساط سياسية إن"
    "دوائر أوساط "
    # critics: "لكن منتقدين يقولون إن …"
    "منتقدون منتقدين كثيرين "
    # fighters and protesters: "وأعلن الثوار أمس سيطرتهم على المدينة"
    "ثوار مقاتلون مقاتلين متظاهرون متظاهرين محتجون محتجين "
    # a leader's men in the construct plural: "وقال مسؤولو البيت الأبيض"، "ويشير مستشارو أوباما"
    "مسؤولو مسئولو مستشارو مستشارون مستشارين مساعدو مساعدون "
    # owners: "أصحاب المنشآت طالبوا بتعويضهم"
    "أصحاب ملاك "
    # public figures: "أكدت شخصيات سياسية أردنية أن"
    "شخصيات "
    # tribes and their elders: "وناشد شيوخ قبائل مأرب قوات التحالف"، "والقبائل تناشد …"
    "شيوخ مشايخ وجهاء قبائل عشائر "
    # two of them: "أكد خبيران عسكريان واستراتيجيان أن"، "قال مسؤولان أمريكيان"
    "خبيران خبيرين مسؤولان مسئولان مصدران مصدرين شاهدان محللان دبلوماسيان ضابطان"
) | match_keys(
    "نواب "  # MPs, unnamed: "حيث هدد نواب محافظون الرئيس …" (النواب is of مجلس النواب)
    # news, unnamed: "وأكدت أنباء موثوقة توافد …" (indefinite only: "ونفى الأنباء عن …" is what
    # was denied)
    "أنباء "
    "البعض "  # some people: "لكن البعض الآخر اعتبر أنه"; bare بعض takes its group (بعض الخبراء)
    # states and governments, unnamed: "وأدانت الدول العربية والأجنبية دون استثناء الهجوم"
    # (definite only: "بوقوف دول خلف الانتخابات قال" is whom an accusation named)
    "الدول الحكومات"
)
# A singular title that, written definite, names one known person (المتحدث الأمني),
# but indefinite is an unnamed source (متحدثة عسكرية، مسؤول تركي، وقال قيادي في المقاومة).
_SOURCE_TITLES = "متحدث متحدثة مسؤول مسئول مسؤولة دبلوماسي قيادي ضابط طبيب ناشط موظف جندي جنرال مسعف"
INDEFINITE_SOURCE_TITLES = match_keys(_SOURCE_TITLES)
# Titles whose remit is told with عن: "المسؤول عن الطوارئ فلان" (after other titles عن
# starts what the speaker spoke about: "وقال الوزير عن لقائه مع فلان").
ANSWERABLE = _with_article("مسؤول مسئول مسؤولة")
# Nouns that open what أكد/أعلن report without a verbal noun's shape (``أكد محللون أهمية
# الزيارة``): never part of a subject or a source phrase.
OBJECT_NOUNS = match_keys("ضرورة أهمية حرص دعم رفض عزم سعي مقتل مصرع")  # "أعلنت مصادر رسمية مقتل …"
# Deaths and killings: the tagger sometimes takes one into a name ("[ORG استشهاد الحربي] بالقطيف
# يكشف …"), which then names what happened and never speaks.
DEATHS = match_keys("استشهاد مقتل مصرع وفاة اغتيال")
# Unnamed sources: "مصدر مسؤول"، "مسؤول تركي"، "شهود عيان"، "المسؤولون في المستشفى": every
# plural head, the indefinite titles and a few other singular ones.
SOURCE_HEADS = PLURAL_SOURCES | _with_article(
    # "وأوضح عدد من جيران المبنى أن"، "وقال بضعة دبلوماسيين": a number of them, unnamed;
    # one person the paper does not name: "وقالت سيدة عانت نفس المشكلة إن"، "وأكد راكب آخر أن";
    # the paper's or the agency's own man: "وكان مراسلنا قد أفاد"، "وقال مراسلها في بغداد"
    _SOURCE_TITLES + " مصدر شاهد شاهدة عدد بضعة مواطن مواطنة سيدة امرأة مقيم راكب مراسلنا مراسلتنا مراسلها"
    " مندوبنا موفدنا"
    # a worker at the scene: "بينما قال عامل إسعاف إن «…»"
    " عامل"
)


def plural_group(key: str) -> bool:
    """Whether a word (a match key) names a group of people: a listed plural
    (``PLURAL_SOURCES``: المسؤولون، الأسر) or the sound plural of a participle, which
    papers use for unnamed groups (``وقال متضررون``، ``المتظاهرين``): م…ون, or مت…ين /
    مست…ين (not ملايين، ميادين, which are plurals of things), or the plural of a nisba
    (``اقتصاديون``، ``اليمنيين``; not التلفزيون).

    Example:
        >>> keys = ("متضررون", "المتظاهرين", "الاسر", "اقتصاديون", "ملايين", "ميمون", "التلفزيون")
        >>> [plural_group(k) for k in keys]
        [True, True, True, True, False, False, False]
    """
    if key in PLURAL_SOURCES:
        return True
    stem = key[2:] if key.startswith("ال") else key
    if (
        len(stem) >= 6
        and stem.endswith(("يون", "يين"))
        and stem[-4] != "ا"  # ملايين: a broken plural of a thing
        and not key.startswith(("لل", "بال", "وال", "فال", "كال"))  # "وقال للصحفيين": to them
        and stem not in _NOT_NISBA_PLURALS
    ):
        return True  # a nisba's plural: "وقال اقتصاديون"، "أكاديميون"، "اليمنيون"
    if len(stem) < 6 or not stem.startswith("م"):
        return False
    return stem.endswith("ون") or (stem.endswith("ين") and stem.startswith(("مت", "مست")))


# Words ending like a nisba's plural that name one thing: the television.
_NOT_NISBA_PLURALS = match_keys("تلفزيون تليفزيون")


# "One of them" goes on with the last (unnamed) group: "وقال أحدهم"; after a named speaker
# it is a group of its own, unnamed ("ونقلت مواقع الشائعات، إذ أفاد بعضها بأن").
ONE_OF_THEM = match_keys("أحدهم إحداهن أحدهما بعضهم بعضها")
# Words that end a subject phrase: time words, adverbs, prepositions standing alone.
# Words of time: a day, a part of the day ("قال الوزير اليوم"، "، اليوم السبت،").
TIME_WORDS = match_keys(
    "اليوم أمس الليلة صباح مساء ظهر فجر الأحد الاثنين الإثنين الثلاثاء الأربعاء الخميس الجمعة السبت "
    "يوم"  # "أعلنت رئيسة اتحاد جمعيات الصحافيين الإسبان يوم الثلاثاء": the day ends her title
)
PHRASE_STOPS = TIME_WORDS | match_keys(
    "في على من عن إلى مع لدى عبر خلال أثناء اثناء أمام بعد قبل عقب حول تجاه نحو عند منذ "
    "أيضا كذلك رسميا مجددا حاليا لاحقا مؤخرا سابقا أخيرا بدوره بدورها جدا تماما فقط دائما "
    "الذي التي الذين اللذين قائلا قائلة وقال وقالت كما إذ حيث ثم ل ب لـ كل جميع "
    "قوله قولها قولهم قولهما"  # "نقل عن الوزير قوله"
)
# Name particles kept inside a name: "محمد بن نايف"، "آل الشيخ"، "أبو طالب".
NAME_PARTICLES = match_keys("بن ابن بنت آل أبو أبي أم عبد")
# Common first names, so a name right after a title is told from the title's own
# words ("وزير الخارجية سامي …" but "رئيس وزراء باكستان"), and given names that start
# with ب/ل are not read as prepositional complements ("مدير الإدارة بندر …").
FIRST_NAMES = match_keys(
    "محمد أحمد محمود مصطفى عبدالله عبدالرحمن عبدالعزيز عبدالملك عبدالمجيد عبدالكريم "
    "عبداللطيف عبدالرحيم عبدالمحسن عبدالإله عبدالسلام عبدالحميد عبدالوهاب عبدالفتاح علي "
    "حسن حسين خالد سعد سعود سعيد فهد فيصل سلطان سلمان نايف ماجد منصور ناصر بندر بدر تركي "
    "مشعل متعب طلال وليد يوسف إبراهيم إسماعيل عمر عثمان حمد حمود صالح سليمان سالم سامي "
    "عادل عبدالرزاق ياسر ياسين هشام هاني حازم حاتم زياد جمال كمال نبيل نواف راشد رشيد "
    "زايد طارق عماد عصام عمرو إياد أيمن أسامة أنور باسم بشير بسام بكر بلال ثامر جابر "
    "جاسم جلال حامد حمزة خليل داود رائد رامي زكي سامر سمير شريف شاكر صلاح ضيف طه عاطف "
    "عامر عبدو عدنان علاء عيسى غازي غسان فارس فاضل فريد فؤاد قاسم لؤي مازن مالك مجدي "
    "مراد مروان معاذ مهدي موسى مؤمن نادر نزار نعيم هادي هيثم وائل وحيد يحيى يونس "
    "فاطمة عائشة مريم نورة سارة هند ليلى لبنى منى هدى سلمى أمل ريم دانة لطيفة بثينة "
    "مها رنا سعاد سميرة نادية هالة حنان عبير "
    # with the hamza on its seat, which the key keeps apart from ي: نائف is not نايف
    "نائف فائز عائض هائل نائل فائق سائد"
)


def formulas(*written: str) -> tuple[tuple[str, ...], ...]:
    """Each written formula as the tuple of its words' match keys."""
    return tuple(tuple(match_key(w) for w in formula.split()) for formula in written)


# Blessings written after a holy or departed name: "النبي صلى الله عليه وسلم"، "موسى عليه
# السلام"، "الملك عبدالله رحمه الله". They belong to no name, and after قال they mark a
# citation (a hadith), not a report. Longest first, so that a shorter one never cuts a longer.
EULOGIES = formulas(
    "صلى الله عليه وسلم",
    "عليه الصلاة والسلام",
    "عليه أفضل الصلاة والسلام",
    "رضي الله عنهما",
    "رضي الله عنهم",
    "رضي الله عنها",
    "رضي الله عنه",
    "عليها السلام",
    "عليه السلام",
    "رحمها الله",
    "رحمه الله",
)
# Blessings written after a living ruler's name or pronoun: "وأكد سموه – حفظه الله –
# اعتزاز …"، "الملك سلمان أيده الله". Like EULOGIES they belong to no name, but they cite
# nothing: "وقال حفظه الله:" reports the king's words.
LIVING_BLESSINGS = formulas(
    "حفظه الله",
    "حفظها الله",
    "حفظهم الله",
    "يحفظه الله",
    "أيده الله",
    "أيدها الله",
    "رعاه الله",
    "وفقه الله",
    "سلمه الله",
)
# "The same" after a noun: "بحسب المصدر نفسه"، "وأفادت المصادر ذاتها".
SAME = match_keys("نفسه نفسها ذاته ذاتها")
# Words that name the Prophet as the subject of قال: a hadith cited, not a report.
PROPHET = match_keys("النبي الرسول رسول نبينا المصطفى")


_EULOGY_FIRST = frozenset(formula[0] for formula in EULOGIES)
_LIVING_FIRST = frozenset(formula[0] for formula in LIVING_BLESSINGS)


def eulogy_at(keys: Sequence[str], k: int) -> int:
    """The number of words of a blessing (:data:`EULOGIES`) starting at ``keys[k]``, else 0.

    Example:
        >>> eulogy_at(["النبي", "صلى", "الله", "عليه", "وسلم", "قال"], 1)
        4
    """
    return _formula_from(_EULOGY_FIRST, EULOGIES, keys, k)


def blessing_at(keys: Sequence[str], k: int) -> int:
    """The number of words of a blessing of the dead (:func:`eulogy_at`) or of the living
    (:data:`LIVING_BLESSINGS`) starting at ``keys[k]``, else 0.

    Example:
        >>> blessing_at(["سموه", "حفظه", "الله", "اعتزاز"], 1), blessing_at(["حفظ", "الأمن"], 0)
        (2, 0)
    """
    return eulogy_at(keys, k) or _formula_from(_LIVING_FIRST, LIVING_BLESSINGS, keys, k)


def _formula_from(
    first: frozenset[str], written: Sequence[tuple[str, ...]], keys: Sequence[str], k: int
) -> int:
    """:func:`formula_at`, looked up by the formulas' first words ``first``: every word of
    every sentence is asked, and most start no formula."""
    if k >= len(keys) or keys[k] not in first:
        return 0
    return formula_at(written, keys, k)


def formula_at(written: Sequence[tuple[str, ...]], keys: Sequence[str], k: int) -> int:
    """The length of the first of the formulas ``written`` (:func:`formulas`) at ``keys[k]``,
    else 0."""
    return next((len(f) for f in written if tuple(keys[k : k + len(f)]) == f), 0)


# A state's head before its name: "بمملكة [GPE النرويج]"، "جمهورية [GPE مصر]".
STATE_HEADS = match_keys("مملكة دولة جمهورية إمارة سلطنة")
# Documents that "say" on behalf of their author: "وتابعت الوثائق"، "وأضاف البيان".
DOCUMENT_NOUNS = _with_article("البيان بيان الوثائق وثائق التقرير تقرير الرسالة الخطاب الدراسة")
# "في بيان صادر عن الوزارة": the word between a document and its author's عن.
ISSUED = match_keys("صادر الصادر صدر")  # "بيان صادر عن الوزارة"، "بيان صحافي صدر عن المنظمة"


def masdar_shape(key: str) -> bool:
    """Whether an indefinite word has the shape of a verbal noun, what "أكد"/"أعلن" take
    as their object: استفعال (استمرار), تفعيل (تنديد), تفاعل (تضامن), إفعال/افتعال/انفعال
    (إطلاق، اعتقال، انطلاق), فعول (وقوف، دخول), or a listed one (ضرورة، أهمية، دعم). Titles
    and bodies have other shapes (خادم الحرمين، مغني الراب، محافظات المنطقة)."""
    return (
        key in OBJECT_NOUNS
        or (len(key) >= 6 and key.startswith("است"))
        or (len(key) == 5 and key[0] == "ت" and key[3] == "ي")
        or (len(key) == 5 and key[0] == "ت" and key[2] == "ا")
        or (len(key) in (5, 6) and key[0] == "ا" and key[-2] == "ا")
        or (len(key) == 4 and key[2] == "و")
    )
