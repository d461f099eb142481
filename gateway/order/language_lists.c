/* language_lists.c — the function words, counts and "please" of English and of each language
 * read (see language_internal.h). */
#include "gateway/order/language_internal.h"

#include <stddef.h>

/* Why these lists exist: cld2 alone, reliable and sure, called 7 of the 6,000 English
 * messages in bench/data/messages.jsonl foreign ("can i order a croissant?" fr, "I'll have
 * 6 iced lattes!" da, "gimme blac bean burger!" fr), and English menus borrow whole dish
 * names ("Tres Leches Cake", "Pico de Gallo", "Pain au Chocolat"). A message is only
 * foreign when it is built from that language's grammar: its function words, more than
 * twice as many as English ones (English chat words such as "lol" and "pls" count as
 * English). Strong words (verbs, pronouns, question words) never occur in a dish name; weak
 * words (articles, prepositions, conjunctions, numbers) do, and count half, as do the
 * greetings and thanks English speakers borrow ("gracias amigo!", "danke!"); "favor" is not
 * listed, so a borrowed "por favor" is one weak word. A spelling listed for both sides
 * ("me", "no", "a", Italian "i") is no evidence either way. "non" is left out everywhere:
 * English writes "non dairy". Lowercase; apostrophes and hyphens split words, so "s'il" is
 * "s" + "il" and "qu'est-ce" is "qu" + "est" + "ce". */
const char *const language_en[] = {
    "i",      "a",     "an",   "the",  "and",   "or",    "with",  "without", "can",   "could",
    "would",  "will",  "get",  "got",  "gimme", "lemme", "give",  "please",  "pls",   "plz",
    "for",    "of",    "to",   "from", "my",    "me",    "we",    "you",     "u",     "your",
    "it",     "is",    "are",  "do",   "does",  "have",  "has",   "want",    "wanna", "like",
    "need",   "some",  "any",  "just", "also",  "but",   "not",   "no",      "on",    "in",
    "at",     "as",    "this", "that", "what",  "which", "how",   "much",    "many",  "when",
    "thanks", "thank", "thx",  "ty",   "hi",    "hey",   "hello", "yo",      "order", "ordering",
    "ill",    "im",    "id",   "ive",  "ll",    "ve",    "re",    "s",       "t",     "d",
    "m",      "n",     "da",   "pick", "up",    "there", "here",  "lol",     "lmao",  "omg",
    "btw",    "asap",  "ok",   "okay", NULL,
};

/* the verbs of a short question to the shop (what it accepts, makes or recommends) and
 * "algo", something, the object of one: "¿Aceptan tarjeta?", "¿Hacen entregas?"; "regalas",
 * the give of a request in Latin American Spanish ("me regalas dos ...") */
static const char *const language_es_strong[] = {
    "quiero", "queremos", "quisiera", "quería",  "queria",      "gustaría",   "gustaria",
    "tienen", "tienes",   "tiene",    "hay",     "puedo",       "podría",     "podria",
    "cuánto", "cuanto",   "cuesta",   "cuestan", "qué",         "dónde",      "donde",
    "está",   "están",    "también",  "pero",    "yo",          "usted",      "ustedes",
    "pedir",  "llevar",   "buenas",   "buenos",  "necesito",    "dame",       "ponme",
    "quiere", "lleva",    "llevan",   "estuvo",  "fue",         "cuál",       "cual",
    "cuáles", "cuales",   "cómo",     "cuándo",  "porfa",       "orden",      "ordenar",
    "pones",  "das",      "hacéis",   "haceis",  "llego",       "siento",     "pedido",
    "estaba", "abren",    "abre",     "cierran", "oye",         "opciones",   "opción",
    "opcion", "aceptan",  "aceptas",  "hacen",   "recomiendas", "recomienda", "recomiendan",
    "algo",   "regalas",  "regala",   "regalan", NULL,
};
static const char *const language_es_weak[] = {
    "y",      "o",      "de",     "del",   "el",      "la",    "los",    "las",   "un",
    "una",    "uno",    "unos",   "unas",  "dos",     "tres",  "cuatro", "con",   "sin",
    "para",   "por",    "en",     "es",    "lo",      "mi",    "me",     "no",    "muy",
    "más",    "mas",    "que",    "a",     "gracias", "hola",  "cinco",  "tarde", "todo",
    "muchas", "tardes", "noches", "horas", "mañana",  "feliz", NULL,
};

/* "vielen" is the quantifier of thanks ("vielen Dank"), "essen" food and eating */
static const char *const language_de_strong[] = {
    "ich",        "möchte",  "moechte",  "möchten",     "hätte",   "haette",   "hätten",  "gerne",
    "gern",       "bitte",   "haben",    "habt",        "hast",    "kann",     "können",  "koennen",
    "kostet",     "kosten",  "wir",      "sie",         "ihr",     "nicht",    "kein",    "keine",
    "keinen",     "noch",    "auch",     "bestellen",   "nehme",   "nehmen",   "gibt",    "wie",
    "viel",       "wo",      "ist",      "sind",        "einmal",  "zweimal",  "mir",     "mich",
    "uns",        "euch",    "was",      "will",        "welche",  "welcher",  "welches", "welchen",
    "meine",      "mein",    "meinen",   "meiner",      "gestern", "heute",    "es",      "hat",
    "hatte",      "waren",   "fehlt",    "fehlten",     "sehr",    "schmeckt", "lecker",  "nein",
    "bestellung", "enthält", "enthaelt", "wird",        "werden",  "morgen",   "gleich",  "vielen",
    "essen",      "später",  "spaeter",  "wiedersehen", "lieben",  NULL,
};
static const char *const language_de_weak[] = {
    "und",        "oder",        "mit",   "ohne",    "zwei",   "drei",     "vier",  "ein", "eine",
    "einen",      "einem",       "einer", "der",     "die",    "das",      "den",   "dem", "des",
    "zum",        "zur",         "für",   "fuer",    "im",     "am",       "vom",   "von", "zu",
    "aus",        "in",          "an",    "danke",   "hallo",  "fünf",     "sechs", "bis", "dank",
    "dankeschön", "dankeschoen", "auf",   "tschüss", "tschüs", "tschuess", NULL,
};

/* "êtes", "où", "demain", "était" (was), being open and the verbs of a short question to the shop:
 * "Vous êtes ouverts dimanche?", "C'est ouvert demain?", "Vous livrez?" */
static const char *const language_fr_strong[] = {
    "je",       "voudrais", "voudrait", "voulons",    "aimerais",  "vous",        "nous",
    "avez",     "avons",    "pouvez",   "puis",       "peux",      "plaît",       "plait",
    "combien",  "coûte",    "coute",    "est",        "sont",      "il",          "elle",
    "moi",      "prendre",  "prends",   "prendrai",   "commander", "aussi",       "oui",
    "beaucoup", "bientôt",  "quel",     "quelle",     "quels",     "quelles",     "veux",
    "commande", "svp",      "emporter", "contient",   "êtes",      "livrez",      "acceptez",
    "ouvert",   "ouverts",  "ouverte",  "demain",     "où",        "recommandez", "faites",
    "était",    "etait",    "étaient",  "conseillez", NULL,
};
/* "t" of an inversion ("y a-t-il", "va-t-on") is French as much as the "t" of "don't" is
 * English: listed on both sides, it is evidence of neither */
static const char *const language_fr_weak[] = {
    "et",   "ou",    "avec",    "sans",    "deux",  "trois",  "un",    "une", "le",  "la",
    "les",  "des",   "du",      "de",      "au",    "aux",    "pour",  "en",  "sur", "ce",
    "que",  "qu",    "qui",     "mon",     "ma",    "mes",    "votre", "vos", "à",   "a",
    "très", "merci", "bonjour", "bonsoir", "salut", "quatre", "cinq",  "t",   NULL,
};

/* the day and the hours asked about ("oggi", "stasera"), opening and closing ("aprite"),
 * where and what ("dove", "cosa"), and the verbs and nouns of a short question to the shop:
 * "Fate consegne?", "Avete opzioni vegane?", "Accettate carte?"; "può", "puoi", can, and booking
 * a table: "Si può prenotare?" */
static const char *const language_it_strong[] = {
    "vorrei",       "vorremmo",    "volevo",   "prendo",   "prendiamo", "avete",     "ho",
    "posso",        "possiamo",    "quanto",   "quanta",   "costa",     "costano",   "sono",
    "anche",        "ma",          "mi",       "ci",       "io",        "noi",       "voi",
    "che",          "è",           "perché",   "tutto",    "molto",     "sei",       "siete",
    "buonissimo",   "buonissima",  "ottimo",   "avere",    "arrivo",    "scusate",   "consegnate",
    "quali",        "oggi",        "domani",   "stasera",  "adesso",    "aprite",    "chiudete",
    "apre",         "chiude",      "dove",     "cosa",     "qualcosa",  "fate",      "potete",
    "accettate",    "consigliate", "consegna", "consegne", "fuori",     "opzioni",   "opzione",
    "aperti",       "aperta",      "chiusi",   "può",      "puoi",      "prenotare", "prenotazione",
    "prenotazioni", NULL,
};
static const char *const language_it_weak[] = {
    "e",     "o",      "con",    "senza", "due",    "tre",  "quattro",    "per",       "un",
    "una",   "uno",    "il",     "lo",    "la",     "i",    "gli",        "le",        "del",
    "della", "dello",  "dei",    "delle", "di",     "da",   "al",         "alla",      "allo",
    "ai",    "in",     "su",     "a",     "grazie", "ciao", "buongiorno", "buonasera", "favore",
    "mille", "cinque", "minuti", "ora",   NULL,
};

/* the verbs of a short question to the shop (opening, delivering, accepting), "agora",
 * "hoje", "fica" (where it is) and the nouns "opção", "cartão" no English word spells:
 * "Vocês abrem no domingo?", "Onde fica?", "Aceitam cartão?" */
static const char *const language_pt_strong[] = {
    "queria", "quero",  "queremos",  "gostaria", "gostaríamos", "vocês", "voces",  "você",
    "voce",   "têm",    "tem",       "pode",     "podem",       "posso", "quanto", "custa",
    "custam", "não",    "nao",       "também",   "tambem",      "eu",    "nós",    "mim",
    "está",   "estão",  "é",         "são",      "quais",       "qual",  "retiro", "onde",
    "vou",    "chegar", "desculpa",  "levar",    "pedido",      "leva",  "levam",  "estava",
    "abrem",  "fecham", "entregam",  "aceitam",  "fica",        "agora", "hoje",   "opção",
    "opções", "cartão", "recomenda", "algo",     NULL,
};
static const char *const language_pt_weak[] = {
    "e",     "ou",   "com",      "sem",      "um",   "uma", "dois",   "duas",  "três",
    "o",     "os",   "a",        "as",       "de",   "do",  "da",     "dos",   "das",
    "no",    "na",   "nos",      "nas",      "para", "por", "em",     "mais",  "meu",
    "minha", "que",  "obrigado", "obrigada", "olá",  "ola", "quatro", "cinco", "boa",
    "tarde", "tudo", "valeu",    "tchau",    NULL,
};

/* Dutch: "en", "de", "een" are also other languages' weak words; "wat", "is", "we", "of"
 * are English spellings and left out. */
static const char *const language_nl_strong[] = {
    "ik",          "jullie", "hebben", "heb",      "heeft", "wil",    "willen",    "graag",
    "kan",         "kunnen", "mag",    "hoeveel",  "kost",  "kosten", "bestellen", "bedankt",
    "niet",        "geen",   "ook",    "waar",     "welke", "zijn",   "straks",    "alstublieft",
    "alsjeblieft", "hoe",    "mijn",   "neem",     "nemen", "zitten", "zit",       "hoi",
    "bevat",       "noten",  "echt",   "helemaal", "nog",   NULL,
};
static const char *const language_nl_weak[] = {
    "en",   "een", "de", "het", "met",  "zonder", "twee",  "drie", "vier",
    "voor", "van", "op", "tot", "dank", "hallo",  "alsje", NULL,
};

/* Polish: "i", "a", "do", "to", "na" and "w" are English spellings or English texting and
 * left out. Letters outside Latin-1 (ę, ł, ż, ś) read as letters (language_letter). */
static const char *const language_pl_strong[] = {
    "poproszę",   "poprosze",     "proszę",  "prosze",   "chcę",     "chce",      "chciałbym",
    "chciałabym", "chcielibyśmy", "czy",     "jest",     "są",       "macie",     "mają",
    "ile",        "kosztuje",     "zawiera", "dziękuję", "dziekuje", "dzięki",    "nie",
    "tak",        "mój",          "moje",    "moja",     "wczoraj",  "jestem",    "możecie",
    "mogę",       "moge",         "jaki",    "jaka",     "jakie",    "gdzie",     "której",
    "który",      "która",        "które",   "dziś",     "dzisiaj",  "zamykacie", "otwieracie",
    NULL,
};
static const char *const language_pl_weak[] = {
    "z",     "ze",   "dla", "bez",  "dwa", "dwie",  "trzy",  "jeden", "jedna",
    "jedno", "oraz", "lub", "albo", "się", "cześć", "dzień", "dobry", NULL,
};

/* Turkish: "mi"/"mı" question particles are Italian's "mi" too: only the dotless forms. */
static const char *const language_tr_strong[] = {
    "istiyorum", "istiyoruz",   "isterim",     "alabilir", "alabilirim", "miyim",  "mı",
    "var",       "yok",         "ne",          "kadar",    "nasıl",      "lütfen", "lutfen",
    "teşekkür",  "teşekkürler", "tesekkurler", "bu",       "şu",         "ben",    "biz",
    "siz",       "değil",       "mısınız",     "musunuz",  NULL,
};
static const char *const language_tr_weak[] = {
    "ve", "bir", "iki", "üç", "ile", "için", "veya", "merhaba", "selam", NULL,
};

/* Swedish: "i" (in), "a" and "man" are English spellings and left out; "har", "var", "kan"
 * and "vill" never name a dish. */
static const char *const language_sv_strong[] = {
    "jag",   "vi",    "ni",    "du",       "har",   "skulle", "vilja",  "vill",  "kan",
    "kunde", "finns", "är",    "ligger",   "var",   "vad",    "hur",    "några", "någon",
    "något", "inte",  "också", "beställa", "gärna", "snälla", "mycket", "maten", NULL,
};
static const char *const language_sv_weak[] = {
    "och", "en",  "ett",  "för", "med", "utan", "till",  "av",  "på",  "så",
    "två", "tre", "fyra", "fem", "hej", "tack", "eller", "det", "den", NULL,
};

/* Russian, in Cyrillic letters (language_letter): no spelling is English. Greetings and
 * thanks are weak, as the borrowed ones of other languages are. */
static const char *const language_ru_strong[] = {
    "хочу",     "хотим", "хотел",   "хотела", "хотели", "можно", "дайте", "дай",   "закажу",
    "заказать", "заказ", "я",       "мы",     "вы",     "есть",  "что",   "какой", "какая",
    "какие",    "какое", "сколько", "стоит",  "где",    "когда", "как",   "это",   "такое",
    "мне",      "нам",   "вам",     "вас",    "у",      "ли",    "будет", NULL,
};
static const char *const language_ru_weak[] = {
    "и",       "с",       "в",      "на",   "без",        "для",          "за",
    "или",     "не",      "один",   "одна", "одну",       "одно",         "два",
    "две",     "три",     "четыре", "пять", "пожалуйста", "здравствуйте", "привет",
    "спасибо", "большое", "добрый", "день", NULL,
};

/* Vietnamese: "em" (English texting), "ba" and "nam" are left out; the words without their
 * marks ("khong", "minh") are written so in texting too. */
static const char *const language_vi_strong[] = {
    "cho",  "muốn", "không", "khong", "có",  "được", "ơi",    "nha", "nhé",
    "ạ",    "mình", "minh",  "chị",   "anh", "bao",  "nhiêu", "gì",  "ăn",
    "uống", "lấy",  "giùm",  "giúp",  "dạ",  "vâng", "quán",  NULL,
};
static const char *const language_vi_weak[] = {
    "và",  "với", "một", "hai", "ly",   "cái",  "phần", "món",  "nhiều", "lắm",
    "của", "cảm", "ơn",  "xin", "chào", "ngon", "tạm",  "biệt", NULL,
};

/* Tagalog ("pwede po ba ...", "salamat po"): "may" (there is), "at" (and), "pa", "din" and
 * "ito" are English spellings or English texting and left out; "po", the particle of respect,
 * "ba", the particle of a question, "yung", "kasi" and "lang" never occur in a dish name. */
static const char *const language_tl_strong[] = {
    "gusto",   "pwede",   "puwede", "pede",   "ako",     "kami",    "tayo",   "namin", "natin",
    "ko",      "mo",      "niyo",   "nyo",    "kayo",    "po",      "opo",    "ba",    "yung",
    "iyong",   "yun",     "iyan",   "ano",    "magkano", "saan",    "kailan", "paano", "sino",
    "meron",   "mayroon", "wala",   "walang", "hindi",   "kasi",    "lang",   "naman", "talaga",
    "sobrang", "kanina",  "mamaya", "ulit",   "tapos",   "tsaka",   "saka",   "rin",   "nga",
    "dito",    "sana",    "pabili", "bibili", "mag",     "masarap", "sarap",  NULL,
};
static const char *const language_tl_weak[] = {
    "ang",     "ng",   "sa",   "na",     "mga", "isa", "isang", "dalawa", "dalawang", "tatlo",
    "tatlong", "apat", "lima", "limang", "si",  "ni",  "kay",   "nang",   "salamat",  NULL,
};

/* Each language's "please", in the match form (normalize.h: lowercase, apostrophes dropped,
 * so "s'il" is "sil"), words split by one space; a message may end a dish list with it
 * ("zwei Cheeseburger bitte"). Spanish and Portuguese share "por favor". */
static const char *const language_es_please[] = {"por favor", NULL};
static const char *const language_de_please[] = {"bitte", "bitte schön", "bitte schon", NULL};
static const char *const language_fr_please[] = {
    "sil vous plaît", "sil vous plait", "sil te plaît", "sil te plait", "svp", "stp", NULL,
};
static const char *const language_it_please[] = {"per favore", "per piacere", NULL};
static const char *const language_pt_please[] = {"por favor", NULL};
static const char *const language_nl_please[] = {"alstublieft", "alsjeblieft", NULL};
static const char *const language_pl_please[] = {"poproszę", "poprosze", "proszę", "prosze", NULL};
static const char *const language_tr_please[] = {"lütfen", "lutfen", NULL};
static const char *const language_sv_please[] = {"tack", "snälla", "snalla", NULL};

static const char *const language_ru_please[] = {"пожалуйста", NULL};
static const char *const language_vi_please[] = {"làm ơn", NULL};
static const char *const language_tl_please[] = {"pakiusap", NULL};

/* Each language's counts from two up (Spanish from one: "una horchata"), as a customer
 * counts dishes; "six" is English too and left out of French. They are looked up in the
 * match form, which folds accents away: a count written with one is listed folded too
 * ("två" and "tva"), as the "please" phrases are ("snälla", "snalla"). */
static const char *const language_es_counts[] = {
    "uno", "una", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez", NULL,
};
static const char *const language_de_counts[] = {
    "zwei", "drei", "vier", "fünf", "funf", "sechs", "sieben", "acht", "neun", "zehn", NULL,
};
static const char *const language_fr_counts[] = {
    "deux", "trois", "quatre", "cinq", "sept", "huit", "neuf", "dix", NULL,
};
static const char *const language_it_counts[] = {
    "due", "tre", "quattro", "cinque", "sei", "sette", "otto", "nove", "dieci", NULL,
};
static const char *const language_pt_counts[] = {
    "dois", "duas", "três", "quatro", "cinco", "seis", "sete", "oito", "nove", "dez", "tres", NULL,
};
static const char *const language_nl_counts[] = {
    "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien", NULL,
};
static const char *const language_pl_counts[] = {
    "dwa", "dwie", "trzy", "cztery", "pięć", "sześć", "piec", "szesc", NULL,
};
static const char *const language_tr_counts[] = {
    "iki", "üç", "dört", "beş", "altı", "uc", "dort", "bes", "alti", NULL,
};
static const char *const language_sv_counts[] = {
    "två", "tre", "fyra", "fem", "sju", "åtta", "nio", "tio", "tva", "atta", NULL,
};

static const char *const language_ru_counts[] = {
    "один", "одна",  "одну", "одно",   "два",    "две",    "три", "четыре",
    "пять", "шесть", "семь", "восемь", "девять", "десять", NULL,
};
static const char *const language_vi_counts[] = {
    "một", "hai", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười", NULL,
};

static const char *const language_tl_counts[] = {
    "dalawa", "dalawang", "tatlo", "tatlong", "apat", "lima",
    "limang", "anim",     "pito",  "walo",    NULL,
};

/* Hindi written in Latin letters ("ek mango smoothie dena", "mujhe do falafel wrap chahiye"):
 * its verbs of wanting and giving, pronouns, copula, question words, address and thanks never
 * occur in an English dish name (strong); "ek" (one), "aur" (and) and the postpositions may
 * (weak). "do" (two) is English too and told apart where it is read; "ya", "se", "teen",
 * "char" are English spellings, left out. No counts or "please": a count and a "please"
 * alone are no Hindi (language_hindi_latin.c asks a strong word). */
static const char *const language_hi_strong[] = {
    "aap",    "aapka",   "aapke",  "accha",  "acha",     "bhai",      "bhaiya", "bhejo",
    "bhejna", "chahiye", "chahie", "chaiye", "chahiya",  "chahte",    "chahta", "chahti",
    "dena",   "dedo",    "dijiye", "dijie",  "dijiyega", "dhanyavad", "humein", "hamein",
    "humko",  "hamara",  "hai",    "hain",   "kya",      "kitna",     "kitne",  "kitni",
    "karo",   "kijiye",  "kripya", "mujhe",  "muje",     "mujhko",    "mera",   "meri",
    "milega", "milegi",  "nahi",   "nahin",  "shukriya", "theek",     "thik",   "wala",
    "wali",   "waala",   "waali",  "yaar",   NULL,
};
static const char *const language_hi_weak[] = {
    "ek", "aur", "mein", "bina", "saath", "ko", "paanch", "chaar", "namaste", NULL,
};
/* Hindi asks with a question word or the particle "kya", a question mark or not ("falafel
 * wrap kitne ka hai", "veg burger milega kya") */
static const char *const language_hi_asks[] = {
    "kya", "kitna", "kitne", "kitni", "kab", "kahan", "kaise", "kaun", "kyun", "kaunsa", NULL,
};

/* an empty list: the words of asking of the languages that write '?', Hindi's counts and
 * "please" */
static const char *const language_none[] = {NULL};

/* In the groups of language_internal.h: the nine cld2 reads in Latin letters, then Hindi in
 * Latin letters, then Russian and Vietnamese, then Tagalog */
const struct language_words language_lists[LANGUAGE_LISTED] = {
    {"es", language_es_strong, language_es_weak, language_es_counts, language_es_please, "y",
     language_none},
    {"de", language_de_strong, language_de_weak, language_de_counts, language_de_please, "und",
     language_none},
    {"fr", language_fr_strong, language_fr_weak, language_fr_counts, language_fr_please, "et",
     language_none},
    {"it", language_it_strong, language_it_weak, language_it_counts, language_it_please, "e",
     language_none},
    {"pt", language_pt_strong, language_pt_weak, language_pt_counts, language_pt_please, "e",
     language_none},
    {"nl", language_nl_strong, language_nl_weak, language_nl_counts, language_nl_please, "en",
     language_none},
    {"pl", language_pl_strong, language_pl_weak, language_pl_counts, language_pl_please, "i",
     language_none},
    {"tr", language_tr_strong, language_tr_weak, language_tr_counts, language_tr_please, "ve",
     language_none},
    {"sv", language_sv_strong, language_sv_weak, language_sv_counts, language_sv_please, "och",
     language_none},
    [LANGUAGE_HINDI] = {"hi", language_hi_strong, language_hi_weak, language_none, language_none,
                        "aur", language_hi_asks},
    [LANGUAGE_RUSSIAN] = {"ru", language_ru_strong, language_ru_weak, language_ru_counts,
                          language_ru_please, "и", language_none},
    [LANGUAGE_VIETNAMESE] = {"vi", language_vi_strong, language_vi_weak, language_vi_counts,
                             language_vi_please, "và", language_none},
    [LANGUAGE_TAGALOG] = {"tl", language_tl_strong, language_tl_weak, language_tl_counts,
                          language_tl_please, "at", language_none},
};
