/* test_order_food.c — the food lexicon: dishes and drinks customers name read as food,
 * plurals included; filler, order words and the stop list's common English words do not;
 * the phrase rules (head word, last two words, short phrases) phrase by phrase. */
#include <stdbool.h>

#include <string.h>

#include "check.h"
#include "gateway/order/food.h"

static struct order_food *food;

static bool phrase(const char *p)
{
    return order_food_phrase(food, p, strlen(p));
}

static bool word(const char *w)
{
    return order_food_word(food, w, strlen(w));
}

/* Off-menu requests customers write: each must read as food or drink. */
static void test_food_phrases(void)
{
    CHECK(phrase("pizza"));
    CHECK(phrase("pepperoni pizza"));
    CHECK(phrase("garlic bread"));
    CHECK(phrase("hot dog"));
    CHECK(phrase("hot dogs"));
    CHECK(phrase("sushi"));
    CHECK(phrase("sushi rolls"));
    CHECK(phrase("ramen"));
    CHECK(phrase("iced latte"));
    CHECK(phrase("latte"));
    CHECK(phrase("nachos"));
    CHECK(phrase("chicken wings"));
    CHECK(phrase("milkshake"));
    CHECK(phrase("burritos"));
    CHECK(phrase("tacos"));
    CHECK(phrase("cola"));
    CHECK(phrase("beer"));
    CHECK(phrase("fries"));
    CHECK(phrase("french fries"));
    CHECK(phrase("iced tea"));
    CHECK(phrase("cheeseburgers"));
    CHECK(phrase("two cheeseburgers"));
    CHECK(phrase("salted almonds")); /* edible nuts: a root of their own in WordNet */
    CHECK(phrase("peanuts"));
    /* A condiment is food: "bbq sauce" left over is a request for something. */
    CHECK(phrase("sauce"));
    CHECK(phrase("bbq sauce"));
}

/* Filler and order words: none may read as food ("side", "table", "order", "special" are
 * WordNet food senses the stop list removes; "pickup" is a pick-me-up drink outside the
 * food hierarchy). */
static void test_filler_phrases(void)
{
    CHECK(!phrase("order"));
    CHECK(!phrase("side"));
    CHECK(!phrase("please"));
    CHECK(!phrase("asap"));
    CHECK(!phrase("the usual"));
    CHECK(!phrase("the usual place"));
    CHECK(!phrase("my son"));
    CHECK(!phrase("for my son"));
    CHECK(!phrase("tomorrow"));
    CHECK(!phrase("pickup"));
    CHECK(!phrase("table"));
    CHECK(!phrase("thanks"));
    CHECK(!phrase("minutes"));
    CHECK(!phrase("card"));
    CHECK(!phrase("special"));
    CHECK(!phrase("menu"));
    CHECK(!phrase("medium"));
    CHECK(!phrase("dish")); /* a dish of any kind: the menu's, or one asked back */
    CHECK(!phrase("for my sake"));
    CHECK(!phrase("to go"));
    CHECK(!phrase("on the side"));
    CHECK(!phrase(""));
}

static void test_plurals(void)
{
    CHECK(word("cheeseburger"));
    CHECK(word("cheeseburgers"));
    CHECK(word("berries"));    /* -ies -> y */
    CHECK(word("tomatoes"));   /* -es after o */
    CHECK(word("radishes"));   /* -es after sh */
    CHECK(word("sandwiches")); /* -es after ch */
    CHECK(word("pies"));       /* "py" is no entry: -s */
    CHECK(word("fries"));      /* an entry as it is */
    CHECK(word("chips"));      /* an entry though "chip" is stopped */
    CHECK(!word("chip"));
    CHECK(!word("boxes")); /* "box" is stopped */
    CHECK(!word("dates"));
    CHECK(!word("s"));
    CHECK(!word(""));
    CHECK(!word("does"));
}

static void test_phrase_rules(void)
{
    /* Head word: the last word (singularised) decides a long phrase... */
    CHECK(phrase("a really big bowl of ramen"));
    CHECK(phrase("some of your best chicken wings"));
    /* ...and an earlier food word counts only in a phrase of at most 3 words. */
    CHECK(phrase("pizza for tonight"));
    CHECK(!phrase("pizza for my son"));
    /* Last two words with the last singularised: "hot dog" though "dog" is stopped. */
    CHECK(phrase("two large hot dogs"));
    CHECK(!phrase("walk the dogs"));
    /* Words longer than any entry, and trailing spaces, do not trip the lookups. */
    CHECK(!phrase("supercalifragilisticexpialidociousnessesses"));
    CHECK(phrase("pizza "));
}

/* order_food_each_word visits the entries of one word, each a food itself, and no phrase. */
struct each_tally {
    size_t words, foods, with_space;
    bool burger, fries;
};

static void tally(void *ctx, const char *w, size_t len)
{
    struct each_tally *t = ctx;
    t->words++;
    t->foods += order_food_word(food, w, len);
    t->with_space += memchr(w, ' ', len) != NULL;
    t->burger = t->burger || (len == 6 && memcmp(w, "burger", 6) == 0);
    t->fries = t->fries || (len == 5 && memcmp(w, "fries", 5) == 0);
}

static void test_each_word(void)
{
    struct each_tally t = {.words = 0};
    order_food_each_word(food, tally, &t);
    CHECK(t.words > 1000);
    CHECK_INT_EQ(t.foods, t.words);
    CHECK_INT_EQ(t.with_space, 0);
    CHECK(t.burger && t.fries);
}

int main(void)
{
    food = order_food_new();
    test_food_phrases();
    test_filler_phrases();
    test_plurals();
    test_phrase_rules();
    test_each_word();
    order_food_free(food);
    order_food_free(NULL);
    return check_finish("test_order_food");
}
