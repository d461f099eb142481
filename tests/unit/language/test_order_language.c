/* test_order_language.c — foreign-language detection, exact outcome per message: orders and
 * questions in es, de, fr, it, pt, pl and tr with English dish names inside are foreign with the
 * right code; English with typos, slang, borrowed words and foreign-looking dish names is
 * not, nor is anything too short, too mixed or not valid UTF-8. */
#include <string.h>

#include "check.h"
#include "gateway/order/language.h"

/* One message and the code expected, or NULL where it must read as English. */
static void expect(const char *text, const char *want)
{
    char code[ORDER_LANGUAGE_CODE_MAX] = "zz";
    bool foreign = order_language_foreign(text, strlen(text), code);
    if (foreign != (want != NULL) || strcmp(code, want ? want : "") != 0) {
        fprintf(stderr, "\"%s\": foreign %d code \"%s\", expected %s\n", text, foreign, code,
                want ? want : "English");
        check_failures++;
    }
}

static void test_foreign(void)
{
    static const char *const cases[][2] = {
        {"es", "quiero dos hamburguesas clásicas y una limonada"},
        {"es", "Hola, quisiera pedir un Classic Beef Burger con papas fritas, por favor"},
        {"es", "¿Tienen opciones sin gluten?"},
        {"es", "¿Cuánto cuesta el Falafel Wrap?"},
        {"es", "me gustaría una Quinoa Power Bowl sin tofu"},
        {"es", "dos tacos de carne asada y una horchata"},
        {"es", "quiero el burger vegano pero sin cebolla"},
        {"de", "ich möchte zwei Falafel Wraps bitte"},
        {"de", "Hallo, ich hätte gerne einen Cheddar Cheeseburger mit Pommes"},
        {"de", "Kann ich bitte eine Mango Smoothie ohne Eis haben?"},
        {"de", "Habt ihr vegane Burger?"},
        {"de", "Zwei Classic Fries und eine Fresh Lemonade zum Mitnehmen, bitte"},
        {"de", "Ist der Halloumi Burger scharf?"},
        {"fr", "je voudrais un burger végétarien"},
        {"fr", "Bonjour, je voudrais deux Sweet Potato Fries et un Mango Smoothie s'il vous plaît"},
        {"fr", "est-ce que le burger végétarien est épicé ?"},
        {"fr", "Vous avez des options sans gluten ?"},
        {"fr", "Combien coûte le Tofu Teriyaki Bowl ?"},
        {"fr", "Je prends un Falafel Wrap avec des frites, merci"},
        {"it", "vorrei due patatine"},
        {"it", "Ciao, vorrei un Classic Beef Burger senza cipolla e una Coca"},
        {"it", "avete il quinoa bowl senza glutine?"},
        {"it", "Quanto costa il Mango Smoothie?"},
        {"it", "Posso avere le Onion Rings con il burger?"},
        {"pt", "queria um hambúrguer"},
        {"pt", "Olá, eu queria dois Falafel Wraps e uma limonada, por favor"},
        {"pt", "vocês têm opções veganas?"},
        {"pt", "Quero um Classic Beef Burger sem cebola, obrigado"},
        {"pt", "gostaria de um Tofu Teriyaki Bowl com batatas"},
        {"de", "ICH MÖCHTE ZWEI FALAFEL WRAPS BITTE"}, /* capitals, accented ones too */
        /* too short for cld2's verdict: function words alone, no English one */
        {"it", "Ciao, il Side Salad è piccante?"},
        {"it", "il wrap falafel è vegano?"},
        /* a text made only of one language's own words, none English */
        {"es", "gracias!"},
        {"it", "grazie mille, tutto buonissimo"},
        /* a courtesy and a set phrase of taking leave or thanking, alone: too short for
         * cld2 and for the count of function words, yet every word the language's own */
        {"de", "Danke, bis später!"},
        {"fr", "merci, à plus tard"},
        {"es", "gracias, hasta luego"},
        {"it", "grazie, a presto!"},
        {"pt", "obrigado, até logo"},
        {"nl", "bedankt, tot morgen"},
        {"de", "Danke, bis morgen!"},
        /* Polish and Turkish */
        {"pl", "Poproszę dwa burgery z halloumi i frytki"},
        {"pl", "Czy sałatka Caesar z jarmużu zawiera anchois?"},
        {"tr", "Merhaba, iki tavuk burger ve bir limonata istiyorum"},
        /* Swedish */
        {"sv", "Hej! Jag skulle vilja beställa två falafel wraps, tack"},
        {"sv", "Har ni några veganska efterrätter?"},
        {"sv", "Vad kostar en mango smoothie?"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
        expect(cases[i][1], cases[i][0]);
}

static void test_english(void)
{
    static const char *const cases[] = {
        /* typos, slang, dish names that look foreign */
        "2 halloumi burgrs pls",
        "gimme da falafel wrap n a mango smoothie",
        "quinoa bowl, extra chickpeas",
        "tofu teriyaki bowl",
        "mac n cheese bites x3",
        "jalapeños on the side",
        "1 Tofu Teriyaki Bowl. For Björn",
        /* too short to tell */
        "lol",
        "ok",
        "",
        "danke! 2 falafel wraps",
        "thanks!",
        /* one listed word alone or said over: an abbreviation, laughter */
        "vi",
        "har har har",
        /* cld2 alone calls these foreign (fr, da, id, fr, fr) */
        "can i order a croissant?",
        "I'll have 6 iced lattes!",
        "Can I order a lamb kebab?",
        "3 croissants & a bagel!",
        "gimme blac bean burger!",
        /* Spanish dish names of a taqueria menu, ordered in English */
        "Tres Leches Cake, Pico de Gallo",
        "2 carne asada tacos y una horchata pls",
        "2x Al Pastor Taco, 1 Carnitas Bowl, Jamaica Agua Fresca",
        "Carne Asada Burrito sin cebolla",
        "agua fresca de jamaica y de sandia",
        "Tres Leches Cake y Flan por favor",
        "Chips y Salsa, Chips y Guacamole, gracias!",
        "can i get the pollo asado bowl con queso please",
        "2 burritos for Juan de la Cruz",
        /* borrowed phrases and mixed messages */
        "gracias amigo! 2 al pastor tacos",
        "2 tacos de pollo, gracias",
        "I want una pizza con queso por favor",
        "Hola! Dos al pastor tacos and one horchata, gracias",
        "yo quiero 2 tacos de carne asada lol",
        "c'est la vie, just 1 mango smoothie",
        "pain au chocolat and a cafe au lait",
        "je ne sais quoi burger",
        "ciao! 1 mango smoothie",
        "merci beaucoup, see u soon",
        /* a set phrase of leave-taking borrowed into English, or alone with no courtesy */
        "thanks, hasta luego",
        "a dopo",
        "bratwurst mit sauerkraut",
        "Pickup for Hans Müller und Sohn",
        "Gracias por todo! Order: 2 churros",
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
        expect(cases[i], NULL);
}

static void test_edges(void)
{
    char code[ORDER_LANGUAGE_CODE_MAX] = "zz";
    /* invalid UTF-8 inside an otherwise Spanish message: uncertain */
    const char *bad = "quiero dos hamburguesas \xff y una limonada por favor";
    CHECK(!order_language_foreign(bad, strlen(bad), code));
    CHECK_STR_EQ(code, "");
    /* only the first ORDER_LANGUAGE_SCAN_MAX bytes count, cut back to a character start:
     * spaces in front put the cut inside the "á" of "clásicas" */
    static char long_text[3 * ORDER_LANGUAGE_SCAN_MAX];
    const char *sentence = "quiero una limonada y dos hamburguesas clásicas, por favor. ";
    size_t step = strlen(sentence), n = 0;
    for (size_t pad = 0; pad < step; pad++) {
        memset(long_text, ' ', pad);
        for (n = pad; n + step < sizeof long_text; n += step)
            memcpy(long_text + n, sentence, step);
        if (((unsigned char)long_text[ORDER_LANGUAGE_SCAN_MAX] & 0xC0) == 0x80)
            break;
    }
    CHECK(((unsigned char)long_text[ORDER_LANGUAGE_SCAN_MAX] & 0xC0) == 0x80);
    CHECK(order_language_foreign(long_text, n, code));
    CHECK_STR_EQ(code, "es");
}

/* The word lists foreign_names.c reads: every listed language, its counts, its "please"
 * in the match form and its "and". */
static void test_word_lists(void)
{
    size_t n = 0;
    while (order_language_code(n))
        n++;
    /* the nine cld2 reads in Latin letters and Hindi in Latin letters: the languages whose
     * words are spelt as the match form spells them. Russian and Vietnamese, listed after them,
     * are left out (LANGUAGE_MATCH_FORM): the match form folds away their letters and marks */
    CHECK(n == 10);
    CHECK_STR_EQ(order_language_code(0), "es");
    CHECK(order_language_count("pt", "quatro", 6));
    CHECK(order_language_count("de", "drei", 4));
    CHECK(order_language_count("sv", "två", 4)); /* "två" is four bytes */
    CHECK(!order_language_count("es", "drei", 4));
    CHECK(!order_language_count("fr", "six", 3)); /* English too */
    CHECK(!order_language_count("xx", "dos", 3));
    CHECK_STR_EQ(order_language_please("fr")[0], "sil vous plaît");
    CHECK_STR_EQ(order_language_please("pt")[0], "por favor");
    CHECK_STR_EQ(order_language_please("sv")[0], "tack");
    CHECK(order_language_please("xx")[0] == NULL);
    CHECK_STR_EQ(order_language_and("de"), "und");
    CHECK_STR_EQ(order_language_and("sv"), "och");
    CHECK_STR_EQ(order_language_and("xx"), "");
}

/* Hindi written in Latin letters: the last language order_language_code gives, its words found by
 * the index every language's words are found by; a verdict needs a strong Hindi word, and "do" is
 * two only with no English word around it. */
static void test_hindi_latin(void)
{
    CHECK_STR_EQ(order_language_code(9), "hi");
    CHECK(order_language_word_of("hi", "chahiye", 7));
    CHECK(!order_language_word_of("hi", "falafel", 7));
    expect("mujhe do falafel wrap chahiye", "hi");
    expect("ek mango smoothie dena", "hi");
    expect("do veg burger chahiye", "hi");
    expect("do you have a veg burger chahiye", NULL);
    expect("ek aur mango smoothie", NULL);          /* weak words alone */
    expect("Mujhe do falafel wrap CHAHIYE!", "hi"); /* capitals folded by the one word walk */
    CHECK(order_language_hindi_asks("veg burger milega kya", 21));
    CHECK(order_language_hindi_asks("falafel wrap kitne ka hai", 25));
    CHECK(!order_language_hindi_asks("veg burger milega", 17));
}

/* Russian and Vietnamese: listed after Hindi, their words read as written (Cyrillic letters
 * and Vietnamese marks folded to lowercase by the one word walk), none given by
 * order_language_code. */
static void test_russian_vietnamese(void)
{
    CHECK(order_language_code(10) == NULL);
    CHECK(order_language_word_of("ru", "хочу", strlen("хочу")));
    CHECK(order_language_count("ru", "две", strlen("две")));
    CHECK(order_language_word_of("vi", "muốn", strlen("muốn")));
    CHECK(order_language_count("vi", "một", strlen("một")));
    CHECK(!order_language_function_word("chahiye", 7)); /* Hindi: only beside a strong word */
    CHECK(order_language_function_word("можно", strlen("можно")));
    CHECK(order_language_counted_unread("ru", "Можно два тако?", strlen("Можно два тако?")));
    CHECK(!order_language_counted_unread("ru", "два taco", strlen("два taco")));
}

/* Scripts English is never written in: the language whose letters are most, counted over all
 * the ranges its letters lie in (Hangul syllables and jamo). */
static void test_scripts(void)
{
    expect("有素食吗？", "zh");
    expect("タコス2つください", "ja");
    expect("채식 메뉴 있어요?", "ko");
    expect("2 tacos for 王小明", NULL);
    expect("ㅋㅋㅋㅋㅋ 감사합니다 漢字漢字漢字", "ko"); /* 5 jamo and 5 syllables to 6 Han */
}

/* A wish of a good day alone is a courtesy of its language, though neither word is one */
static void test_wishes(void)
{
    expect("Bonne journée 😊", "fr");
    expect("buona serata!", "it");
    expect("Dziękuję, do widzenia", "pl");
    expect("have a good day", NULL);
}

/* order_language_each_word visits exactly the words the two lookups know, English chat and
 * other languages' function words alike. */
struct each_tally {
    size_t words, english, function, neither;
    bool the, und;
};

static void tally(void *ctx, const char *w, size_t len)
{
    struct each_tally *t = ctx;
    t->words++;
    bool en = order_language_english_word(w, len), fn = order_language_function_word(w, len);
    t->english += en;
    t->function += fn;
    t->neither += !en && !fn;
    t->the = t->the || (len == 3 && memcmp(w, "the", 3) == 0);
    t->und = t->und || (len == 3 && memcmp(w, "und", 3) == 0);
}

static void test_each_word(void)
{
    struct each_tally t = {.words = 0};
    order_language_each_word(tally, &t);
    CHECK(t.english > 50 && t.function > 100);
    CHECK_INT_EQ(t.neither, 0);
    CHECK_INT_EQ(t.english + t.function, t.words);
    CHECK(t.the && t.und);
}

int main(void)
{
    test_foreign();
    test_english();
    test_edges();
    test_word_lists();
    test_hindi_latin();
    test_russian_vietnamese();
    test_scripts();
    test_wishes();
    test_each_word();
    return check_finish("test_order_language");
}
