/* language.c — foreign-language detection: cld2's verdict, confirmed by function words
 * (see language.h). */
#include "gateway/order/language.h"
#include "gateway/order/language_internal.h"

#include <string.h>

enum {
    /* cld2 must give its top language at least this share of the text: lower shares are
     * mixed messages, which English handling copes with best. */
    LANGUAGE_PERCENT_MIN = 80,
    /* Function-word evidence a foreign verdict needs: a strong word counts 2, a weak one 1;
     * 3 with at least one strong word ("vorrei due patatine"), else 4 weak words ("dos
     * tacos de asada y una horchata"), since three weak ones are a dish-name list ("agua
     * fresca de jamaica y de sandia"). */
    LANGUAGE_EVIDENCE_MIN = 3,
    LANGUAGE_EVIDENCE_WEAK_MIN = 4,
    LANGUAGE_EVIDENCE_ALONE_MIN = 3, /* without cld2's verdict (language_by_words_alone) */
    LANGUAGE_DISTINCT_WEAK_MIN = 3,  /* different weak words that pass with cld2's verdict */
    LANGUAGE_DISTINCT_MAX = 8,
    /* the least evidence any verdict asks for (language_may_be_foreign) */
    LANGUAGE_EVIDENCE_ANY_MIN = LANGUAGE_EVIDENCE_ALONE_MIN < LANGUAGE_EVIDENCE_MIN
                                    ? LANGUAGE_EVIDENCE_ALONE_MIN
                                    : LANGUAGE_EVIDENCE_MIN,
};
_Static_assert(LANGUAGE_EVIDENCE_WEAK_MIN >= LANGUAGE_EVIDENCE_MIN, "the weak case asks more");

/* The entry of list equal to word, or NULL. */
static const char *language_entry(const char *const *list, const char *word)
{
    for (; *list; list++) /* testing the first two bytes first: faster than strcmp alone */
        if ((*list)[0] == word[0] && (*list)[1] == word[1] && strcmp(*list, word) == 0)
            return *list;
    return NULL;
}

static bool language_listed(const char *const *list, const char *word)
{
    return language_entry(list, word) != NULL;
}

/* Is language_lists[l] one whose verdict is cld2's, confirmed by its function words (all but
 * Hindi in Latin letters, language_internal.h)? */
static bool language_by_cld2(unsigned l)
{
    return LANGUAGE_BY_CLD2_MASK >> l & 1;
}

enum { LANGUAGE_WORD_BYTES = LANGUAGE_WORD_MAX + 1 }; /* the longest listed word and its NUL */

/* Copies w[0..len) NUL-terminated into word (LANGUAGE_WORD_BYTES); false when it is empty or
 * too long to be any listed word. */
static bool language_word(const char *w, size_t len, char word[LANGUAGE_WORD_BYTES])
{
    if (len == 0 || len >= LANGUAGE_WORD_BYTES)
        return false;
    memcpy(word, w, len);
    word[len] = '\0';
    return true;
}

bool order_language_english_word(const char *w, size_t len)
{
    char word[LANGUAGE_WORD_BYTES];
    return language_word(w, len, word) && language_marks_of(word).english; /* one probe */
}

static const struct language_words *language_find(const char *code);

bool order_language_word_of(const char *code, const char *w, size_t len)
{
    char word[LANGUAGE_WORD_BYTES];
    const struct language_words *l = language_find(code);
    if (!l || !language_word(w, len, word))
        return false;
    struct language_marks m = language_marks_of(word); /* one probe, not three list scans */
    return !m.english && ((m.strong | m.weak) >> (l - language_lists) & 1);
}

bool order_language_strong_of(const char *code, const char *w, size_t len)
{
    char word[LANGUAGE_WORD_BYTES];
    const struct language_words *l = language_find(code);
    if (!l || !language_word(w, len, word))
        return false;
    struct language_marks m = language_marks_of(word);
    return !m.english && (m.strong >> (l - language_lists) & 1);
}

const char *order_language_code(size_t i)
{
    return i < LANGUAGE_MATCH_FORM ? language_lists[i].code : NULL;
}

bool order_language_count(const char *code, const char *w, size_t len)
{
    char word[LANGUAGE_WORD_BYTES];
    const struct language_words *l = language_find(code);
    return l && language_word(w, len, word) && language_listed(l->counts, word);
}

const char *const *order_language_please(const char *code)
{
    const struct language_words *l = language_find(code);
    static const char *const none[] = {NULL};
    return l ? l->please : none;
}

const char *order_language_and(const char *code)
{
    const struct language_words *l = language_find(code);
    return l ? l->and_word : "";
}

bool order_language_function_word(const char *w, size_t len)
{
    char word[LANGUAGE_WORD_BYTES];
    if (!language_word(w, len, word))
        return false;
    struct language_marks m = language_marks_of(word); /* one probe, not a scan of each list */
    /* the languages cld2 reads: a Hindi word counts only beside a strong Hindi word
     * (language_hindi_latin.c), as alone "ko", "ek", "do" are English slips or words */
    return !m.english && ((m.strong | m.weak) & LANGUAGE_BY_CLD2_MASK);
}

/* Weak words that say nothing of a sentence's grammar: counts ("tres leches", "dos al
 * pastor") and the greetings and thanks English borrows. */
static const char *const language_not_grammar[] = {
    "dos",      "tres",     "cuatro",   "zwei",    "drei",   "vier",         "deux",
    "trois",    "due",      "tre",      "quattro", "dois",   "duas",         "três",
    "twee",     "drie",     "gracias",  "hola",    "danke",  "hallo",        "merci",
    "bonjour",  "bonsoir",  "salut",    "grazie",  "ciao",   "buongiorno",   "buonasera",
    "obrigado", "obrigada", "olá",      "ola",     "dank",   "dwa",          "dwie",
    "trzy",     "iki",      "üç",       "merhaba", "selam",  "cześć",        "mille",
    "två",      "fyra",     "fem",      "hej",     "tack",   "dankeschön",   "dankeschoen",
    "tschüss",  "tschüs",   "tschuess", "спасибо", "привет", "здравствуйте", "пожалуйста",
    "cảm",      "ơn",       "xin",      "chào",    "tạm",    "biệt",         "valeu",
    "tchau",    NULL,
};

struct language_count {
    int foreign_words; /* tokens that are function words of the candidate language only */
    int english_words; /* tokens that are English function words only */
    int strong_words;  /* of foreign_words, the strong ones */
    int accented;      /* words of no list written with the language's accents ("épicé") */
    int strong_long;   /* strong words of three letters or more: "mi", "ma" are texting too */
    int evidence;      /* strong foreign words count 2, weak ones 1 */
    int words;         /* every word of the text */
    int distinct_weak; /* different weak words of grammar among them (not counts, not
                        * greetings: language_not_grammar), up to LANGUAGE_DISTINCT_MAX */
    const char *weak_seen[LANGUAGE_DISTINCT_MAX];
    const char *first_listed; /* the entry of the first foreign word */
    bool varied;              /* a foreign word other than the first, or a greeting or count */
};

/* Is the text made only of the language's own words, none English, and more than one word
 * said over ("grazie mille") or a greeting, thanks or count ("gracias!", "bedankt!")? One
 * word alone or said over ("vi", "har har har") is as often an English abbreviation or
 * laughter. */
static bool language_all_listed(const struct language_count *c)
{
    return c->words > 0 && c->foreign_words == c->words && c->varied;
}

/* 1 when the word is written with the accents of language l and no list holds it ("épicé";
 * not "è", an Italian word of its own), else 0: see language_accents.c. */
static int language_accent_evidence(const char *word, unsigned l)
{
    if (!(language_accented_in(word) >> l & 1))
        return 0;
    struct language_marks m = language_marks_of(word);
    return !m.english && !m.strong && !m.weak;
}

static void language_count_word(const struct language_words *l, const char *word,
                                struct language_count *c)
{
    const char *weak = language_entry(l->weak, word);
    int weight = language_listed(l->strong, word) ? 2 : weak ? 1 : 0;
    bool english = language_listed(language_en, word);
    if (weight && english)
        return;
    c->accented += language_accent_evidence(word, (unsigned)(l - language_lists));
    if (weight == 1 && !language_listed(language_not_grammar, word)) {
        bool seen = false;
        for (int i = 0; i < c->distinct_weak; i++)
            seen = seen || c->weak_seen[i] == weak;
        if (!seen && c->distinct_weak < LANGUAGE_DISTINCT_MAX)
            c->weak_seen[c->distinct_weak++] = weak;
    }
    if (english)
        c->english_words++;
    if (weight) {
        const char *entry = weak ? weak : language_entry(l->strong, word);
        if (!c->first_listed)
            c->first_listed = entry;
        /* a thanks that is a strong word of the language ("bedankt", "dziękuję") says as
         * much as one English borrows ("gracias") */
        c->varied = c->varied || entry != c->first_listed ||
                    (weak && language_listed(language_not_grammar, word)) ||
                    (weight == 2 && language_marks_of(word).courtesy);
        c->foreign_words++;
        c->strong_words += weight == 2;
        c->strong_long += weight == 2 && strlen(word) >= 3;
        c->evidence += weight;
    }
}

/* The "¿" and "¡" of s[0..len): Spanish punctuation no English text uses, each a strong word
 * of its own. Both are 0xC2 and a second byte, found by memchr: most texts hold no 0xC2. */
static int language_inverted_marks(const unsigned char *s, size_t len)
{
    int n = 0;
    for (const unsigned char *p = s, *end = s + len; p + 1 < end; p++) {
        p = memchr(p, 0xC2, (size_t)(end - 1 - p));
        if (!p)
            break;
        if (p[1] == 0xBF || p[1] == 0xA1) {
            n++;
            p++;
        }
    }
    return n;
}

/* Counts the function words of l and of English in text[0..len). */
static struct language_count language_count(const struct language_words *l, const char *text,
                                            size_t len)
{
    struct language_count c;
    memset(&c, 0, sizeof(c));
    const unsigned char *s = (const unsigned char *)text;
    char word[LANGUAGE_WORD_MAX + 1], before[LANGUAGE_WORD_MAX + 1] = "";
    size_t at = 0;
    bool fits;
    while (language_next_word(s, len, &at, word, &fits)) {
        c.words++;
        /* a word said again right after itself ("har har har") is laughter or emphasis,
         * no grammar: it counts once */
        if (fits && strcmp(word, before) != 0)
            language_count_word(l, word, &c);
        memcpy(before, fits ? word : "", fits ? strlen(word) + 1 : 1);
    }
    if (strcmp(l->code, "es") != 0)
        return c;
    int inverted = language_inverted_marks(s, len);
    c.foreign_words += inverted;
    c.strong_words += inverted;
    c.evidence += 2 * inverted;
    return c;
}

/* Could any verdict of order_language_foreign find text foreign, whatever cld2 said? Each
 * needs one language whose words are the whole text, or whose evidence reaches the least any
 * verdict asks with more than twice as many of its words as English ones: the counts of
 * language_count, for every language in one scan. When none can, cld2 is not asked (it is
 * most of the time the detection takes, on an English message). Counts the Hindi words of
 * the text into hindi on the way, and sets *courtesy when a word is a courtesy. */
static bool language_may_be_foreign(const char *text, size_t len,
                                    struct language_hindi_count *hindi, bool *courtesy)
{
    int foreign[LANGUAGE_LISTED] = {0}, english[LANGUAGE_LISTED] = {0};
    int evidence[LANGUAGE_LISTED] = {0}, words = 0, english_only = 0;
    const unsigned char *s = (const unsigned char *)text;
    char word[LANGUAGE_WORD_MAX + 1];
    size_t at = 0;
    bool fits;
    while (language_next_word(s, len, &at, word, &fits)) {
        words++;
        struct language_marks m = fits ? language_marks_of(word) : (struct language_marks){0};
        if (fits) /* the same marks count Hindi, asked when this finds nothing */
            language_hindi_count_word(hindi, word, m);
        *courtesy = *courtesy || m.courtesy; /* as order_language_courtesy_in */
        /* an accented word of no list, evidence beside a strong word (language_accents.c) */
        uint16_t accented =
            fits && !m.english && !m.strong && !m.weak ? language_accented_in(word) : 0;
        uint16_t listed = (m.strong | m.weak) & LANGUAGE_BY_CLD2_MASK;
        if (!listed && !accented) { /* most words: English for every language, or nothing */
            english_only += m.english;
            continue;
        }
        for (unsigned l = 0; l < LANGUAGE_LISTED; l++) {
            if (!language_by_cld2(l))
                continue; /* Hindi: counted by language_hindi_count_word above */
            int weight = m.strong >> l & 1 ? 2 : m.weak >> l & 1 ? 1 : 0;
            if (weight && m.english)
                continue; /* spelt alike in both: no evidence either way */
            evidence[l] += accented >> l & 1;
            english[l] += m.english;
            foreign[l] += weight > 0;
            evidence[l] += weight;
        }
    }
    int inverted = language_inverted_marks(s, len); /* Spanish "¿" and "¡", as language_count */
    for (unsigned l = 0; inverted && l < LANGUAGE_LISTED; l++)
        if (strcmp(language_lists[l].code, "es") == 0) {
            foreign[l] += inverted;
            evidence[l] += 2 * inverted;
        }
    for (unsigned l = 0; l < LANGUAGE_LISTED; l++)
        if (language_by_cld2(l) &&
            ((words > 0 && foreign[l] == words) || (evidence[l] >= LANGUAGE_EVIDENCE_ANY_MIN &&
                                                    foreign[l] > 2 * (english[l] + english_only))))
            return true;
    return false;
}

static const struct language_words *language_find(const char *code)
{
    /* a code from order_language_code is the list's own string: told by its address first,
     * as the readers that try every language ask once per language */
    for (size_t i = 0; i < sizeof language_lists / sizeof language_lists[0]; i++)
        if (language_lists[i].code == code)
            return &language_lists[i];
    for (size_t i = 0; i < sizeof language_lists / sizeof language_lists[0]; i++)
        if (strcmp(language_lists[i].code, code) == 0)
            return &language_lists[i];
    return NULL;
}

/* Does text[0..len) hold an English function word that no listed language spells too
 * ("the", "please")? Then every language counts it as English and none passes alone: one
 * scan instead of one per language. */
static bool language_english_unshared(const char *text, size_t len)
{
    char word[LANGUAGE_WORD_MAX + 1];
    size_t at = 0;
    bool fits;
    while (language_next_word((const unsigned char *)text, len, &at, word, &fits)) {
        if (!fits || !language_listed(language_en, word))
            continue;
        bool shared = false;
        for (unsigned l = 0; l < LANGUAGE_LISTED && !shared; l++)
            shared = language_by_cld2(l) && (language_listed(language_lists[l].strong, word) ||
                                             language_listed(language_lists[l].weak, word));
        if (!shared)
            return true;
    }
    return false;
}

/* A verdict from function words alone, for texts too short for cld2: the evidence of one
 * language at least LANGUAGE_EVIDENCE_ALONE_MIN with a strong word, no English word (unless
 * two strong words and most words are that language's), and no other language as strong. */
static bool language_by_words_alone(const char *text, size_t len,
                                    char code[ORDER_LANGUAGE_CODE_MAX])
{
    bool english = language_english_unshared(text, len);
    const struct language_words *best = NULL;
    int best_evidence = 0;
    bool tie = false;
    for (unsigned i = 0; i < LANGUAGE_LISTED; i++) {
        if (!language_by_cld2(i))
            continue;
        const struct language_words *l = &language_lists[i];
        struct language_count c = language_count(l, text, len);
        /* beside a strong word of three letters or more ("mi café latte" is English texting), a
         * word written with the language's accents ("C'est épicé?") */
        if (c.strong_long)
            c.evidence += c.accented;
        /* a strong word, or three different weak ones ("un burrito california y una
         * horchata grande"), and not one English word */
        bool weak_grammar = c.distinct_weak >= LANGUAGE_DISTINCT_WEAK_MIN;
        /* "gracias!!", "grazie mille": every word is one of the language's own, none English */
        bool all_listed = language_all_listed(&c);
        /* "oye me das 2 de asada y 1 de pastor, for pickup plz": two strong words and most of
         * the words the language's own; the English is a tail borrowed after it */
        bool mostly = c.strong_words >= 2 && c.foreign_words > 3 * c.english_words;
        if (!all_listed &&
            ((c.strong_words == 0 && !weak_grammar) ||
             ((english || c.english_words > 0) && !mostly) ||
             c.evidence < (c.strong_words ? LANGUAGE_EVIDENCE_ALONE_MIN : LANGUAGE_EVIDENCE_MIN)))
            continue;
        if (c.evidence > best_evidence) {
            best = l;
            best_evidence = c.evidence;
            tie = false;
        } else if (c.evidence == best_evidence) {
            tie = true;
        }
    }
    if (!best || tie)
        return false;
    memcpy(code, best->code, strlen(best->code) + 1);
    return true;
}

bool order_language_foreign(const char *text, size_t len, char code[ORDER_LANGUAGE_CODE_MAX])
{
    code[0] = '\0';
    if (len > ORDER_LANGUAGE_SCAN_MAX) {
        len = ORDER_LANGUAGE_SCAN_MAX;
        while (len > 0 && ((unsigned char)text[len] & 0xC0) == 0x80)
            len--; /* back to the start of a UTF-8 sequence, so the prefix stays valid */
    }
    /* "채식 메뉴 있어요?": no list reads a script English is never written in */
    if (order_language_script(text, len, code))
        return true;
    struct language_hindi_count hindi = {0, 0, 0, 0, 0};
    bool courtesy = false;
    bool may_be_foreign = language_may_be_foreign(text, len, &hindi, &courtesy);
    /* "merci, à plus tard": a set phrase of leave-taking, too short for either test below. It
     * needs a courtesy word, which the scan has looked for: most texts hold none */
    enum { LANGUAGE_WISH_BYTES_MAX = 64 }; /* a wish alone ("Bonne journée 😊") is short */
    if ((courtesy || len <= LANGUAGE_WISH_BYTES_MAX) &&
        order_language_courtesies_alone(text, len, courtesy, code))
        return true;
    if (order_language_particle_question(text, len, code))
        return true; /* "Cay không?": a particle closes the question (language_particle.c) */
    if (!may_be_foreign)
        return language_hindi_verdict(&hindi, code); /* language_hindi_latin.c */
    struct order_language_guess guess;
    if (!order_language_cld2_guess(text, len, &guess))
        return false; /* not valid UTF-8, or cld2 could not read it */
    if (!guess.reliable || guess.percent < LANGUAGE_PERCENT_MIN)
        /* too short for cld2 ("Ciao, il Side Salad è piccante?"): the function words alone,
         * more of them and not one English word */
        return language_by_words_alone(text, len, code);
    const struct language_words *guessed = language_find(guess.code);
    if (!guessed || !language_by_cld2((unsigned)(guessed - language_lists)))
        /* English read for sure; a language not listed (nor Hindi, which cld2 reads in
         * Devanagari only) is often a listed one's neighbour on a short text ("me pones
         * cinco" read as Galician): its function words decide */
        return strcmp(guess.code, "en") != 0 && language_by_words_alone(text, len, code);
    /* cld2 confuses the Romance languages on short texts ("quisiera pedir cinco por favor"
     * reads as Portuguese): its guess says "one of these, not English"; the function words
     * say which, its own guess first when it passes. */
    const struct language_words *best = NULL;
    int best_evidence = 0;
    for (unsigned i = 0; i < LANGUAGE_LISTED; i++) {
        if (!language_by_cld2(i))
            continue;
        const struct language_words *l = &language_lists[i];
        struct language_count c = language_count(l, text, len);
        if (c.strong_long) /* as language_by_words_alone */
            c.evidence += c.accented;
        /* three different weak words are grammar ("un burrito california y una horchata");
         * a dish name repeats its one linking word ("agua fresca de jamaica y de sandia") */
        int needed = c.strong_words ||
                             (c.distinct_weak >= LANGUAGE_DISTINCT_WEAK_MIN && c.english_words == 0)
                         ? LANGUAGE_EVIDENCE_MIN
                         : LANGUAGE_EVIDENCE_WEAK_MIN;
        bool all_listed = language_all_listed(&c); /* "grazie mille" */
        if (!all_listed && (c.evidence < needed || c.foreign_words <= 2 * c.english_words))
            continue;
        int evidence = c.evidence + (strcmp(l->code, guess.code) == 0 ? 1 : 0);
        if (evidence > best_evidence) {
            best = l;
            best_evidence = evidence;
        }
    }
    if (!best)
        return false;
    memcpy(code, best->code, strlen(best->code) + 1);
    return true;
}

/* Verbs of wanting, asking for and getting ("quiero", "möchte", "vorrei", "kan ik ...
 * bestellen"), and the modals that open a request ("posso avere", "kann ich"): the words a
 * foreign order is built on; for Hindi in Latin letters (language_hindi_latin.c), "chahiye"
 * wanted and "dena" give. */
static const char *const language_request[] = {
    "quiero",
    "queremos",
    "quisiera",
    "gustaría",
    "gustaria",
    "pedir",
    "dame",
    "ponme",
    "deme",
    "da",
    "das",
    "puedo",
    "podría",
    "podria",
    "necesito",
    "möchte",
    "moechte",
    "möchten",
    "hätte",
    "haette",
    "hätten",
    "könnte",
    "koennte",
    "könnten",
    "koennten",
    "pourrais",
    "pourriez",
    "potrei",
    "potremmo",
    "nehme",
    "nehmen",
    "bestellen",
    "bekomme",
    "kann",
    "können",
    "voudrais",
    "voudrait",
    "voulons",
    "aimerais",
    "prendrai",
    "prends",
    "prendre",
    "commander",
    "veux",
    "puis",
    "vorrei",
    "vorremmo",
    "volevo",
    "prendo",
    "prendiamo",
    "ordinare",
    "posso",
    "possiamo",
    "queria",
    "quero",
    "gostaria",
    "gostaríamos",
    "pode",
    "podem",
    "wil",
    "willen",
    "graag",
    "kan",
    "kunnen",
    "mag",
    "neem",
    "nemen",
    "pones",
    "pone",
    "peux",
    "pouvez",
    "fate",
    "fai",
    "dai",
    "puede",
    "puedes",
    "pueden",
    "podrían",
    "podrian",
    "preparar",
    "traes",
    "trae",
    "traen",
    "vilja",
    "vill",
    "beställa",
    "skulle",
    "vê",
    "dá",
    "traz",
    "chahiye",
    "chahie",
    "chaiye",
    "chahiya",
    "chahte",
    "chahta",
    "chahti",
    "dena",
    "dedo",
    "dijiye",
    "dijie",
    "dijiyega",
    "bhejo",
    "regalas",
    "regala",
    "regalan",
    "хочу",
    "хотим",
    "хотел",
    "хотела",
    "хотели",
    "можно",
    "дайте",
    "дай",
    "закажу",
    "заказать",
    "cho",
    "muốn",
    "lấy",
    /* Tagalog: "gusto ko ...", "pwede po ba ...", "pabili ..." */
    "gusto",
    "pwede",
    "puwede",
    "pabili",
    /* Turkish and Polish: "… alabilir miyim?", "… istiyorum", "chciałbym …", "poproszę …" */
    "istiyorum",
    "istiyoruz",
    "isterim",
    "isteriz",
    "alabilir",
    "alabilirim",
    "alabiliriz",
    "chcę",
    "chce",
    "chciałbym",
    "chciałabym",
    "chcielibyśmy",
    "poproszę",
    "poprosze",
    "zamówić",
    "zamowic",
    NULL,
};

/* Greetings, thanks, apologies, farewells and wishes for a day: a message of them alone is a
 * pleasantry ("lo siento", "scusate" after saying one is late, "feliz cinco de mayo",
 * "frohe Ostern"). */
const char *const language_courtesy[] = {
    "hola",
    "gracias",
    "adiós",
    "adios",
    "buenas",
    "buenos",
    "danke",
    "hallo",
    "tschüss",
    "merci",
    "bonjour",
    "bonsoir",
    "salut",
    "revoir",
    "bientôt",
    "grazie",
    "ciao",
    "buongiorno",
    "buonasera",
    "arrivederci",
    "obrigado",
    "obrigada",
    "olá",
    "ola",
    "oi",
    "bedankt",
    "dank",
    "dag",
    "doei",
    "straks",
    "scusate",
    "scusa",
    "scusi",
    "siento",
    "perdón",
    "perdon",
    "desculpa",
    "desculpe",
    "entschuldigung",
    "désolé",
    "desole",
    "feliz",
    "felices",
    "joyeux",
    "frohe",
    "frohes",
    "hej",
    "tack",
    "hejdå",
    "dankeschön",
    "dankeschoen",
    "wiedersehen",
    "tschüs",
    "tschuess",
    "später",
    "spaeter",
    "shukriya",
    "dhanyavad",
    "dhanyawad",
    "namaste",
    "namaskar",
    "спасибо",
    "привет",
    "здравствуйте",
    "cảm",
    "chào",
    "tạm",
    "biệt",
    "valeu",
    "tchau",
    /* Tagalog thanks */
    "salamat",
    /* Polish and Turkish thanks and greetings */
    "dziękuję",
    "dziekuje",
    "dzięki",
    "dzieki",
    "cześć",
    "czesc",
    "teşekkürler",
    "tesekkurler",
    "teşekkür",
    "tesekkur",
    "sağol",
    "sagol",
    "merhaba",
    "selam",
    NULL,
};

/* Past forms of being and words of an earlier day: a statement of them reports what
 * happened to an order ("Meine Bestellung gestern war kalt"), it orders nothing. */
static const char *const language_past[] = {
    "war",  "waren", "gestern",    "fehlte",      "fehlten",     "fue",         "fueron",  "estuvo",
    "ayer", "era",   "erano",      "ieri",        "stato",       "stata",       "était",   "etait",
    "hier", "foi",   "foram",      "estava",      "ontem",       "gisteren",    "wczoraj", "był",
    "była", "było",  "dün",        "geçen",       "igår",        "вчера",       "был",     "была",
    "было", "были",  "понравился", "понравилась", "понравилось", "понравились", NULL,
};

/* Cancelling an order, being late, an order that has not arrived and the hours the place
 * keeps: a message with one is about an order already placed, its pickup or the shop,
 * never a new one ("Quiero cancelar mi pedido", "Vou chegar atrasado", "Mi pedido no ha
 * llegado", "¿A qué hora abren?"). */
static const char *const language_other[] = {
    "cancelar", "cancela",    "cancele",    "stornieren",  "storniere",   "storno",
    "annuler",  "annule",     "annullare",  "annulla",     "anuluj",      "anulować",
    "anulowac", "annuleren",  "iptal",      "atrasado",    "atrasada",    "retraso",
    "ritardo",  "retard",     "verspätung", "verspaetung", "llegado",     "llegó",
    "recibido", "angekommen", "geliefert",  "arrivé",      "arrivée",     "arrivato",
    "arrivata", "ricevuto",   "chegou",     "recebido",    "aangekomen",  "bezorgd",
    "abren",    "abierto",    "abiertos",   "cierran",     "cerrado",     "horario",
    "öffnen",   "öffnet",     "geöffnet",   "schließen",   "geschlossen", "öffnungszeiten",
    "ouvert",   "ouvrez",     "fermez",     "fermé",       "horaires",    "aperto",
    "aprite",   "chiudete",   "chiuso",     "orari",       "orario",      "abrem",
    "aberto",   "fecham",     "fechado",    "geopend",     "gesloten",    "openingstijden",
    "otwarte",  "czynne",     "zamknięte",  "otwieracie",  "zamykacie",   "ligger",
    "öppet",    "öppnar",     "stänger",    NULL,
};

/* Does a word of text[0..len) stand in list? */
static bool language_text_has(const char *text, size_t len, const char *const *list)
{
    char word[LANGUAGE_WORD_MAX + 1];
    size_t at = 0;
    bool fits;
    while (language_next_word((const unsigned char *)text, len, &at, word, &fits))
        if (fits && language_listed(list, word))
            return true;
    return false;
}

/* "Still not" and "not yet", word by word: what has not happened yet is an order placed
 * before that has not come ("Ich habe meine Bestellung immer noch nicht bekommen"). */
static const char *const language_not_yet[][2] = {
    {"noch", "nicht"}, {"todavía", "no"}, {"todavia", "no"},   {"aún", "no"},
    {"aun", "no"},     {"pas", "encore"}, {"toujours", "pas"}, {"ancora", "non"},
    {"ainda", "não"},  {"ainda", "nao"},  {"nog", "niet"},     {"jeszcze", "nie"},
};

/* Does text[0..len) hold one of the two-word phrases of language_not_yet? */
static bool language_text_not_yet(const char *text, size_t len)
{
    char prev[LANGUAGE_WORD_MAX + 1] = "", word[LANGUAGE_WORD_MAX + 1];
    size_t at = 0;
    bool fits;
    while (language_next_word((const unsigned char *)text, len, &at, word, &fits)) {
        for (size_t i = 0; fits && i < sizeof(language_not_yet) / sizeof(*language_not_yet); i++)
            if (strcmp(prev, language_not_yet[i][0]) == 0 &&
                strcmp(word, language_not_yet[i][1]) == 0)
                return true;
        memcpy(prev, fits ? word : "", fits ? strlen(word) + 1 : 1);
    }
    return false;
}

/* German "auf" closing a question is the particle of "aufhaben", "aufmachen": being open
 * ("Habt ihr heute auf?", "Wann macht ihr auf?"); as a preposition a noun follows it. In
 * any case: capitals ("HABT IHR HEUTE AUF?") say the same. */
static bool language_open_particle(const char *text, size_t len)
{
    for (size_t i = 0; i + 3 <= len; i++) {
        if ((i > 0 && text[i - 1] != ' ') || (text[i] | 0x20) != 'a' ||
            (text[i + 1] | 0x20) != 'u' || (text[i + 2] | 0x20) != 'f')
            continue;
        size_t e = i + 3;
        while (e < len && text[e] == ' ')
            e++;
        if (e < len && text[e] == '?')
            return true;
    }
    return false;
}

bool order_language_other(const char *text, size_t len)
{
    return language_text_has(text, len, language_other) || language_text_not_yet(text, len) ||
           language_open_particle(text, len);
}

/* Verbs of how long something takes: "¿Cuánto tiempo tarda?", "Wie lange dauert es?",
 * "Quanto tempo demora?", "Hoe lang duurt het?". */
static const char *const language_wait[] = {
    "tarda", "tardan", "tardará", "demora", "demoran", "dauert", "dauern", "duurt", NULL,
};

bool order_language_wait(const char *text, size_t len)
{
    return language_text_has(text, len, language_wait);
}

/* Words of a question about the menu in other languages: a price, what a dish holds, a diet,
 * how hot it is ("Czy macie opcje bezglutenowe?", "¿Cuánto cuesta?", "Enthält das Nüsse?"). A
 * question with one asks about the menu though it names no dish. */
static const char *const language_menu_question[] = {
    /* the menu itself: "¿Tienen menú para niños?", "Haben Sie eine Speisekarte?" */
    "menú",
    "menu",
    "carta",
    "speisekarte",
    "cardápio",
    "cardapio",
    "kosztuje",
    "cuesta",
    "cuestan",
    "kostet",
    "kosten",
    "coûte",
    "coute",
    "coûtent",
    "costa",
    "costano",
    "custa",
    "custam",
    "kost",
    "zawiera",
    "contiene",
    "contienen",
    "enthält",
    "enthaelt",
    "contient",
    "contém",
    "bevat",
    "bezglutenowe",
    "bezglutenowy",
    "bezglutenowa",
    "wegańskie",
    "wegański",
    "wegetariańskie",
    "vegano",
    "vegana",
    "veganos",
    "vegetariano",
    "vegetariana",
    "vegetarianos",
    "végétarien",
    "végétarienne",
    "végétariens",
    "végétariennes",
    "végétalien",
    "vegetarisch",
    "glutenfrei",
    "glutine",
    "glúten",
    "glutenvrij",
    "glutensiz",
    "vejetaryen",
    "vegan",
    "vegetarische",
    "vegetarianas",
    /* how hot a dish is: "¿Cuál es el más picante?", "È piccante?", "Ist das scharf?" */
    "picante",
    "picantes",
    "piccante",
    "piccanti",
    "épicé",
    "épicée",
    "épicés",
    "scharf",
    "pikant",
    "pikante",
    "fiyatı",
    "fiyat",
    /* Turkish: "Acı mı?" (is it hot), "acılı" (hot, of a dish) */
    "acı",
    "acılı",
    /* the inflected diet words of Dutch and German: "glutenvrije broodjes", "vegane Burger" */
    "glutenvrije",
    "glutenfreie",
    "glutenfreien",
    "glutenfreies",
    "vegane",
    "veganen",
    "veganes",
    "veganistisch",
    "veganistische",
    "vegetarischen",
    /* Swedish: "Finns det glutenfria burgare?", "Vad kostar ...?" */
    "vegetariska",
    "vegetarisk",
    "veganska",
    "vegansk",
    "glutenfri",
    "glutenfritt",
    "kostar",
    "innehåller",
    /* Russian: "Что такое ...?" asks what a dish is; "Сколько стоит ...?", "Это острое?" */
    "такое",
    "стоит",
    "стоят",
    "меню",
    "острый",
    "острая",
    "острое",
    /* Vietnamese: "có cay không?" (is it hot), "giá" (price) */
    "cay",
    "giá",
    /* Polish "do you have": "Czy macie coś bezglutenowego?", "Jakie macie napoje?" */
    "macie",
    /* Portuguese "do you have", "does it have": "Vocês têm churros?", "Tem glúten?" */
    "têm",
    "tem",
    NULL,
};

/* What the shop recommends is a question about its dishes, '?' or not: "¿Qué
 * recomiendan?", "Che cosa consigliate?", "Was empfehlt ihr", "Qu'est-ce que vous
 * recommandez ?" */
static const char *const language_recommend[] = {
    "recomiendan",  "recomiendas",    "recomienda", "recomendam",    "recomenda",
    "recomendas",   "consigliate",    "consigli",   "consiglia",     "consigliereste",
    "empfehlt",     "empfehlen",      "empfiehlst", "empfiehlt",     "empfehlung",
    "recommandez",  "recommandes",    "recommande", "conseillez",    "conseilles",
    "aanraden",     "polecacie",      "polecasz",   "rekommenderar", "aanbevelen",
    "önerirsiniz",  "onerirsiniz",    "tavsiye",    "посоветуете",   "посоветуйте",
    "рекомендуете", "порекомендуете", NULL,
};

bool order_language_recommends(const char *text, size_t len)
{
    /* no word of language_recommend is shorter than "tavsiye", and a word read from the text
     * is no longer than the text: most words of a message are ruled out without a scan */
    enum { LANGUAGE_RECOMMEND_BYTES_MIN = 7 };
    if (len < LANGUAGE_RECOMMEND_BYTES_MIN)
        return false;
    return language_text_has(text, len, language_recommend);
}

bool order_language_counted_unread(const char *code, const char *text, size_t len)
{
    const struct language_words *l = language_find(code);
    char word[LANGUAGE_WORD_MAX + 1];
    size_t at = 0;
    bool fits, counted = false;
    while (l && language_next_word((const unsigned char *)text, len, &at, word, &fits)) {
        if (counted && fits) {
            bool ascii = false;
            for (const char *c = word; *c && !ascii; c++)
                ascii = (unsigned char)*c < 0x80;
            if (!ascii)
                return true;
        }
        counted = fits && language_listed(l->counts, word);
    }
    return false;
}

/* The stems of the words for the diets a menu states, in the listed languages: every
 * inflection of the adjective starts with one ("vegetarisches", "veganskt", "wegańskiego",
 * "вегетарианское", "glutenfritt"), too many to list one by one. */
static const char *const language_diet_stems[] = {
    "vegan",  "vegetar", "végétar",   "vegetár", "vejetar", "wegan", "wegetar",
    "gluten", "glutine", "bezgluten", "веган",   "вегетар", "chay",  NULL,
};

/* Does a word of text[0..len) start with one of the stems? */
static bool language_text_has_stem(const char *text, size_t len, const char *const *stems)
{
    char word[LANGUAGE_WORD_MAX + 1];
    size_t at = 0;
    bool fits;
    while (language_next_word((const unsigned char *)text, len, &at, word, &fits))
        for (const char *const *p = stems; fits && *p; p++)
            if (word[0] == (*p)[0] && strncmp(word, *p, strlen(*p)) == 0)
                return true;
    return false;
}

bool order_language_menu_question(const char *text, size_t len)
{
    return language_text_has(text, len, language_menu_question) ||
           language_text_has_stem(text, len, language_diet_stems) ||
           order_language_recommends(text, len);
}

/* Negations that go right before a verb ("no puede", "kann nicht" aside): a verb of wanting
 * or a modal after one says what someone cannot have ("Mi nieta no puede tomar lácteos"),
 * it asks for nothing. */
static const char *const language_negation[] = {
    "no", "non", "ne", "não", "nao", "nie", NULL,
};

bool order_language_courtesy_in(const char *text, size_t len)
{
    char word[LANGUAGE_WORD_MAX + 1];
    size_t at = 0;
    bool fits;
    while (language_next_word((const unsigned char *)text, len, &at, word, &fits))
        if (fits && language_marks_of(word).courtesy) /* one probe, not a scan of the list */
            return true;
    return false;
}

void order_language_frame(const char *text, size_t len, bool *request, bool *courtesy, bool *past)
{
    /* "da" / "das" ask ("¿me da ...?", "me das ...") only after the one they are asked of;
     * alone they are German "there" and "the" ("Da ist doch ...", "Ist das ..."). So do the
     * Portuguese "me vê", "me dá", "me traz" (see, give, bring me): alone, "vê" sees */
    static const char *const give[] = {"da", "das", "vê", "dá", "traz", NULL};
    static const char *const to_whom[] = {"me", "nos", "le", NULL};
    /* "Мне бургер и колу" (to me a burger and a cola): in Russian the one it is for, opening
     * the message before what is wanted, asks for it with no verb; "Мне не ..." does not */
    static const char *const for_whom[] = {"мне", "нам", NULL};
    char word[LANGUAGE_WORD_MAX + 1];
    size_t at = 0;
    bool fits, first = true, negated = false, asked_of = false, opened_for = false;
    *request = *courtesy = *past = false;
    while (language_next_word((const unsigned char *)text, len, &at, word, &fits)) {
        bool after_negation = negated, after_whom = asked_of;
        /* opened_for holds only after the first word, so this is the second */
        *request = *request || (opened_for && fits && strcmp(word, "не") != 0);
        opened_for = first && fits && language_listed(for_whom, word);
        first = false;
        /* only a negation joined to the next word by a space: "No, quiero ..." asks */
        negated = fits && language_listed(language_negation, word) && at < len && text[at] == ' ';
        asked_of = fits && language_listed(to_whom, word);
        if (!fits)
            continue;
        bool wants =
            language_listed(language_request, word) && (after_whom || !language_listed(give, word));
        *request = *request || (!after_negation && wants);
        *courtesy = *courtesy || language_listed(language_courtesy, word);
        *past = *past || language_listed(language_past, word);
    }
}
