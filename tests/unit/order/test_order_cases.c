/* test_order_cases.c — what the understanding makes of whole messages on the sample menu with
 * the lexical backend, case by case from a table.
 *
 * Every expectation is what bench/data/hand/LABELLING.md says a careful person at the counter
 * would understand, not what the program happens to answer: a case that fails points at the
 * understanding, never at the table. Each case is rendered, expected and actual, into the same
 * one-line form (category/status, intents, items, unknown, clarify, language, unsure), so a
 * failing case prints one line that shows both sides; the checks the form cannot hold (reply text,
 * nothing lost) join that line. All cases run; the test fails when any did. */
#include <ctype.h>
#include <stdarg.h>
#include <stdbool.h>

#include "order_fixture.h"

enum {
    CASE_INTENTS = 3,
    CASE_ITEMS = 4,
    CASE_MODS = 3,
    CASE_LIST = 3,
    CASE_CANDIDATES = 5,
    CASE_REPLY_WORDS = 3,
    RENDER_BYTES = 2048,
};

struct want_item {
    const char *name; /* exactly as in the menu */
    int qty;
    const char *mods[CASE_MODS]; /* in the customer's order */
};

struct want_clarify {
    const char *phrase;
    const char *candidates[CASE_CANDIDATES]; /* in menu order, "(more)" after the first 4 */
    bool how_many;                           /* the count is asked, not the item */
};

/* One thing the customer asked for: found as the item, or as an unknown or clarify phrase
 * holding (or held by) its words. */
struct want_thing {
    const char *words;
    const char *item; /* NULL: no single menu item */
};

struct order_case {
    const char *text;
    const char *category, *status;
    const char *intents[CASE_INTENTS];
    struct want_item items[CASE_ITEMS];
    const char *unknown[CASE_LIST];
    struct want_clarify clarify[CASE_LIST];
    const char *language; /* not English: the code the JSON's "language" holds */
    bool unsure;          /* an order read from counted dishes alone: the JSON's "unsure" */
    const char *reply_has[CASE_REPLY_WORDS], *reply_lacks[CASE_REPLY_WORDS]; /* any case */
    struct want_thing asked[CASE_ITEMS]; /* "never lose an item silently" */
};

#define VANILLA_SHAKE   "Vanilla Oat Milkshake"
#define CHOCOLATE_SHAKE "Chocolate Milkshake"

static const struct order_case cases[] = {
    /* requests phrased as questions are orders; capability and menu questions are not */
    {.text = "Could I grab 2 cheddar cheeseburgers and a lemonade?",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Cheddar Cheeseburger", .qty = 2}, {.name = "Fresh Lemonade", .qty = 1}},
     .asked = {{"cheddar cheeseburgers", "Cheddar Cheeseburger"}, {"lemonade", "Fresh Lemonade"}}},
    {.text = "can I order for tomorrow?",
     .category = "inquiry",
     .status = "answered",
     .intents = {"inquiry"}},
    {.text = "do you have gluten-free buns?",
     .category = "inquiry",
     .status = "answered",
     .intents = {"inquiry"}},
    {.text = "is the halloumi burger vegetarian?",
     .category = "inquiry",
     .status = "answered",
     .intents = {"inquiry"},
     .reply_has = {"Grilled Halloumi Burger"}},
    /* openers read by their grammar, a word of manner or a misspelling inside ("pleeze") */
    {.text = "could i pleeze have fries",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Classic Fries", .qty = 1}}},
    {.text = "we'd really like the halloumi burger",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Grilled Halloumi Burger", .qty = 1}}},
    {.text = "i reckon i could go for some garlic bread",
     .category = "order",
     .status = "rejected",
     .intents = {"order"},
     .unknown = {"garlic bread"}},
    /* "xtra" texted for "extra" leads a listed change, so the dish after it is read whole */
    {.text = "xtra cheese lasagne",
     .category = "order",
     .status = "rejected",
     .intents = {"order"},
     .unknown = {"lasagne"}},
    {.text = "i think we'll have the falafel wrap",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Falafel Wrap", .qty = 1}}},
    /* a question about a food the menu lacks is about the menu; its reply quotes the dish */
    {.text = "do u guys have nachos",
     .category = "inquiry",
     .status = "answered",
     .intents = {"inquiry"},
     .reply_has = {"nachos"},
     .reply_lacks = {"guys", "have nachos"}},
    /* frame words with two letters swapped, short ones too; a swap beats another edit */
    {.text = "cna i order for tomorrow",
     .category = "inquiry",
     .status = "answered",
     .intents = {"inquiry"}},
    /* a frame word misspelt into a menu word ("coud": could or cold) beside a subject
     * pronoun is the frame word; the dish after it is still ordered */
    {.text = "Coud I have sweet potato fries.",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Sweet Potato Fries", .qty = 1}},
     .asked = {{"sweet potato fries", "Sweet Potato Fries"}}},
    {.text = "culd we hace small homemade lemonade",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Fresh Lemonade", .qty = 1, .mods = {"small"}}},
     .asked = {{"lemonade", "Fresh Lemonade"}}},
    /* a menu word starting a sentence before a subject pronoun is a misspelt modal */
    {.text = "Cold you make 1 mac n cheese bites, two cheddar cheeseburgers",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Mac and Cheese Bites", .qty = 1},
               {.name = "Cheddar Cheeseburger", .qty = 2}}},
    /* at the same distance a letter left out wins over one changed: "would", not "hold" */
    {.text = "i wold like to order 2 of the black bean ones",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Black Bean Chipotle Burger", .qty = 2}}},
    /* a count after a preposition measures time or people, not a dish */
    {.text = "gimme a Kids Mini Burger. Pick up in 15 mons :)",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Kids Mini Burger", .qty = 1}}},
    /* ... but never into a function word of another language: "ist" stays German */
    {.text = "Was ist im Kale Caesar Salad?",
     .category = "inquiry",
     .status = "review",
     .intents = {"inquiry"},
     .language = "de"},
    {.text = "waht is in the falafel wrap",
     .category = "inquiry",
     .status = "answered",
     .intents = {"inquiry"},
     .reply_has = {"Falafel Wrap"}},
    /* a dish asked for politely, then a question about it: ordered, then asked */
    {.text = "a classic beef burger please cheers!\nalso is it dairy free?",
     .category = "order",
     .status = "accepted",
     .intents = {"order", "inquiry"},
     .items = {{.name = "Classic Beef Burger", .qty = 1}},
     .reply_has = {"1 × Classic Beef Burger", "dairy-free"}},
    /* a request that starts mid-sentence after a question, with no punctuation between;
     * a word read in context is the context of the word before it ("ied geten tea") */
    {.text = "is it vegan Could I have the ied geten tea :)",
     .category = "order",
     .status = "accepted",
     .intents = {"inquiry", "order"},
     .items = {{.name = "Iced Green Tea", .qty = 1}}},
    /* a verb of getting in -ing form opens a request ("ordering a ...") */
    {.text = "hi there! ordering a strawberry banana :) also does it contain nuts?",
     .category = "order",
     .status = "accepted",
     .intents = {"order", "inquiry"},
     .items = {{.name = "Strawberry Banana Smoothie", .qty = 1}}},
    /* an order and a question: both intents; the reply confirms, then answers from the wrap */
    {.text = "I will have the falafel wrap. Does it contain nuts?",
     .category = "order",
     .status = "accepted",
     .intents = {"order", "inquiry"},
     .items = {{.name = "Falafel Wrap", .qty = 1}},
     .reply_has = {"1 × Falafel Wrap", "Crispy chickpea falafel"}},
    /* typos and partial names that point at one item */
    {.text = "one chikpea salad, one portobelo burgr",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Mediterranean Chickpea Salad", .qty = 1},
               {.name = "BBQ Portobello Mushroom Burger", .qty = 1}},
     .asked = {{"chikpea salad", "Mediterranean Chickpea Salad"},
               {"portobelo burgr", "BBQ Portobello Mushroom Burger"}}},
    /* a misspelt plural is measured without its "s": "slaads" is one swap from "salad" */
    {.text = "two side slaads",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Side Salad", .qty = 2}}},
    /* words beside a misspelt one pin the dish: the misspelling may then be English, short
     * or further off ("ban" for bean, "wtaesr" for waters, "tes" for tea) */
    {.text = "i'm after 1x black ban chipotle burger and 2 sparkling wtaesr, 2x iced green tes",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Black Bean Chipotle Burger", .qty = 1},
               {.name = "Sparkling Water", .qty = 2},
               {.name = "Iced Green Tea", .qty = 2}}},
    /* ... but a food word beside a menu word is another dish, never a misspelling */
    {.text = "a mango lassi",
     .category = "order",
     .status = "rejected",
     .intents = {"order"},
     .unknown = {"mango lassi"}},
    /* a word spelt as it sounds: "keenwa" sounds as "quinoa" and as no other menu word */
    {.text = "lemme get a keenwa bowl, dressing on the side",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Quinoa Power Bowl", .qty = 1, .mods = {"dressing on the side"}}}},
    {.text = "a teryaki tofu bowll",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Tofu Teriyaki Bowl", .qty = 1}}},
    {.text = "a beefburger",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Classic Beef Burger", .qty = 1}}},
    {.text = "i will have the portobello one",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "BBQ Portobello Mushroom Burger", .qty = 1}}},
    {.text = "the jackfruit one please",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Spicy Jackfruit Burger", .qty = 1}}},
    {.text = "a chocolate shake and a brownie",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = CHOCOLATE_SHAKE, .qty = 1}, {.name = "Vegan Chocolate Brownie", .qty = 1}}},
    /* modifiers: the customer's words, or the canonical label that covers them exactly */
    {.text = "quinoa bowl, extra chickpeas, dressing on the side",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Quinoa Power Bowl",
                .qty = 1,
                .mods = {"extra chickpeas", "dressing on the side"}}}},
    {.text = "classic burger cooked medium",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Classic Beef Burger", .qty = 1, .mods = {"cooked medium"}}}},
    {.text = "falafel wrap with grilled onions",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Falafel Wrap", .qty = 1, .mods = {"grilled onions"}}}},
    {.text = "falafel wrap without hummus and a large lemonade, no ice",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Falafel Wrap", .qty = 1, .mods = {"no hummus"}},
               {.name = "Fresh Lemonade", .qty = 1, .mods = {"large", "no ice"}}}},
    /* quantities in every position and form */
    {.text = "onion rings, three of them",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Onion Rings", .qty = 3}}},
    {.text = "onion rings (x3)",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Onion Rings", .qty = 3}}},
    {.text = "truffle fries times two",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Truffle Fries", .qty = 2}}},
    {.text = "cheeseburger/fries/shake",
     .category = "order",
     .status = "review",
     .intents = {"order"},
     .items = {{.name = "Cheddar Cheeseburger", .qty = 1}, {.name = "Classic Fries", .qty = 1}},
     .clarify = {{.phrase = "shake", .candidates = {VANILLA_SHAKE, CHOCOLATE_SHAKE}}},
     .asked = {{"cheeseburger", "Cheddar Cheeseburger"},
               {"fries", "Classic Fries"},
               {"shake", NULL}}},
    {.text = "1 cheeseburger no pickles 1 chicken burger no mayo",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Cheddar Cheeseburger", .qty = 1, .mods = {"no pickles"}},
               {.name = "Crispy Chicken Burger", .qty = 1, .mods = {"no mayo"}}},
     .asked = {{"cheeseburger", "Cheddar Cheeseburger"},
               {"chicken burger", "Crispy Chicken Burger"}}},
    {.text = "two each of falafel wrap and sweet potato fries",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Falafel Wrap", .qty = 2}, {.name = "Sweet Potato Fries", .qty = 2}},
     .asked = {{"falafel wrap", "Falafel Wrap"}, {"sweet potato fries", "Sweet Potato Fries"}}},
    {.text = "a couple of lemonades",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Fresh Lemonade", .qty = 2}}},
    {.text = "3x fries",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Classic Fries", .qty = 3}}},
    /* the same item with different modifiers is listed twice */
    {.text = "4 cold brews, one with oat milk",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Cold Brew Coffee", .qty = 3},
               {.name = "Cold Brew Coffee", .qty = 1, .mods = {"oat milk"}}},
     .asked = {{"cold brews", "Cold Brew Coffee"}}},
    /* generic requests: asked back when several items fit, unknown when none does */
    {.text = "a milkshake",
     .category = "order",
     .status = "review",
     .intents = {"order"},
     .clarify = {{.phrase = "milkshake", .candidates = {VANILLA_SHAKE, CHOCOLATE_SHAKE}}}},
    {.text = "a smoothie",
     .category = "order",
     .status = "review",
     .intents = {"order"},
     .clarify = {{.phrase = "smoothie",
                  .candidates = {"Mango Smoothie", "Strawberry Banana Smoothie"}}}},
    {.text = "garlic bread",
     .category = "order",
     .status = "rejected",
     .intents = {"order"},
     .unknown = {"garlic bread"}},
    {.text = "2 hot dogs and a lemonade",
     .category = "order",
     .status = "rejected",
     .intents = {"order"},
     .items = {{.name = "Fresh Lemonade", .qty = 1}},
     .unknown = {"hot dogs"},
     .asked = {{"hot dogs", NULL}, {"lemonade", "Fresh Lemonade"}}},
    {.text = "a strawberry milkshake",
     .category = "order",
     .status = "rejected",
     .intents = {"order"},
     .unknown = {"strawberry milkshake"}},
    /* other languages: a person reads them, nothing is listed */
    {.text = "quiero dos hamburguesas clásicas y una limonada",
     .category = "order",
     .status = "review",
     .intents = {"order"},
     .language = "es"},
    /* English menu names do not hide the language around them */
    {.text = "quisiera pedir 2 cheese burger y cinco kids mini burger por favor",
     .category = "order",
     .status = "review",
     .intents = {"order"},
     .language = "es"},
    /* other languages read from their function words, short texts included: Dutch, the
     * Spanish "¿", three different weak words; the category from the language's structure:
     * a verb of wanting or a count with a dish orders, a question about the menu asks, one
     * about nothing on it and greetings or thanks are other */
    {.text = "Kan ik twee kaas burgers en een cola bestellen?",
     .category = "order",
     .status = "review",
     .intents = {"order"},
     .language = "nl"},
    {.text = "un cheeseburger y una limonada grande",
     .category = "order",
     .status = "review",
     .intents = {"order"},
     .language = "es"},
    {.text = "Posso avere un hamburger vegano e un tè freddo?",
     .category = "order",
     .status = "review",
     .intents = {"order"},
     .language = "it"},
    {.text = "¿El brownie lleva nueces?",
     .category = "inquiry",
     .status = "review",
     .intents = {"inquiry"},
     .language = "es"},
    {.text = "Hoeveel kost de quinoa bowl?",
     .category = "inquiry",
     .status = "review",
     .intents = {"inquiry"},
     .language = "nl"},
    {.text = "Welche Burger sind vegetarisch?",
     .category = "inquiry",
     .status = "review",
     .intents = {"inquiry"},
     .language = "de"},
    {.text = "Kann ich um 18 Uhr abholen?",
     .category = "other",
     .status = "review",
     .intents = {"other"},
     .language = "de"},
    {.text = "Merci beaucoup, à bientôt !",
     .category = "other",
     .status = "review",
     .intents = {"other"},
     .language = "fr"},
    /* greetings read as written ("hola" is no misspelt "hold"); a foreign word that only
     * resembles a menu word ("tardes") names no dish */
    {.text = "Hola! buenas tardes",
     .category = "other",
     .status = "review",
     .intents = {"other"},
     .language = "es"},
    /* words in brackets beside dishes are an aside: their cues do not make the list a
     * statement */
    {.text = "the grilled halloumi burger (she says it's the best thing she's eaten this year "
             "lol), a portion of truffle fries",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Grilled Halloumi Burger", .qty = 1}, {.name = "Truffle Fries", .qty = 1}}},
    /* a clause opening with "and" after a request goes on with its list: a noun phrase no
     * lexicon knows is a thing asked for, and a condition after it says nothing about it */
    {.text = "2 mango smoothies? oh and a cinnabon if you have those",
     .category = "order",
     .status = "rejected",
     .intents = {"order"},
     .items = {{.name = "Mango Smoothie", .qty = 2}},
     .unknown = {"cinnabon"},
     .asked = {{"mango smoothies", "Mango Smoothie"}, {"cinnabon", NULL}}},
    {.text = "a classic burger. and a big thank you",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Classic Beef Burger", .qty = 1}}},
    /* a kind of dish after "for" right after a dish of that kind heads it, asks nothing */
    {.text = "the carrot cake for dessert and a lemonade",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Carrot Cake Slice", .qty = 1}, {.name = "Fresh Lemonade", .qty = 1}}},
    /* counted things with a question mark alone, no question word or cue, are asked for */
    {.text = "18x spring rolls please?",
     .category = "order",
     .status = "rejected",
     .intents = {"order"},
     .unknown = {"spring rolls"},
     .asked = {{"spring rolls", NULL}}},
    /* one way of making a dish "not" another is written as a swap of the two */
    {.text = "2 onion rings baked not fried please",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Onion Rings", .qty = 2, .mods = {"baked instead of fried"}}}},
    /* a thing followed by "instead" right after a dish (a comma or "with" between) is swapped
     * into that dish, a modifier, not a dish of its own; after "and" it is a dish */
    {.text = "kids nuggets w/ sweet potato fries instead of normal fries",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Kids Chicken Nuggets",
                .qty = 1,
                .mods = {"sweet potato fries instead of classic fries"}}}},
    /* "the normal ones" after "instead of" points back at the kind swapped in */
    {.text = "2 kids nuggets, sweet potato fries instead of the plain ones",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Kids Chicken Nuggets",
                .qty = 2,
                .mods = {"sweet potato fries instead of classic fries"}}}},
    {.text = "a falafel wrap, pinto beans instead of chickpeas",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Falafel Wrap", .qty = 1, .mods = {"pinto beans instead of chickpeas"}}}},
    {.text = "a cheeseburger and sweet potato fries instead of onion rings",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Cheddar Cheeseburger", .qty = 1},
               {.name = "Sweet Potato Fries", .qty = 1, .mods = {"instead of onion rings"}}}},
    /* a count of more than one word after a comma counts the dish before, "a" or not */
    {.text = "onion rings, a dozen",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Onion Rings", .qty = 12}}},
    /* a food emoji right after a question mark pictures the question, it orders nothing */
    {.text = "is the carrot cake made fresh daily? 🍰",
     .category = "inquiry",
     .status = "answered",
     .intents = {"inquiry"}},
    /* pointing back: a count for a dish named in a question, a correction, a reference */
    {.text = "Do you have the kale caesar? I'd like one if so, no croutons",
     .category = "order",
     .status = "accepted",
     .intents = {"inquiry", "order"},
     .items = {{.name = "Kale Caesar Salad", .qty = 1, .mods = {"no croutons"}}}},
    {.text = "2 Mango Smoothies. Actually make that 3.",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Mango Smoothie", .qty = 3}}},
    {.text = "1 carrot cake slice, can I add cream to the cake?",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Carrot Cake Slice", .qty = 1, .mods = {"add cream"}}}},
    /* part of a count takes the modifiers: "4 cold brews, one with oat milk" has its own case */
    {.text = "I need 12 beef burgers for a work thing, 4 of them without onion please",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Classic Beef Burger", .qty = 8},
               {.name = "Classic Beef Burger", .qty = 4, .mods = {"no onion"}}}},
    /* "em", how "them" is texted, points back at the count the same way */
    {.text = "6 cheddar cheeseburgers pls, 3 of em with bacon",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Cheddar Cheeseburger", .qty = 3},
               {.name = "Cheddar Cheeseburger", .qty = 3, .mods = {"bacon"}}}},
    /* a change said of the whole count before a part is split off is every part's: the part
     * keeps it beside its own; a part's change of the same thing replaces it */
    {.text = "3 falafel wraps no onion, one with extra hummus",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Falafel Wrap", .qty = 2, .mods = {"no onions"}},
               {.name = "Falafel Wrap", .qty = 1, .mods = {"no onions", "extra hummus"}}}},
    /* parts counted out in a sentence of their own after the dish, adding up to its count,
     * split it as parts after a comma do; "plain" beside changed parts is no change */
    {.text = "Three halloumi burgers! One plain, two with extra peppers",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Grilled Halloumi Burger", .qty = 1},
               {.name = "Grilled Halloumi Burger", .qty = 2, .mods = {"extra peppers"}}}},
    /* after a part left off, "just" and the parts that stay say the removals again: no
     * change of their own, and the removal's "no" does not reach across their "and" */
    {.text = "a beef burger no lettuce no tomato just the patty and bun",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Classic Beef Burger", .qty = 1, .mods = {"no lettuce", "no tomato"}}}},
    /* a dish asked about with a change, then named again with a count on the answer ("if
     * so"): one order, the answer's count and the question's change */
    {.text = "could you do the mango smoothie without ice? if so 3 mango smoothies",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Mango Smoothie", .qty = 3, .mods = {"no ice"}}}},
    /* after a request, "or" and an auxiliary ask a question of their own: the question's
     * words are no change of the dish and name no dish */
    {.text = "can i get a small mango smoothie or are they all one size",
     .category = "order",
     .status = "accepted",
     .intents = {"order", "inquiry"},
     .items = {{.name = "Mango Smoothie", .qty = 1, .mods = {"small"}}}},
    /* so do they with no cue of the menu and no question mark: whether the request can be
     * had as asked */
    {.text = "can we get a small iced green tea or is there just the regular",
     .category = "order",
     .status = "accepted",
     .intents = {"order", "inquiry"},
     .items = {{.name = "Iced Green Tea", .qty = 1, .mods = {"small"}}}},
    /* a change's lead said twice for stress is one lead: no change of nothing ("extra") */
    {.text = "2 falafel wraps no no onions and extra extra hummus",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Falafel Wrap", .qty = 2, .mods = {"no onions", "extra hummus"}}}},
    {.text = "two cold brews with oat milk, one with almond milk",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Cold Brew Coffee", .qty = 1, .mods = {"oat milk"}},
               {.name = "Cold Brew Coffee", .qty = 1, .mods = {"almond milk"}}}},
    /* once a part is split off, a count equal to the rest is that rest with its own
     * modifiers; "w/" and "w/o" lead a part's modifiers as "with" and "without" do */
    {.text = "2 cheddar cheesburgers, 1 w/o pickles, 1 w/ extra pickles",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Cheddar Cheeseburger", .qty = 1, .mods = {"no pickles"}},
               {.name = "Cheddar Cheeseburger", .qty = 1, .mods = {"extra pickles"}}},
     .asked = {{"cheddar cheesburgers", "Cheddar Cheeseburger"}}},
    {.text = "3 cheddar cheeseburgers, 1 with no pickles, 1 with extra pickles",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Cheddar Cheeseburger", .qty = 1},
               {.name = "Cheddar Cheeseburger", .qty = 1, .mods = {"no pickles"}},
               {.name = "Cheddar Cheeseburger", .qty = 1, .mods = {"extra pickles"}}}},
    /* a smaller count after a counted dish is a part of it, never a new count: with its
     * modifier after it, before it ("... on one"), or in a clause of its own */
    {.text = "Two Kale Caesars, one of them with chicken added",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Kale Caesar Salad", .qty = 1},
               {.name = "Kale Caesar Salad", .qty = 1, .mods = {"add chicken"}}}},
    {.text = "two chocolate milkshakes, hold the whipped cream on one",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = CHOCOLATE_SHAKE, .qty = 1},
               {.name = CHOCOLATE_SHAKE, .qty = 1, .mods = {"no whipped cream"}}}},
    /* a condition after the count ("if u can") closes it and changes nothing */
    {.text = "two chocolate milkshakes, hold the whipped cream on one if u can, and a brownie",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = CHOCOLATE_SHAKE, .qty = 1},
               {.name = CHOCOLATE_SHAKE, .qty = 1, .mods = {"no whipped cream"}},
               {.name = "Vegan Chocolate Brownie", .qty = 1}}},
    {.text = "7 classic fries\n7 cheeseburgers\nno pickles on 3 of them",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Classic Fries", .qty = 7},
               {.name = "Cheddar Cheeseburger", .qty = 4},
               {.name = "Cheddar Cheeseburger", .qty = 3, .mods = {"no pickles"}}}},
    /* a kind of dish described by what is in it is the one item whose description holds
     * the words; the description's own menu words ("black beans") add nothing */
    {.text = "i want the bowl with the sweet potato and black beans pls, no pumpkin seeds",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Quinoa Power Bowl", .qty = 1, .mods = {"no pumpkin seeds"}}}},
    {.text = "a burger with roasted peppers and cheese",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Grilled Halloumi Burger", .qty = 1}}},
    /* ... and a description no item holds alone is still asked back */
    {.text = "a wrap with lettuce and pineapple",
     .category = "order",
     .status = "review",
     .intents = {"order"},
     .clarify = {{"wrap", {"Falafel Wrap", "Buffalo Cauliflower Wrap"}}}},
    /* a thing the menu lacks is never dropped: after '&', with its count after it, or
     * after a separator where a dish of the food lexicon reads as no modifier */
    {.text = "10 Fresh Lemonades & one slada.",
     .category = "order",
     .status = "rejected",
     .intents = {"order"},
     .items = {{.name = "Fresh Lemonade", .qty = 10}},
     .unknown = {"slada"},
     .asked = {{"lemonades", "Fresh Lemonade"}, {"slada", NULL}}},
    {.text = "one carrot cake slice/hot dog x 1",
     .category = "order",
     .status = "rejected",
     .intents = {"order"},
     .items = {{.name = "Carrot Cake Slice", .qty = 1}},
     .unknown = {"hot dog"},
     .asked = {{"hot dog", NULL}}},
    {.text = "cppuccinos x2 n the vanilla oat shake",
     .category = "order",
     .status = "rejected",
     .intents = {"order"},
     .items = {{.name = VANILLA_SHAKE, .qty = 1}},
     .unknown = {"cppuccinos"},
     .asked = {{"cppuccinos", NULL}}},
    /* a dish in the plural, with no count, for a group: how many is asked; a count or a
     * name's own plural ("onion rings") is no such dish */
    {.text = "Id like buffalo cauliflower wraps for the table",
     .category = "order",
     .status = "review",
     .intents = {"order"},
     .clarify = {{"buffalo cauliflower wraps", {"Buffalo Cauliflower Wrap"}, .how_many = true}},
     .reply_has = {"How many"}},
    {.text = "2 lemonades and onion rings for everyone",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Fresh Lemonade", .qty = 2}, {.name = "Onion Rings", .qty = 1}}},
    /* a line of a list of dishes, with a bullet, an article or a count, names a dish even
     * when no lexicon knows it; a name signed on a line of its own does not */
    {.text = "Can I get:\n- a cdoissant\n- sweet potato fries\nThanks,\nSofia",
     .category = "order",
     .status = "rejected",
     .intents = {"order"},
     .items = {{.name = "Sweet Potato Fries", .qty = 1}},
     .unknown = {"cdoissant"},
     .asked = {{"cdoissant", NULL}}},
    /* a group's size is the count of a plural dish; a count of a pronoun in the clause is
     * the count of the dish named without one */
    {.text = "another round of lemonades for the 4 of us",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Fresh Lemonade", .qty = 4}}},
    {.text = "whatever the spicy burger is, i want 2 of them",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Spicy Jackfruit Burger", .qty = 2}}},
    /* a sentence of one or two adjectives or sizes after a dish describes it; praise does
     * not */
    {.text = "Cold brew. Black. Big.",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Cold Brew Coffee", .qty = 1, .mods = {"black", "large"}}}},
    {.text = "a lemonade. great.",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Fresh Lemonade", .qty = 1}}},
    /* "meal" after menu words names a dish of theirs, even after "kids" */
    {.text = "kids meal for my daughter and a crispy chicken burger for me",
     .category = "order",
     .status = "review",
     .intents = {"order"},
     .items = {{.name = "Crispy Chicken Burger", .qty = 1}},
     .clarify = {{"kids meal", {"Kids Mini Burger", "Kids Chicken Nuggets"}}},
     .asked = {{"kids meal", NULL}}},
    /* the words before "on it" / "on top" are toppings, menu words or not */
    {.text = "2 halloumi burgers grilled onions on it & add avocado",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Grilled Halloumi Burger",
                .qty = 2,
                .mods = {"grilled onions", "add avocado"}}}},
    /* '+' joins the words of one name as '&' does; between two names it separates */
    {.text = "mac + cheese bites, cheeseburger + fries",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Mac and Cheese Bites", .qty = 1},
               {.name = "Cheddar Cheeseburger", .qty = 1},
               {.name = "Classic Fries", .qty = 1}}},
    /* a name no lexicon knows, in a list of dishes (an article before the next one), is
     * a thing the menu lacks */
    {.text = "Can I get a Perrier and the Caesar",
     .category = "order",
     .status = "rejected",
     .intents = {"order"},
     .items = {{.name = "Kale Caesar Salad", .qty = 1}},
     .unknown = {"perrier"}},
    /* a thing asked "instead" in a clause of its own is a modifier of the dish before */
    {.text = "I'll take a kale caesar with no anchovy dressing - can i get the lemon "
             "vinaigrette instead? and is the kale raw?",
     .category = "order",
     .status = "accepted",
     .intents = {"order", "inquiry"},
     .items = {{.name = "Kale Caesar Salad",
                .qty = 1,
                .mods = {"lemon vinaigrette instead of anchovy dressing"}}}},
    /* a dish pointed at by a word the menu lacks ("a veggie one") is asked back; "one" after
     * a counted dish's noun counts the next thing ("one beefburger one veggie one") */
    {.text = "one beefburger one veggie one",
     .category = "order",
     .status = "review",
     .intents = {"order"},
     .items = {{.name = "Classic Beef Burger", .qty = 1}},
     /* the candidates are the lexical embedding's nearest names */
     .clarify = {{"veggie one", {"The Green Garden Vegan Burger", "Vegan Chocolate Brownie"}}},
     .asked = {{"veggie one", NULL}}},
    {.text = "One order please: the jakfruit one extra sauce (x3).",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Spicy Jackfruit Burger", .qty = 3, .mods = {"extra sauce"}}}},
    /* "w/" is "with" for the filler before it and for the name after it: after it only a
     * whole name is a dish */
    {.text = "a falafel wrap for me w/ halloumi added",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Falafel Wrap", .qty = 1, .mods = {"add halloumi"}}}},
    /* a word before a kind of dish that one candidate's description holds names it
     * ("avocado burger": the Black Bean Chipotle Burger has avocado); one no candidate's
     * description holds still makes a dish the menu lacks ("pork burger") */
    {.text = "an avocado burger and a pork burger",
     .category = "order",
     .status = "rejected",
     .intents = {"order"},
     .items = {{.name = "Black Bean Chipotle Burger", .qty = 1}},
     .unknown = {"pork burger"}},
    /* ... and one several hold narrows the kind, to be asked back */
    {.text = "a tomato burger",
     .category = "order",
     .status = "review",
     .intents = {"order"},
     .clarify = {{"tomato burger",
                  {"The Green Garden Vegan Burger", "Classic Beef Burger",
                   "BBQ Portobello Mushroom Burger"}}}},
    /* a word no lexicon reads before a kind of dish, held by one candidate's description,
     * names it ("alphonso": the Mango Smoothie's Alphonso mango) */
    {.text = "an alphonso smoothie",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Mango Smoothie", .qty = 1}}},
    /* a name no lexicon knows, with its own modifiers, in a list of dishes is never lost */
    {.text = "kottu no onions, a lemonade",
     .category = "order",
     .status = "rejected",
     .intents = {"order"},
     .items = {{.name = "Fresh Lemonade", .qty = 1}},
     .unknown = {"kottu"},
     .asked = {{"kottu", NULL}}},
    /* two spans of one item with a word no lexicon reads between are one name */
    {.text = "mac n chz bitez and a lemonaid",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Mac and Cheese Bites", .qty = 1}, {.name = "Fresh Lemonade", .qty = 1}}},
    /* beside the rest of a name, a word with its first letter left out ("rap") */
    {.text = "a falafel rap and a buffalo cauliflower rap",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Falafel Wrap", .qty = 1}, {.name = "Buffalo Cauliflower Wrap", .qty = 1}}},
    /* a dish after a preposition right after a modifier points back at it */
    {.text = "one falafel wrap and two lemonade, please no ice in lemonade.",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Falafel Wrap", .qty = 1},
               {.name = "Fresh Lemonade", .qty = 2, .mods = {"no ice"}}}},
    /* a count "each" closing or opening a list is every dish's of that list */
    {.text = "fries and brownie (4 each) / grilled halloumi burger (x1)",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Classic Fries", .qty = 4},
               {.name = "Vegan Chocolate Brownie", .qty = 4},
               {.name = "Grilled Halloumi Burger", .qty = 1}}},
    {.text = "Gimme 3 of each: the classic beef burger, the chickpea one",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Classic Beef Burger", .qty = 3},
               {.name = "Mediterranean Chickpea Salad", .qty = 3}}},
    {.text = "kale caesar salad + kids nuggets x3 each",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Kale Caesar Salad", .qty = 3},
               {.name = "Kids Chicken Nuggets", .qty = 3}}},
    /* the numbers of a numbered list count nothing */
    {.text = "Dinner order:\n1. one Kids Mini Burger\n2. 4x vegan brownies\n3. 1x Side Salad",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Kids Mini Burger", .qty = 1},
               {.name = "Vegan Chocolate Brownie", .qty = 4},
               {.name = "Side Salad", .qty = 1}}},
    /* a count after a dash: "burgers - 2 of those" */
    {.text = "Dinner for us: green garden vegan burgers - 2 of those.",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "The Green Garden Vegan Burger", .qty = 2}}},
    /* a unit made of a word of the name ("slice of carrot cake") is the name; a unit before
     * a dish the menu lacks is not ("a slice of cheesecake"); "oddering" is "ordering" */
    {.text = "Oddering falafel wrap extra tahini X2; slice of carrot cake X2",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Falafel Wrap", .qty = 2, .mods = {"extra tahini"}},
               {.name = "Carrot Cake Slice", .qty = 2}}},
    {.text = "a slice of cheesecake and a cold brew to go",
     .category = "order",
     .status = "rejected",
     .intents = {"order"},
     .items = {{.name = "Cold Brew Coffee", .qty = 1}},
     .unknown = {"cheesecake"}},
    /* a correction replaces the dish named again or the kind it picks from */
    {.text = "one wrap please, whichever's vegan... actually no the cauliflower one",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Buffalo Cauliflower Wrap", .qty = 1}}},
    {.text = "Lemonade. Make it 2. no wait 1 lemonade 1 iced tea",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Fresh Lemonade", .qty = 1}, {.name = "Iced Green Tea", .qty = 1}}},
    {.text = "can I have the smoothie with mango... no wait the strawberry one. and a shake",
     .category = "order",
     .status = "review",
     .intents = {"order"},
     .items = {{.name = "Strawberry Banana Smoothie", .qty = 1}},
     .clarify = {{"shake", {VANILLA_SHAKE, CHOCOLATE_SHAKE}}}},
    /* a request pointing at a dish described outside a request asks for it anew */
    {.text = "he got this burger with like roasted peppers and cheese? Can I get two of those to "
             "go, and a mango smoothie",
     .category = "order",
     .status = "accepted",
     .intents = {"inquiry", "order"},
     .items = {{.name = "Grilled Halloumi Burger", .qty = 2},
               {.name = "Mango Smoothie", .qty = 1}}},
    /* a count and size right before the next dish are that dish's, not a part of the one
     * before ("one large" after "4 cold brews" is) */
    {.text = "three lemonades plus 2x big onion rings, 4 cold brews, one large",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Fresh Lemonade", .qty = 3},
               {.name = "Onion Rings", .qty = 2, .mods = {"large"}},
               {.name = "Cold Brew Coffee", .qty = 3},
               {.name = "Cold Brew Coffee", .qty = 1, .mods = {"large"}}}},
    /* "one" before a noun counts it, it points back at nothing ("one if so" does) */
    {.text = "Our order:\n- A chocolate brownie\n- one orange juice",
     .category = "order",
     .status = "rejected",
     .intents = {"order"},
     .items = {{.name = "Vegan Chocolate Brownie", .qty = 1}},
     .unknown = {"orange juice"},
     .asked = {{"orange juice", NULL}}},
    {.text = "Do you have the kale caesar? I'd like one if so, no croutons",
     .category = "order",
     .status = "accepted",
     .intents = {"inquiry", "order"},
     .items = {{.name = "Kale Caesar Salad", .qty = 1, .mods = {"no croutons"}}}},
    /* dishes made of menu words that the menu does not have */
    {.text = "fish and chips x2",
     .category = "order",
     .status = "rejected",
     .intents = {"order"},
     .unknown = {"fish and chips"}},
    /* ... also when the menu word in it is misspelt */
    {.text = "1x hot chocilate and 1 apple crumble",
     .category = "order",
     .status = "rejected",
     .intents = {"order"},
     .items = {{.name = "Apple Crumble", .qty = 1}},
     .unknown = {"hot chocilate"}},
    {.text = "a halloumi wrap and a hot chocolate",
     .category = "order",
     .status = "rejected",
     .intents = {"order"},
     .unknown = {"halloumi wrap", "hot chocolate"}},
    /* what the customer says they do not want is not ordered, nor lost: a modifier */
    {.text = "i dont want fries, just a cheeseburger",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Cheddar Cheeseburger", .qty = 1}}},
    {.text = "a falafel wrap, i don't want onions on it",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Falafel Wrap", .qty = 1, .mods = {"no onions"}}}},
    /* a menu word that ends no name, then a plural noun or a word of another cuisine: a
     * dish the menu lacks, declined, never asked back as the menu word alone */
    {.text = "2 chicken tenders and a lemonade",
     .category = "order",
     .status = "rejected",
     .intents = {"order"},
     .items = {{.name = "Fresh Lemonade", .qty = 1}},
     .unknown = {"chicken tenders"},
     .asked = {{"chicken tenders", NULL}, {"lemonade", "Fresh Lemonade"}}},
    {.text = "a chicken katsu curry please",
     .category = "order",
     .status = "rejected",
     .intents = {"order"},
     .unknown = {"chicken katsu curry"}},
    /* part of one name describing another whole name: a dish neither is */
    {.text = "jackfruit fries x3 + 2 lemonades",
     .category = "order",
     .status = "rejected",
     .intents = {"order"},
     .items = {{.name = "Fresh Lemonade", .qty = 2}},
     .unknown = {"jackfruit fries"}},
    {.text = "halloumi, fries",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Grilled Halloumi Burger", .qty = 1}, {.name = "Classic Fries", .qty = 1}}},
    /* after a menu word no dictionary knows, a foreign word is more of the menu's language
     * ("portobello grande"), not another cuisine's dish; it is the size it says */
    {.text = "portobello grande",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "BBQ Portobello Mushroom Burger", .qty = 1, .mods = {"large"}}}},
    /* "one" before a menu word counts the next dish; it is no pro-form ("the spicy one") */
    {.text = "one halloumi burger one beefburger",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Grilled Halloumi Burger", .qty = 1},
               {.name = "Classic Beef Burger", .qty = 1}}},
    /* a noun phrase in a list of dishes names a thing ordered, known or not: a brand */
    {.text = "2 cheeseburgers and a heineken",
     .category = "order",
     .status = "rejected",
     .intents = {"order"},
     .items = {{.name = "Cheddar Cheeseburger", .qty = 2}},
     .unknown = {"heineken"},
     .asked = {{"heineken", NULL}}},
    {.text = "onion rings and a Corona",
     .category = "order",
     .status = "rejected",
     .intents = {"order"},
     .items = {{.name = "Onion Rings", .qty = 1}},
     .unknown = {"corona"}},
    /* a word of a dish is no misspelt frame word: "thai" of "pad thai" is not "that" */
    {.text = "2 onion rings and a pad thai",
     .category = "order",
     .status = "rejected",
     .intents = {"order"},
     .items = {{.name = "Onion Rings", .qty = 2}},
     .unknown = {"pad thai"}},
    /* a relative clause picks among dishes ("whichever is vegan"); it tells nothing */
    {.text = "a shake pls, whichever is vegan",
     .category = "order",
     .status = "review",
     .intents = {"order"},
     .clarify = {{.phrase = "shake", .candidates = {VANILLA_SHAKE, CHOCOLATE_SHAKE}}},
     .asked = {{"shake", NULL}}},
    /* so does "whichever" and its noun before "is the ... one": a relative clause of the
     * request, not a question cut off from it */
    {.text = "fries and whichever shake is the dairy free one",
     .category = "order",
     .status = "review",
     .intents = {"order"},
     .items = {{.name = "Classic Fries", .qty = 1}},
     .clarify = {{.phrase = "shake", .candidates = {VANILLA_SHAKE, CHOCOLATE_SHAKE}}}},
    /* a count after a question about a dish, before words that name no dish, orders it */
    {.text = "is the side salad vegan? want 3 for my kids",
     .category = "order",
     .status = "accepted",
     .intents = {"inquiry", "order"},
     .items = {{.name = "Side Salad", .qty = 3}}},
    /* a noun phrase sent alone with "please" asks for it, known or not */
    {.text = "kottu grande plz",
     .category = "order",
     .status = "rejected",
     .intents = {"order"},
     .unknown = {"kottu grande"}},
    {.text = "help please", .category = "other", .status = "logged", .intents = {"other"}},
    /* ... not an adjective, nor a sound of hesitation */
    {.text = "fries and a big thank you",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Classic Fries", .qty = 1}}},
    {.text = "3 lemonades and uhh... the one my sister had last week",
     .category = "order",
     .status = "review",
     .intents = {"order"},
     .items = {{.name = "Fresh Lemonade", .qty = 3}},
     .clarify = {{.phrase = "the one my sister had last week"}}},
    /* a diet after a dish says what it is or should be, not which other dish */
    {.text = "could u make the falafel wrap vegan??",
     .category = "inquiry",
     .status = "answered",
     .intents = {"inquiry"},
     .reply_has = {"Falafel Wrap"}},
    {.text = "the falafel wrap vegan please",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Falafel Wrap", .qty = 1, .mods = {"vegan"}}}},
    /* a clipping of a menu word names what the whole word names: "choc" of "chocolate" */
    {.text = "3 vegan choc brownies pls",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Vegan Chocolate Brownie", .qty = 3}}},
    /* a complaint about a dish is not an order of it */
    {.text = "you forgot the onion rings in my order",
     .category = "other",
     .status = "logged",
     .intents = {"other"}},
    /* what happened to an earlier order, told or asked, is for a person */
    {.text = "was the cheeseburger meant to be this greasy? not impressed",
     .category = "other",
     .status = "logged",
     .intents = {"other"}},
    {.text = "the box we picked up had a cheeseburger not the beef burger, my wife is "
             "lactose intolerant",
     .category = "other",
     .status = "logged",
     .intents = {"other"}},
    {.text = "my son ate the kale caesar yesterday and got ill, why wasnt the menu clearer",
     .category = "other",
     .status = "logged",
     .intents = {"other"}},
    /* a dish after a preposition beside a question tells which thing is asked about */
    {.text = "is it vegan? i mean the dressing on the chickpea salad",
     .category = "inquiry",
     .status = "answered",
     .intents = {"inquiry"}},
    /* ... while a diet question about a dish stays one, whatever its tense */
    {.text = "was the halloumi burger vegetarian?",
     .category = "inquiry",
     .status = "answered",
     .intents = {"inquiry"}},
    /* a phrase that would be an opener or a reference, as the subject of a statement */
    {.text = "my order came with two lemonades instead of one",
     .category = "other",
     .status = "logged",
     .intents = {"other"}},
    {.text = "my previous order was missing a lemonade. anyway can i get 2 brownies",
     .category = "order",
     .status = "accepted",
     .intents = {"other", "order"},
     .items = {{.name = "Vegan Chocolate Brownie", .qty = 2}}},
    /* "one of the burgers": part of a dish asked for before, with its own modifiers */
    {.text = "3 cheeseburgers and 2 lemonades. two of the burgers with no pickles",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Cheddar Cheeseburger", .qty = 1},
               {.name = "Fresh Lemonade", .qty = 2},
               {.name = "Cheddar Cheeseburger", .qty = 2, .mods = {"no pickles"}}}},
    /* "to drink, ..." heads the drinks that follow; it asks for no other drink */
    {.text = "2 onion rings. For dessert, an apple crumble and a brownie.",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Onion Rings", .qty = 2},
               {.name = "Apple Crumble", .qty = 1},
               {.name = "Vegan Chocolate Brownie", .qty = 1}}},
    /* a pronoun back to a dish asked about adds one of it; a number inside an address is
     * no count of the dish before */
    {.text = "what sauce comes on the halloumi burger? I'll take one of those too",
     .category = "order",
     .status = "accepted",
     .intents = {"inquiry", "order"},
     .items = {{.name = "Grilled Halloumi Burger", .qty = 1}}},
    {.text = "3 cold brews. Table 12, seat 4.",
     .category = "order",
     .status = "accepted",
     .intents = {"order"}, /* where to bring it is logistics, no intent of its own */
     .items = {{.name = "Cold Brew Coffee", .qty = 3}}},
    /* a number after a preposition counts people or a table, not a dish */
    {.text = "could we reserve a table for 5 on sunday",
     .category = "other",
     .status = "logged",
     .intents = {"other"}},
    {.text = "ich möchte zwei Falafel Wraps bitte",
     .category = "order",
     .status = "review",
     .intents = {"order"},
     .language = "de"},
    /* everything else */
    {.text = "where do I pick up my order?",
     .category = "other",
     .status = "logged",
     .intents = {"other"}},
    {.text = "my fries were cold last night",
     .category = "other",
     .status = "logged",
     .intents = {"other"}},
    {.text = "thanks!", .category = "other", .status = "logged", .intents = {"other"}},
    /* an order outside the message names no dish: asked back, never logged as other */
    {.text = "could i get my usual please",
     .category = "order",
     .status = "review",
     .intents = {"order"},
     .clarify = {{.phrase = "my usual"}},
     .reply_has = {"earlier orders", "my usual"},
     .asked = {{"my usual", NULL}}},
    /* a dish right after a comma restates the earlier order: it says what was had */
    {.text = "id like what my sister got, the tofu teriyaki bowl, plus a lemonade",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Tofu Teriyaki Bowl", .qty = 1}, {.name = "Fresh Lemonade", .qty = 1}}},
    {.text = "same as last time plus a lemonade",
     .category = "order",
     .status = "review",
     .intents = {"order"},
     .items = {{.name = "Fresh Lemonade", .qty = 1}},
     .clarify = {{.phrase = "same as last time"}},
     .asked = {{"same as last time", NULL}, {"lemonade", "Fresh Lemonade"}}},
    {.text = "i'll take whatever my brother ordered on friday",
     .category = "order",
     .status = "review",
     .intents = {"order"},
     .clarify = {{.phrase = "whatever my brother ordered on friday"}}},
    {.text = "the regular fries please",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Classic Fries", .qty = 1}}},
    {.text = "what my sister had last night was cold",
     .category = "other",
     .status = "logged",
     .intents = {"other"}},
    /* the reply quotes the off-menu thing, never the customer's sentence around it */
    {.text = "can I get a pepperoni pizza for my son please",
     .category = "order",
     .status = "rejected",
     .intents = {"order"},
     .unknown = {"pepperoni pizza"},
     .reply_has = {"pepperoni pizza"},
     .reply_lacks = {"my son", "can i get", "pizza for"},
     .asked = {{"pepperoni pizza", NULL}}},
    /* "do" before an article, a count or "me" opens an imperative, not a question */
    {.text = "do a classic beef burger for me",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Classic Beef Burger", .qty = 1}}},
    {.text = "do me two cheeseburgers",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Cheddar Cheeseburger", .qty = 2}}},
    /* "do" before a verb is emphatic ("do pass on my thanks"): an imperative, no question */
    {.text = "two falafel wraps for pickup please. do pass on my thanks to the chef",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Falafel Wrap", .qty = 2}}},
    /* "do the X one" with only a change, "instead" or politeness after it picks a dish out;
     * "do the X ones" and a verb asks */
    {.text = "no wait, do the halloumi one instead, no tomato",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Grilled Halloumi Burger", .qty = 1, .mods = {"no tomato"}}}},
    {.text = "do the grilled ones come with fries",
     .category = "inquiry",
     .status = "answered",
     .intents = {"inquiry"}},
    {.text = "do you have onion rings?",
     .category = "inquiry",
     .status = "answered",
     .intents = {"inquiry"}},
    /* a kind wished for, uncounted, then asked which of it: still being chosen, the question
     * is the message; counted, it is an order a person completes */
    {.text = "we'd like some burgers for the office. which of your burgers are vegan?",
     .category = "inquiry",
     .status = "answered",
     .intents = {"inquiry"}},
    {.text = "we'd like 2 burgers. which of your burgers are vegan?",
     .category = "order",
     .status = "review",
     .intents = {"order", "inquiry"},
     .clarify = {{.phrase = "burgers",
                  .candidates = {"The Green Garden Vegan Burger", "Classic Beef Burger",
                                 "Cheddar Cheeseburger", "Crispy Chicken Burger", "(more)"}}}},
    /* "the special", one of the specials, is asked about as "specials" is */
    {.text = "hey what's the special tonight?",
     .category = "inquiry",
     .status = "answered",
     .intents = {"inquiry"}},
    /* "with" and an article before a whole dish of the food lexicon is another thing */
    {.text = "kids mini burger with an apple juice",
     .category = "order",
     .status = "rejected",
     .intents = {"order"},
     .items = {{.name = "Kids Mini Burger", .qty = 1}},
     .unknown = {"apple juice"},
     .asked = {{"apple juice", NULL}}},
    {.text = "kids mini burger with extra pickles",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Kids Mini Burger", .qty = 1, .mods = {"extra pickles"}}}},
    /* a comma then "were": the match form's "we're", no verb about the dishes */
    {.text = "smoothies and fries for everyone, we're like 8",
     .category = "order",
     .status = "review",
     .intents = {"order"},
     .items = {{.name = "Classic Fries", .qty = 1}},
     .clarify = {{.phrase = "smoothies",
                  .candidates = {"Mango Smoothie", "Strawberry Banana Smoothie"}}},
     .asked = {{"smoothies", NULL}, {"fries", "Classic Fries"}}},
    /* "I was wondering" opens a question of its own, even mid-sentence after the list */
    {.text = "the apple crumble, ready by 6 please also i was wondering if the falafel wrap is "
             "vegan",
     .category = "order",
     .status = "accepted",
     .intents = {"order", "inquiry"},
     .items = {{.name = "Apple Crumble", .qty = 1}},
     .asked = {{"apple crumble", "Apple Crumble"}}},
    /* a list after a colon is ordered: the story before it, or a question about it after,
     * does not speak for it */
    {.text = "my friend wouldn't stop talking about your place, so here goes: the grilled "
             "halloumi burger, a portion of truffle fries, and the carrot cake. Is that all "
             "vegetarian?",
     .category = "order",
     .status = "accepted",
     .intents = {"order", "inquiry"},
     .items = {{.name = "Grilled Halloumi Burger", .qty = 1},
               {.name = "Truffle Fries", .qty = 1},
               {.name = "Carrot Cake Slice", .qty = 1}}},
    {.text = "our order yesterday: the halloumi burger and the fries were both cold",
     .category = "other",
     .status = "logged",
     .intents = {"other"}},
    /* every phrase holding "you" also reads with texting's "u" */
    {.text = "can u do a cheeseburger",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Cheddar Cheeseburger", .qty = 1}}},
    {.text = "could u make me 2 lemonades",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Fresh Lemonade", .qty = 2}}},
    /* "make" a dish into a diet, asked, is what the kitchen can do: a question */
    {.text = "could you make the falafel wrap vegan?",
     .category = "inquiry",
     .status = "answered",
     .intents = {"inquiry"}},
    {.text = "could you make me a falafel wrap?",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Falafel Wrap", .qty = 1}}},
    /* a kind that restates a dish of its clause (a heading, an aside in brackets, right
     * after the name, after a verb of being) asks nothing; after an article it is a dish */
    {.text = "dessert time: carrot cake and a brownie",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Carrot Cake Slice", .qty = 1},
               {.name = "Vegan Chocolate Brownie", .qty = 1}}},
    {.text = "halloumi burger and the chickpea one (the salad)",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Grilled Halloumi Burger", .qty = 1},
               {.name = "Mediterranean Chickpea Salad", .qty = 1}}},
    {.text = "1 portobello, 1 halloumi - all burgers - and a lemonade",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "BBQ Portobello Mushroom Burger", .qty = 1},
               {.name = "Grilled Halloumi Burger", .qty = 1},
               {.name = "Fresh Lemonade", .qty = 1}}},
    {.text = "a mango smoothie and a smoothie",
     .category = "order",
     .status = "review",
     .intents = {"order"},
     .items = {{.name = "Mango Smoothie", .qty = 1}},
     .clarify = {{.phrase = "smoothie",
                  .candidates = {"Mango Smoothie", "Strawberry Banana Smoothie"}}},
     .asked = {{"smoothie", NULL}}},
    /* Polish and Turkish by their function words; a text of only one language's listed
     * words is that language; a foreign statement of what happened orders nothing */
    {.text = "Poproszę dwa burgery z halloumi i frytki",
     .category = "order",
     .status = "review",
     .intents = {"order"},
     .language = "pl"},
    {.text = "Merhaba, iki tavuk burger ve bir limonata istiyorum",
     .category = "order",
     .status = "review",
     .intents = {"order"},
     .language = "tr"},
    {.text = "gracias!!",
     .category = "other",
     .status = "review",
     .intents = {"other"},
     .language = "es"},
    {.text = "thanks!!", .category = "other", .status = "logged", .intents = {"other"}},
    {.text = "Meine Bestellung gestern war kalt und es fehlten die Pommes.",
     .category = "other",
     .status = "review",
     .intents = {"other"},
     .language = "de"},
    {.text = "il wrap falafel è vegano?",
     .category = "inquiry",
     .status = "review",
     .intents = {"inquiry"},
     .language = "it"},
    /* dictation's "to"/"for" where a count stands before a plural dish: two, four */
    {.text = "can i have to crispy chicken burgers and to iced green teas",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Crispy Chicken Burger", .qty = 2}, {.name = "Iced Green Tea", .qty = 2}}},
    {.text = "for fries please",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Classic Fries", .qty = 4}}},
    /* "for" after the dish names whom it is for, no count of four; for a group of unsaid
     * size, how many is asked */
    {.text = "fries for the kids",
     .category = "order",
     .status = "review",
     .intents = {"order"},
     .clarify = {{"fries", {"Classic Fries"}, .how_many = true}}},
    {.text = "for dessert, two brownies",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Vegan Chocolate Brownie", .qty = 2}}},
    /* where a dish stands, a word one edit from a dish word, or a short word no
     * dictionary knows, is asked back, never dropped; words of another matter are not */
    {.text = "Warp please!!",
     .category = "order",
     .status = "review",
     .intents = {"order"},
     .clarify = {{.phrase = "warp",
                  .candidates = {"Black Bean Chipotle Burger", "Buffalo Cauliflower Wrap"}}},
     .asked = {{"warp", NULL}}},
    {.text = "can i have a refund", .category = "other", .status = "logged", .intents = {"other"}},
    /* dishes named bare right after a question about their kind narrow the question */
    {.text = "what wraps come with hummus? the falafel?",
     .category = "inquiry",
     .status = "answered",
     .intents = {"inquiry"}},
    {.text = "what wraps come with hummus? a falafel wrap please",
     .category = "order",
     .status = "accepted",
     .intents = {"inquiry", "order"},
     .items = {{.name = "Falafel Wrap", .qty = 1}}},
    /* '&' before an article or a count starts another thing; inside a name it joins */
    {.text = "3 croissants & a bagel!",
     .category = "order",
     .status = "rejected",
     .intents = {"order"},
     .unknown = {"croissants", "bagel"},
     .asked = {{"croissants", NULL}, {"bagel", NULL}}},
    {.text = "mac & cheese bites",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Mac and Cheese Bites", .qty = 1}}},
    /* a dish with no count, then "for" and a count spelt as a word, is that many of it; a
     * count in digits may be a time */
    {.text = "mushroom burger for two and one sparkling water",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "BBQ Portobello Mushroom Burger", .qty = 2},
               {.name = "Sparkling Water", .qty = 1}}},
    {.text = "a lemonade for 7",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Fresh Lemonade", .qty = 1}}},
    /* "not" and the count it corrects, after a counted dish, is no modifier */
    {.text = "actually make that 3 teriyaki bowls not 2",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Tofu Teriyaki Bowl", .qty = 3}}},
    /* an apology or thanks after the corrected count leaves it the count's */
    {.text = "four mango smoothies not five sorry",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Mango Smoothie", .qty = 4}}},
    /* "without X" and "hold (the) X" are written "no X" */
    {.text = "halloumi burger without rocket and a wrap, hold the hummus",
     .category = "order",
     .status = "review",
     .intents = {"order"},
     .items = {{.name = "Grilled Halloumi Burger", .qty = 1, .mods = {"no rocket"}}},
     .clarify = {{.phrase = "wrap", .candidates = {"Falafel Wrap", "Buffalo Cauliflower Wrap"}}},
     .asked = {{"wrap", NULL}}},
    /* a word said again at once names the dish again; an emoji after a name does not */
    {.text = "lemonade lemonade and an iced tea",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Fresh Lemonade", .qty = 2}, {.name = "Iced Green Tea", .qty = 1}}},
    {.text = "a mango smoothy 🥭",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Mango Smoothie", .qty = 1}}},
    /* a foreign verb of wanting orders even among thanks and greetings */
    {.text = "Ciao, vorrei due patatine al tartufo e una limonata, grazie",
     .category = "order",
     .status = "review",
     .intents = {"order"},
     .language = "it"},
    {.text = "Grazie mille, tutto buonissimo",
     .category = "other",
     .status = "review",
     .intents = {"other"},
     .language = "it"},
    /* a food emoji after a phrase holding its word illustrates it, a count between or not */
    {.text = "strawberry banana smoothie x2 🍓🍌",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Strawberry Banana Smoothie", .qty = 2}}},
    {.text = "cheeseburger, 🍟",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Cheddar Cheeseburger", .qty = 1}, {.name = "Classic Fries", .qty = 1}}},
    /* pictures opening the words, each of a thing the words then name, preview the request */
    {.text = "yo!! 🍟🍔 could we grab 3 cheddar cheeseburgers and 3 truffle fries",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Cheddar Cheeseburger", .qty = 3}, {.name = "Truffle Fries", .qty = 3}}},
    /* describing words before "one" of an earlier order name no dish of this one */
    {.text = "the spicy one i had last time",
     .category = "order",
     .status = "review",
     .intents = {"order"},
     .clarify = {{.phrase = "the spicy one i had last time"}},
     .asked = {{"spicy one", NULL}}},
    /* a condition opening the clause ("if yes", "either way", "if it is,") names nothing: the
     * request after it points back at the dish the question named; a unit after the count
     * ("2 portions") is the count's */
    {.text = "are the truffle fries still on? if yes ill take three",
     .category = "order",
     .status = "accepted",
     .intents = {"inquiry", "order"},
     .items = {{.name = "Truffle Fries", .qty = 3}}},
    {.text = "is the cold brew strong? either way I'll take 2",
     .category = "order",
     .status = "accepted",
     .intents = {"inquiry", "order"},
     .items = {{.name = "Cold Brew Coffee", .qty = 2}}},
    {.text = "do you still have onion rings? if you do 2 portions please",
     .category = "order",
     .status = "accepted",
     .intents = {"inquiry", "order"},
     .items = {{.name = "Onion Rings", .qty = 2}}},
    /* a condition that names a dish is read, not skipped */
    {.text = "if you have the mango smoothie, one of those",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Mango Smoothie", .qty = 1}}},
    /* a count alone in a clause of its own, or one for the whole list before it */
    {.text = "cheeseburger. no pickles. x2",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Cheddar Cheeseburger", .qty = 2, .mods = {"no pickles"}}}},
    {.text = "Falafel wrap. Onion rings. Mango smoothie.\nAll x2.",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Falafel Wrap", .qty = 2},
               {.name = "Onion Rings", .qty = 2},
               {.name = "Mango Smoothie", .qty = 2}}},
    /* "make it a <dish>" replaces the dish before; "actually no <dish>" not asked for before
     * takes it back */
    {.text = "Classic fries. Actually no wait, make it truffle fries.",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Truffle Fries", .qty = 1}}},
    {.text = "actually no cold brew, just 2 lemonades",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Fresh Lemonade", .qty = 2}}},
    /* "X, no wait the Y" right after X and "let's do the Y" replace X; "make it vegan" is a
     * change, no dish */
    {.text = "can i get the falafel wrap, no wait the buffalo cauliflower wrap, and a lemonade",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Buffalo Cauliflower Wrap", .qty = 1},
               {.name = "Fresh Lemonade", .qty = 1}}},
    {.text = "a chicken burger, actually let's do the halloumi burger",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Grilled Halloumi Burger", .qty = 1}}},
    /* "the same" orders again the dishes before it, the words after it changing the copy;
     * "same table" does not */
    {.text = "1 quinoa power bowl and the same but no kale",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Quinoa Power Bowl", .qty = 1},
               {.name = "Quinoa Power Bowl", .qty = 1, .mods = {"no kale"}}}},
    {.text = "a cheeseburger and onion rings, and the same again for my brother",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Cheddar Cheeseburger", .qty = 2}, {.name = "Onion Rings", .qty = 2}}},
    {.text = "one cold brew, same name as yesterday",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Cold Brew Coffee", .qty = 1}}},
    /* "a side of" a food after a dish is another dish, never the dish's modifier */
    {.text = "a crispy chicken burger with a side of coleslaw",
     .category = "order",
     .status = "rejected",
     .intents = {"order"},
     .items = {{.name = "Crispy Chicken Burger", .qty = 1}},
     .unknown = {"coleslaw"}},
    /* "normal", "as it comes": a part of the dish without changes, no dish of its own */
    {.text = "two halloumi burgers, one normal and one without rocket",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Grilled Halloumi Burger", .qty = 1},
               {.name = "Grilled Halloumi Burger", .qty = 1, .mods = {"no rocket"}}}},
    /* a change named before "on" / "in" the dish is that dish's modifier, the dish is read */
    {.text = "extra pickles on the crispy chicken burger please",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Crispy Chicken Burger", .qty = 1, .mods = {"extra pickles"}}}},
    {.text = "a lemonade, and no croutons in my kale caesar",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Fresh Lemonade", .qty = 1},
               {.name = "Kale Caesar Salad", .qty = 1, .mods = {"no croutons"}}}},
    /* "the <dish> one" after that dish was asked for picks it out to change it */
    {.text = "1 tofu teriyaki bowl and 1 quinoa bowl, both no edamame. the quinoa one extra "
             "avocado",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Tofu Teriyaki Bowl", .qty = 1, .mods = {"no edamame"}},
               {.name = "Quinoa Power Bowl", .qty = 1, .mods = {"no edamame", "extra avocado"}}}},
    /* "both" as the subject of wanting: two of each dish after it */
    {.text = "my sons both want the kids nuggets and a lemonade",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Kids Chicken Nuggets", .qty = 2}, {.name = "Fresh Lemonade", .qty = 2}}},
    /* words left over that say something else than a dish are not asked back: a measure
     * after a count, only words of grammar (whose count is the dish's before them) */
    {.text = "3 kids nuggets please, the kids are 4 and 6 yrs old lol",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Kids Chicken Nuggets", .qty = 3}}},
    {.text = "sweet potato fries, but x3",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Sweet Potato Fries", .qty = 3}}},
    {.text = "onion rings onion rings (2 orders haha)",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Onion Rings", .qty = 2}}},
    /* a dictated message: the assistant's address and spoken punctuation are no dishes */
    {.text = "hey siri text green bite I want two onion rings and a cold brew period thanks",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Onion Rings", .qty = 2}, {.name = "Cold Brew Coffee", .qty = 1}}},
    /* corrections mid-sentence (correct.c): the dish named again after "make it N" replaces
     * the earlier one, a count alone corrects the dish before, a removal drops the dish it
     * names, "X instead of the Y" drops a Y asked for before; "skip the onions" stays a
     * modifier */
    {.text = "a falafel wrap and onion rings actually make it 3 onion rings",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Falafel Wrap", .qty = 1}, {.name = "Onion Rings", .qty = 3}}},
    {.text = "two cheeseburgers, actually four, and a lemonade",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Cheddar Cheeseburger", .qty = 4}, {.name = "Fresh Lemonade", .qty = 1}}},
    {.text = "truffle fries, a mango smoothie and a brownie... scratch the mango smoothie",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Truffle Fries", .qty = 1}, {.name = "Vegan Chocolate Brownie", .qty = 1}}},
    {.text = "a lemonade and a cold brew, wait no make that 2 cold brews, and an iced green tea "
             "instead of the lemonade",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Cold Brew Coffee", .qty = 2}, {.name = "Iced Green Tea", .qty = 1}}},
    {.text = "3 classic beef burgers and fries. actually make that 2 burgers",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Classic Beef Burger", .qty = 2}, {.name = "Classic Fries", .qty = 1}}},
    {.text = "a cheeseburger, skip the onions",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Cheddar Cheeseburger", .qty = 1, .mods = {"skip the onions"}}}},
    /* a change told first ("instead of the X") stops at a request for a dish after it: the
     * dish asked for is read, the one it replaces is not */
    {.text = "hey quick change - instead of the truffle fries could I get a side salad?",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Side Salad", .qty = 1}}},
    /* a statement about a dish inside "I wonder whether" asks, question mark or not */
    {.text = "I wonder whether the carrot cake is made with walnuts.",
     .category = "inquiry",
     .status = "answered",
     .intents = {"inquiry"}},
    /* a question is about the menu when it names food, on the menu or not; "do you have" alone
     * is the frame of any question */
    {.text = "is there any garlic in the dressing?",
     .category = "inquiry",
     .status = "answered",
     .intents = {"inquiry"}},
    {.text = "do you have a booster seat for my son",
     .category = "other",
     .status = "logged",
     .intents = {"other"}},
    /* beside a question or another matter, a clause that says something about a dish orders
     * nothing */
    {.text = "is the mango smoothie sweet? my daughter loves mango",
     .category = "inquiry",
     .status = "answered",
     .intents = {"inquiry"}},
    {.text = "honestly the halloumi burger rocks. best lunch in town",
     .category = "other",
     .status = "logged",
     .intents = {"other"}},
    /* a dish and a quality with "or not" / "or nah" asks whether it has it */
    {.text = "quinoa bowl gluten free or not",
     .category = "inquiry",
     .status = "answered",
     .intents = {"inquiry"}},
    /* a request for a list or a description asks for information, not food */
    {.text = "can i have some info on the smoothies",
     .category = "inquiry",
     .status = "answered",
     .intents = {"inquiry"}},
    /* ordering ahead asked about is a capability question, as "can I order for tomorrow" is */
    {.text = "could we pre-order for saturday",
     .category = "inquiry",
     .status = "answered",
     .intents = {"inquiry"}},
    /* a report of what was ordered or done ("ordered ... got ...", "left a review") is another
     * matter, whatever it counts */
    {.text = "ordered 3 smoothies got 2. order 5521. pls sort it",
     .category = "other",
     .status = "logged",
     .intents = {"other"}},
    {.text = "left u a review on tripadvisor, 4 stars, great stuff",
     .category = "other",
     .status = "logged",
     .intents = {"other"}},
    /* item-like text right after another matter goes on with it */
    {.text = "the wrap yesterday was stone cold. like freezer cold",
     .category = "other",
     .status = "logged",
     .intents = {"other"}},
    /* beside an order, logistics and pleasantries that ask nothing and report nothing past are
     * no intent */
    {.text = "2 falafel wraps and a lemonade. Bill it to our office please.",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Falafel Wrap", .qty = 2}, {.name = "Fresh Lemonade", .qty = 1}},
     .asked = {{"falafel wraps", "Falafel Wrap"}, {"lemonade", "Fresh Lemonade"}}},
    /* a question asked of "it" in the sentence that names a dish asks about the dish, however
     * plain its words */
    {.text = "the carrot cake — is it actually moist or kinda dry? thinking of trying it later",
     .category = "inquiry",
     .status = "answered",
     .intents = {"inquiry"}},
    /* a foreign question is about the menu by its own words of price, contents or diet */
    {.text = "Czy macie desery wegańskie?",
     .category = "inquiry",
     .status = "review",
     .intents = {"inquiry"},
     .language = "pl"},
    /* a word of no vowel is unreadable: asked back, with no name it is near */
    {.text = "a lemonade and 2 xkcdq",
     .category = "order",
     .status = "review",
     .intents = {"order"},
     .items = {{.name = "Fresh Lemonade", .qty = 1}},
     .clarify = {{.phrase = "xkcdq"}},
     .asked = {{"xkcdq", NULL}}},
    /* "the thing with" what one item's description alone holds is that item */
    {.text = "could i get the thing with hummus and a lemonade",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Falafel Wrap", .qty = 1}, {.name = "Fresh Lemonade", .qty = 1}}},
    {.text = "3 cheesy things pls",
     .category = "order",
     .status = "review",
     .intents = {"order"},
     .clarify = {{.phrase = "cheesy things"}},
     .asked = {{"cheesy things", NULL}}},
    {.text = "the thing is, i want a falafel wrap",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Falafel Wrap", .qty = 1}}},
    /* "for *" ends before a food, bare or after an article and a unit of serving */
    {.text = "could I bother you for some nachos and a lemonade",
     .category = "order",
     .status = "rejected",
     .intents = {"order"},
     .items = {{.name = "Fresh Lemonade", .qty = 1}},
     .unknown = {"nachos"}},
    /* an article and a dish of two words whose head is a food, before "on the side", is
     * another thing ordered; a sauce of one word stays a modifier */
    {.text = "one teriyaki bowl with no carrots and a spring roll on the side",
     .category = "order",
     .status = "rejected",
     .intents = {"order"},
     .items = {{.name = "Tofu Teriyaki Bowl", .qty = 1, .mods = {"no carrots"}}},
     .unknown = {"spring roll"}},
    /* a kind of dish named by its price or its rank in price is the item of that price, or
     * its ties; "of each" before a kind is every item of it */
    {.text = "can i get the 9.25 wrap",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Falafel Wrap", .qty = 1}}},
    {.text = "the priciest dessert and the cheapest drink",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Apple Crumble", .qty = 1}, {.name = "Sparkling Water", .qty = 1}}},
    {.text = "the most expensive milkshake",
     .category = "order",
     .status = "review",
     .intents = {"order"},
     .clarify = {{.phrase = "milkshake", .candidates = {VANILLA_SHAKE, CHOCOLATE_SHAKE}}},
     .asked = {{"milkshake", NULL}}},
    {.text = "2 of each wrap",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Falafel Wrap", .qty = 2}, {.name = "Buffalo Cauliflower Wrap", .qty = 2}}},
    /* a word of a name that ends none, alone between a dish and a modifier's lead, is a word
     * of the modifier */
    {.text = "a classic beef burger med rare and fries",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Classic Beef Burger", .qty = 1, .mods = {"cooked medium rare"}},
               {.name = "Classic Fries", .qty = 1}}},
    /* a hedge closing a change ("probably", "i think") says how sure, not how it comes */
    {.text = "one cheddar cheeseburger medium rare i think, and a side salad no croutons probably",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Cheddar Cheeseburger", .qty = 1, .mods = {"cooked medium rare"}},
               {.name = "Side Salad", .qty = 1, .mods = {"no croutons"}}}},
    /* a kind, then "with" and two or three words the name or description of one of its items
     * holds, is that item */
    {.text = "can i get the wrap with the roasted cauliflower and a lemonade",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Buffalo Cauliflower Wrap", .qty = 1},
               {.name = "Fresh Lemonade", .qty = 1}}},
    /* a dish by a number the menu does not give ("a number 7") is asked back; an order's or
     * a table's number is no dish */
    {.text = "i'll have a number 7 and fries",
     .category = "order",
     .status = "review",
     .intents = {"order"},
     .items = {{.name = "Classic Fries", .qty = 1}},
     .clarify = {{.phrase = "number 7"}},
     .asked = {{"number 7", NULL}}},
    /* food a dish asked for holds in its description, not listed as a dish of its own, is
     * talk of that dish; listed after it, or after an article, it is another dish */
    {.text = "one falafel wrap, but keep the tabbouleh",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Falafel Wrap", .qty = 1}}},
    {.text = "falafel wrap and tabbouleh",
     .category = "order",
     .status = "rejected",
     .intents = {"order"},
     .items = {{.name = "Falafel Wrap", .qty = 1}},
     .unknown = {"tabbouleh"}},
    /* a word of one name before a span of other names, ending the phrase, can make a dish
     * of the food lexicon the menu lacks */
    {.text = "a grilled cheese and a lemonade",
     .category = "order",
     .status = "rejected",
     .intents = {"order"},
     .items = {{.name = "Fresh Lemonade", .qty = 1}},
     .unknown = {"grilled cheese"}},
    /* food, "not" and a word of the dish's description: that food instead, no dish */
    {.text = "falafel wrap, cucumber not turnip",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Falafel Wrap", .qty = 1}}},
    /* a whole name, then a dish of the food lexicon ending the phrase, is another dish the
     * name describes; a size after a name stays a modifier */
    {.text = "a chocolate milkshake pie and a lemonade",
     .category = "order",
     .status = "rejected",
     .intents = {"order"},
     .items = {{.name = "Fresh Lemonade", .qty = 1}},
     .unknown = {"chocolate milkshake pie"}},
    /* a span of no whole name right after a modifier's words is what the modifier speaks of */
    {.text = "one portobello burger, extra crispy onions please",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "BBQ Portobello Mushroom Burger",
                .qty = 1,
                .mods = {"extra crispy onions"}}}},
    /* "one with" a description, after a kind, is the item of that kind it describes */
    {.text = "a wrap with roasted cauliflower and one with the chickpea falafel",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Buffalo Cauliflower Wrap", .qty = 1}, {.name = "Falafel Wrap", .qty = 1}}},
    /* a request opener alone on its line frames the list after it: no question */
    {.text = "hello\ncould we order?\n2 falafel wraps\n1 mango smoothie",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Falafel Wrap", .qty = 2}, {.name = "Mango Smoothie", .qty = 1}}},
    /* a story of a past visit, then "so" and a request: the request is its own clause, the
     * story its reason */
    {.text = "we had lunch here on monday and my son really liked it so could we get a cold "
             "brew and a mango smoothie",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Cold Brew Coffee", .qty = 1}, {.name = "Mango Smoothie", .qty = 1}}},
    /* a question left unfinished and taken back ("never mind") asks nothing; one asked whole
     * and then waved off was asked */
    {.text = "do you do any... never mind, one carrot cake please",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Carrot Cake Slice", .qty = 1}}},
    {.text = "is the brownie vegan? never mind, one carrot cake please",
     .category = "order",
     .status = "accepted",
     .intents = {"inquiry", "order"},
     .items = {{.name = "Carrot Cake Slice", .qty = 1}}},
    /* cancelling an order before naming things: the things tell which order, none is asked */
    {.text = "could you cancel our order please, the one with 2 falafel wraps",
     .category = "other",
     .status = "logged",
     .intents = {"other"}},
    /* a list that breaks off after "and the" goes on in the next clause: its '?' is unsure of
     * the name, not a question */
    {.text = "a lemonade and the umm... the green one?",
     .category = "order",
     .status = "review",
     .intents = {"order"},
     .items = {{.name = "Fresh Lemonade", .qty = 1}},
     .clarify = {{.phrase = "green",
                  .candidates = {"The Green Garden Vegan Burger", "Iced Green Tea"}}}},
    /* a condition on the dish just named is a clause of its own: its diet word names no
     * dish; asked back as a question, it is one */
    {.text = "2 falafel wraps if they are vegan, are they?",
     .category = "order",
     .status = "accepted",
     .intents = {"order", "inquiry"},
     .items = {{.name = "Falafel Wrap", .qty = 2}}},
    {.text = "one tofu teriyaki bowl if its vegan",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Tofu Teriyaki Bowl", .qty = 1}}},
    /* a diet word after "for", no dish after it, describes a person: nothing to ask back */
    {.text = "2 cold brews, and a falafel wrap for the one vegan at the table",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Cold Brew Coffee", .qty = 2}, {.name = "Falafel Wrap", .qty = 1}}},
    /* "r" for "are" before "ur"/"the"/"they" starts a question, as "are" does */
    {.text = "r the onion rings vegan",
     .category = "inquiry",
     .status = "answered",
     .intents = {"inquiry"}},
    /* "wait" that opens a question breaks off a thought: no complaint about waiting */
    {.text = "wait is the mango smoothie made with oat milk? ok then 2 mango smoothies",
     .category = "order",
     .status = "accepted",
     .intents = {"inquiry", "order"},
     .items = {{.name = "Mango Smoothie", .qty = 2}}},
    /* a diet word inflected ("glutenvrije") makes a foreign question one about the menu */
    {.text = "Goedemiddag, hebben jullie ook glutenvrije wraps?",
     .category = "inquiry",
     .status = "review",
     .intents = {"inquiry"},
     .language = "nl"},
    /* two free words that make one dish of the food lexicon together stay one dish off the
     * menu, though the second alone is no food word */
    {.text = "a vanilla shake and two hash browns",
     .category = "order",
     .status = "rejected",
     .intents = {"order"},
     .items = {{.name = "Vanilla Oat Milkshake", .qty = 1}},
     .unknown = {"hash browns"}},
    /* after "the", one word of a description names the item of the kind it describes ("in it"
     * may follow); a description taken back at once picks nothing */
    {.text = "could we have the salad with kale in it and a lemonade",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Kale Caesar Salad", .qty = 1}, {.name = "Fresh Lemonade", .qty = 1}}},
    {.text = "the salad with kale... no wait the chickpea one",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Mediterranean Chickpea Salad", .qty = 1}}},
    /* after "a" too, when the word is one of a single candidate's name that no other
     * candidate mentions: "salad" and "kale" are words of one name only (LABELLING.md: a
     * partial name that points to one item is that item) */
    {.text = "a salad with kale",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Kale Caesar Salad", .qty = 1}}},
    /* "the one with" a description, of no kind, is the one dish of the menu it describes */
    {.text = "a lemonade and the one with pickled turnip",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Fresh Lemonade", .qty = 1}, {.name = "Falafel Wrap", .qty = 1}}},
    /* a vague description restated after a comma by "the one" and words naming one dish is
     * that dish: the first asks nothing */
    {.text = "id like the vegan one, the one with the jackfruit, plus a lemonade",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Spicy Jackfruit Burger", .qty = 1}, {.name = "Fresh Lemonade", .qty = 1}}},
    /* "whichever" a kind "is the" description: the one item of the kind the words fit, by
     * its name or its description ("vegan": the oat milk shake); its changes after it */
    {.text = "a side salad and whichever shake is the vegan one, no whipped cream",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Side Salad", .qty = 1},
               {.name = VANILLA_SHAKE, .qty = 1, .mods = {"no whipped cream"}}}},
    /* "the thing that comes with" one word is the one dish of the menu served with it */
    {.text = "a cold brew and the thing that comes with custard",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Cold Brew Coffee", .qty = 1}, {.name = "Apple Crumble", .qty = 1}}},
    /* "one of each of the" kind is every item of it, as "one of each" kind is */
    {.text = "a cold brew and one of each of the shakes",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Cold Brew Coffee", .qty = 1},
               {.name = "Vanilla Oat Milkshake", .qty = 1},
               {.name = "Chocolate Milkshake", .qty = 1}}},
    /* "each kind of", "every flavour of", "each of the different": words that only say the
     * kind has several stand between "each" and it */
    /* two kinds each made every dish of it keep their own counts: "2 of each" before a kind
     * is its count, no count of every dish of the list */
    {.text = "one of every flavour of smoothie and 2 of each milkshake",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Mango Smoothie", .qty = 1},
               {.name = VANILLA_SHAKE, .qty = 2},
               {.name = "Strawberry Banana Smoothie", .qty = 1},
               {.name = CHOCOLATE_SHAKE, .qty = 2}}},
    {.text = "2 of each different kind of milkshake please",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = VANILLA_SHAKE, .qty = 2}, {.name = CHOCOLATE_SHAKE, .qty = 2}}},
    /* the count then "each of the" (or "your") kind says the same */
    {.text = "2 each of your wraps, plus a lemonade",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Falafel Wrap", .qty = 2},
               {.name = "Fresh Lemonade", .qty = 1},
               {.name = "Buffalo Cauliflower Wrap", .qty = 2}}},
    /* "the" kind "that comes with" a description is the item it describes, even where the kind
     * alone reads as one item; one word after a kind read so is a change to it */
    {.text = "a lemonade and the fries that come with the paprika dip",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Fresh Lemonade", .qty = 1}, {.name = "Sweet Potato Fries", .qty = 1}}},
    {.text = "the fries with salt",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Classic Fries", .qty = 1, .mods = {"salt"}}}},
    /* food words after two words of a name, which its description holds, describe that item */
    {.text = "can we get the black bean patty one and a lemonade",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Black Bean Chipotle Burger", .qty = 1},
               {.name = "Fresh Lemonade", .qty = 1}}},
    /* someone else's choice said with a modal and a verb of getting ("he'll have", "my
     * sister is having", "dad will take") is asked for, as "he wants" is, also after "and";
     * so is "I want" after "and", which ends a modifier before it */
    {.text = "my sister is having the mango smoothie and dad will take a cold brew",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Mango Smoothie", .qty = 1}, {.name = "Cold Brew Coffee", .qty = 1}}},
    {.text = "he'll have the falafel wrap with the tahini on the side and i want the apple crumble",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Falafel Wrap", .qty = 1, .mods = {"tahini on the side"}},
               {.name = "Apple Crumble", .qty = 1}}},
    /* "to" and a verb of sharing or getting after an opener of wanting belong to the opener:
     * "share" is no misspelt "shake" where a dish would stand */
    {.text = "we'd love to share the onion rings and 2 mango smoothies",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Onion Rings", .qty = 1}, {.name = "Mango Smoothie", .qty = 2}}},
    /* a kind, then a comma and the words of one of its items, is that item; a dish of
     * another kind, or the kind's word again, is another thing */
    {.text = "smoothie, strawberry banana\nfries, truffle fries\na wrap, onion rings",
     .category = "order",
     .status = "review",
     .intents = {"order"},
     .items = {{.name = "Strawberry Banana Smoothie", .qty = 1},
               {.name = "Classic Fries", .qty = 1},
               {.name = "Truffle Fries", .qty = 1},
               {.name = "Onion Rings", .qty = 1}},
     .clarify = {{.phrase = "wrap", .candidates = {"Falafel Wrap", "Buffalo Cauliflower Wrap"}}}},
    /* a diet alone in brackets or after a comma, closing the clause after a dish and its
     * changes, says what the dish should be: no dish of its own is asked back */
    {.text = "mac and cheese bites no cheese sauce (vegan) and the falafel wrap, gluten free pls",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Mac and Cheese Bites", .qty = 1, .mods = {"no cheese sauce"}},
               {.name = "Falafel Wrap", .qty = 1, .mods = {"gluten free"}}}},
    /* food after a verb of avoiding or of not eating ("must avoid", "never eat", "doesn't
     * eat", "allergic to") is kept away from, not asked for; "so" after it asks anew */
    {.text = "I never eat fried food, and I must avoid spicy sauces. Is the falafel wrap fried?",
     .category = "inquiry",
     .status = "answered",
     .intents = {"inquiry"}},
    {.text = "my son doesn't eat cheese so a kids mini burger please",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Kids Mini Burger", .qty = 1}}},
    /* a dish named right after "so" (bare, after "a" or a count) is what the reason before
     * it asks for, a question mark and all */
    {.text = "my daughter is vegan so a falafel wrap without the yogurt sauce if you can?",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Falafel Wrap", .qty = 1, .mods = {"no yogurt sauce"}}}},
    /* pictures side by side are things of their own when one of them is a dish or a drink
     * served whole; pictures of what goes into one still name it together */
    {.text = "🍟🧁 and a 🍓🍌 smoothie",
     .category = "order",
     .status = "rejected",
     .intents = {"order"},
     .items = {{.name = "Classic Fries", .qty = 1},
               {.name = "Strawberry Banana Smoothie", .qty = 1}},
     .unknown = {"cupcake"}},
    /* a dish with no count, then "for each of my N kids", is N of it; a dish "for me" stays
     * one */
    {.text = "brownies for each of my 4 kids, a lemonade for each of my 2 friends and a cold brew "
             "for me",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Vegan Chocolate Brownie", .qty = 4},
               {.name = "Fresh Lemonade", .qty = 2},
               {.name = "Cold Brew Coffee", .qty = 1}}},
    /* cutlery and tableware after a count are no dish: nothing is asked back */
    {.text = "2 carrot cake slices, 2 forks and 4 napkins",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Carrot Cake Slice", .qty = 2}}},
    /* cutlery and tableware after a count are no dish: nothing is asked back */
    {.text = "2 carrot cake slices, 2 forks and 4 napkins",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Carrot Cake Slice", .qty = 2}}},
    /* one adjective alone after a comma, closing the clause after a dish, is how the dish
     * should be, not a dish asked back */
    {.text = "two cold brews, black please",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Cold Brew Coffee", .qty = 2, .mods = {"black"}}}},
    /* a letter's closing and the signature after it ask nothing: no name is declined, no
     * closing read as a change */
    {.text = "Hello,\nMay I have a Mango Smoothie and a slice of carrot cake.\nBest "
             "regards,\nHenrietta Quill",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Mango Smoothie", .qty = 1}, {.name = "Carrot Cake Slice", .qty = 1}}},
    {.text =
         "Two falafel wraps for collection at noon. Yours sincerely, Bartholomew Finch (secretary)",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Falafel Wrap", .qty = 2}}},
    /* a word of politeness before a request opener leaves it an opener */
    {.text = "Please may I have a Mango Smoothie and kindly could we get two brownies",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Mango Smoothie", .qty = 1},
               {.name = "Vegan Chocolate Brownie", .qty = 2}}},
    /* after a dish is taken off, "add" and a whole menu name orders that dish */
    {.text = "please remove the lemonade from my order and add mango smoothie",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Mango Smoothie", .qty = 1}}},
    /* "hot" or "warm" before the one item whose name says "iced" or "cold" makes a dish the
     * menu lacks, declined; "an iced green tea" is the item */
    {.text = "a hot tea and an iced green tea",
     .category = "order",
     .status = "rejected",
     .intents = {"order"},
     .items = {{.name = "Iced Green Tea", .qty = 1}},
     .unknown = {"hot tea"}},
    /* a count and a unit of serving right before a dish the menu lacks are its count and
     * unit, never a thing asked back */
    {.text = "two cups of hot chocolate and a lemonade",
     .category = "order",
     .status = "rejected",
     .intents = {"order"},
     .items = {{.name = "Fresh Lemonade", .qty = 1}},
     .unknown = {"hot chocolate"}},
    /* a "for" someone filler ends before "the same": the same dish again, for them, with
     * the changes after it */
    {.text = "for me the falafel wrap, for my brother the same but no tahini",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Falafel Wrap", .qty = 1},
               {.name = "Falafel Wrap", .qty = 1, .mods = {"no tahini"}}}},
    /* "all" or "both" and a kind that every dish before it is says what they are, it orders
     * nothing and is never declined */
    {.text = "1 falafel, 1 buffalo cauliflower - both wraps obvs - and a lemonade",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Falafel Wrap", .qty = 1},
               {.name = "Buffalo Cauliflower Wrap", .qty = 1},
               {.name = "Fresh Lemonade", .qty = 1}}},
    /* a dish "each" with no count, in a clause that says the group's size, is one for each */
    {.text = "dinner for the 5 of us: a mango smoothie each and 2 truffle fries",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Mango Smoothie", .qty = 5}, {.name = "Truffle Fries", .qty = 2}}},
    /* "for <someone>" is a filler only up to an article before a food: what follows is ordered
     * for that person */
    {.text = "a falafel wrap, for my dad a pumpkin pie",
     .category = "order",
     .status = "rejected",
     .intents = {"order"},
     .items = {{.name = "Falafel Wrap", .qty = 1}},
     .unknown = {"pumpkin pie"}},
    /* someone else "wants" or "needs" a thing: a request for it, named on the menu or not */
    {.text = "two lemonades and my nephew wants a frappuccino",
     .category = "order",
     .status = "rejected",
     .intents = {"order"},
     .items = {{.name = "Fresh Lemonade", .qty = 2}},
     .unknown = {"frappuccino"}},
    /* "you got" closing a dish picked by its price says which dish, nothing about it */
    {.text = "most expensive wrap you got, no onions",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Buffalo Cauliflower Wrap", .qty = 1, .mods = {"no onions"}}}},
    /* "was going to get" is a plan given up, not a report of the past: the correction orders */
    {.text = "I was going to get the falafel wrap but actually the halloumi burger",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Grilled Halloumi Burger", .qty = 1}}},
    /* "one too" / "another one" after a dish is one more of it, described by what follows */
    {.text = "one crispy chicken burger, and I'll take one too but no slaw",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Crispy Chicken Burger", .qty = 1},
               {.name = "Crispy Chicken Burger", .qty = 1, .mods = {"no slaw"}}}},
    /* in a run of words nothing read that starts with a count, each count starts a thing */
    {.text = "1 snapple 2 gatorade and a brownie",
     .category = "order",
     .status = "rejected",
     .intents = {"order"},
     .items = {{.name = "Vegan Chocolate Brownie", .qty = 1}},
     .unknown = {"snapple", "gatorade"}},
    /* a part said to come "normal" or "as is" has no modifier: nothing about it changes */
    {.text = "2 kale caesar salads, one as is, one without croutons",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Kale Caesar Salad", .qty = 1},
               {.name = "Kale Caesar Salad", .qty = 1, .mods = {"no croutons"}}}},
    /* the rest of a count after its parts keeps its place in the text: the plain one first */
    {.text = "2 lemonades, one as is, one large",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Fresh Lemonade", .qty = 1},
               {.name = "Fresh Lemonade", .qty = 1, .mods = {"large"}}}},
    /* "the first one", "the other one": a part of the count by its place, as "one" is; the
     * parts keep the order they are said in */
    {.text = "2 mango smoothies, the first one as is, the other one with no banana",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Mango Smoothie", .qty = 1},
               {.name = "Mango Smoothie", .qty = 1, .mods = {"no banana"}}}},
    /* "was hoping to get" is a request in the making, not a past report; a reason ("cause
     * ...") names nothing ordered; "the wrap" right after the falafel one names it again */
    {.text =
         "I was hoping to get the falafel thing, the wrap, no tahini cause tahini makes me sick",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Falafel Wrap", .qty = 1, .mods = {"no tahini"}}}},
    /* "going to have" / "gonna have", with a subject or none, opens a request */
    {.text = "i am going to have the halloumi burger and a lemonade",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Grilled Halloumi Burger", .qty = 1},
               {.name = "Fresh Lemonade", .qty = 1}}},
    /* a subject and its verb inside a change tell why: the change ends there, and the verb
     * says nothing of the dish */
    {.text = "a kale caesar salad without croutons he is off bread this month, and a lemonade",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Kale Caesar Salad", .qty = 1, .mods = {"no croutons"}},
               {.name = "Fresh Lemonade", .qty = 1}}},
    /* "and like" before a dish is talk, not a verb saying something about it */
    {.text = "hmm a milkshake?? and like onion rings",
     .category = "order",
     .status = "review",
     .intents = {"order"},
     .items = {{.name = "Onion Rings", .qty = 1}},
     .clarify = {{.phrase = "milkshake",
                  .candidates = {"Vanilla Oat Milkshake", "Chocolate Milkshake"}}}},
    /* an article and a noun phrase asked alone with a question mark ask for that thing */
    {.text = "umm a shawarma?? and like a lemonade",
     .category = "order",
     .status = "rejected",
     .intents = {"order"},
     .items = {{.name = "Fresh Lemonade", .qty = 1}},
     .unknown = {"shawarma"}},
    /* "do you have" after a kind asks what there is: "you have" closes no dish picked */
    {.text = "which wraps do u have",
     .category = "inquiry",
     .status = "answered",
     .intents = {"inquiry"}},
    /* "those" right after a request opener asks anew for the dish a story named, its count in
     * orders after it, beside the other dishes of the request */
    {.text = "my son loved the onion rings so can we get those again, 3 orders, plus a lemonade",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Onion Rings", .qty = 3}, {.name = "Fresh Lemonade", .qty = 1}}},
    /* "that again" after a request opener asks anew for the dish named before it; a change
     * after "again" is that dish's */
    {.text = "is the halloumi burger still on the menu? can i get that again but no chilli jam",
     .category = "order",
     .status = "accepted",
     .intents = {"inquiry", "order"},
     .items = {{.name = "Grilled Halloumi Burger", .qty = 1, .mods = {"no chilli jam"}}}},
    /* "got a craving for" wants what follows: a request, not a report of the past */
    {.text = "ive got a craving for a mango smoothie and 2 brownies",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Mango Smoothie", .qty = 1},
               {.name = "Vegan Chocolate Brownie", .qty = 2}}},
    /* a plural nothing reads, right after a count, is a dish clipped ("nugs": nuggets) */
    {.text = "3 nugs and 2 mango smoothies",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Kids Chicken Nuggets", .qty = 3}, {.name = "Mango Smoothie", .qty = 2}}},
    /* "add" with no dish before it in the message orders what it names; "to our order" is
     * filler, no change to the dish */
    {.text = "add onion rings to our order thanks",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Onion Rings", .qty = 1}}},
    /* "table N here" says where the customer sits, no reservation; a count with "please"
     * after a comma counts the dish before it */
    {.text = "table 4 here, could we get another round of iced green teas, 2 please",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Iced Green Tea", .qty = 2}}},
    /* "X is fine" accepts X, and a clause opening with "if not" names the choice made should
     * the answer be no: a request, not a statement about the dish */
    {.text = "do you have pork buns? if not the falafel wrap is fine",
     .category = "order",
     .status = "accepted",
     .intents = {"inquiry", "order"},
     .items = {{.name = "Falafel Wrap", .qty = 1}}},
    /* "anyway" opening a clause means nothing: the request after it is one */
    {.text = "is the carrot cake really nut free? anyways ill take the falafel wrap",
     .category = "order",
     .status = "accepted",
     .intents = {"inquiry", "order"},
     .items = {{.name = "Falafel Wrap", .qty = 1}}},
    /* parts of a count texted with "w" and a bare "without": one with the change, one as it
     * comes */
    {.text = "grilled halloumi x2, 1 w avocado 1 without",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Grilled Halloumi Burger", .qty = 1, .mods = {"avocado"}},
               {.name = "Grilled Halloumi Burger", .qty = 1}}},
    /* beside a question, dishes after "about" (and those joined to them) are its topic */
    {.text = "which desserts are nut free? asking about the brownie and the carrot cake",
     .category = "inquiry",
     .status = "answered",
     .intents = {"inquiry"}},
    /* a dish and how it is served, asked with a question mark, is a question about it */
    {.text = "carrot cake - served cold?",
     .category = "inquiry",
     .status = "answered",
     .intents = {"inquiry"}},
    /* asking whether an order can be placed, no dish named, asks about ordering */
    {.text = "could we place an order tonight for friday dinner?",
     .category = "inquiry",
     .status = "answered",
     .intents = {"inquiry"}},
    /* deals, combos, specials and what is healthy are matters of the menu */
    {.text = "do u do combos", .category = "inquiry", .status = "answered", .intents = {"inquiry"}},
    {.text = "whats the most healthy thing u have",
     .category = "inquiry",
     .status = "answered",
     .intents = {"inquiry"}},
    /* a count given as a range ("3 or 4") is no count: how many is asked */
    {.text = "can we get 3 or 4 sweet potato fries and a lemonade",
     .category = "order",
     .status = "review",
     .intents = {"order"},
     .items = {{.name = "Fresh Lemonade", .qty = 1}},
     .clarify = {{"sweet potato fries", {"Sweet Potato Fries"}, .how_many = true}}},
    /* "X added" after a dish adds X to it, even when X is a menu word, written as "add X" */
    {.text = "a lemonade and a tofu teriyaki bowl, halloumi added",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Fresh Lemonade", .qty = 1},
               {.name = "Tofu Teriyaki Bowl", .qty = 1, .mods = {"add halloumi"}}}},
    /* "the" and a kind in the plural names again the one dish of that kind asked for with a
     * count: no new dish, its change goes to that one */
    {.text = "3 mango smoothies and a brownie. oh and the smoothies with no ice",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Mango Smoothie", .qty = 3, .mods = {"no ice"}},
               {.name = "Vegan Chocolate Brownie", .qty = 1}}},
    /* "for each of us" counts the group's size said later in the clause ("4 of us") */
    {.text = "a mango smoothie for each of us please, there are 4 of us",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Mango Smoothie", .qty = 4}}},
    /* a dish named again bare after a comma, with a change, is the one just asked for */
    {.text = "iced green tea and a side salad, side salad no cucumber",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Iced Green Tea", .qty = 1},
               {.name = "Side Salad", .qty = 1, .mods = {"no cucumber"}}}},
    /* a word that names no dish alone, after a whole name's noun, is how that dish is made,
     * not the start of another dish ("spicy" of the Spicy Jackfruit Burger) */
    {.text = "grilled halloumi burger spicy and a lemonade",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Grilled Halloumi Burger", .qty = 1, .mods = {"spicy"}},
               {.name = "Fresh Lemonade", .qty = 1}}},
    /* a count "each for" a list of people is that count for every one of them; their names
     * are no dishes, however near one they are spelt */
    {.text = "one falafel wrap each for me, lily and sam please",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Falafel Wrap", .qty = 3}}},
    /* "only N" / "just N" alone at the end of a correction is the right count */
    {.text = "4 cold brews, oh wait, only 3",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Cold Brew Coffee", .qty = 3}}},
    /* "make one of them X" after a counted dish swaps one of it for X */
    {.text = "3 mango smoothies. hmm make one of them a strawberry banana smoothie",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Mango Smoothie", .qty = 2},
               {.name = "Strawberry Banana Smoothie", .qty = 1}}},
    /* a request for "next time" that only points back at dishes of a complaint orders
     * nothing now */
    {.text = "the kids nuggets were missing from last nights bag, could you add them next time",
     .category = "other",
     .status = "logged",
     .intents = {"other"}},
    /* after a request, a question made only of changes to the dish asks for them: no
     * question about the menu */
    {.text = "halloumi burger, but can you hold the peppers and do the jam on the side? ta",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Grilled Halloumi Burger",
                .qty = 1,
                .mods = {"no peppers", "jam on the side"}}}},
    /* a swap is written "Y instead of X", as the labels write it */
    {.text = "tofu teriyaki bowl but swap the broccoli for extra edamame",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Tofu Teriyaki Bowl",
                .qty = 1,
                .mods = {"extra edamame instead of broccoli"}}}},
    /* after a change led by its word, "with" or "w/" starts another change */
    {.text = "sweet potato fries no salt with ketchup on the side",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Sweet Potato Fries",
                .qty = 1,
                .mods = {"no salt", "ketchup on the side"}}}},
    /* "on both" after a change to a counted dish says it is for all of them */
    {.text = "two falafel wraps, extra tahini on both",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Falafel Wrap", .qty = 2, .mods = {"extra tahini"}}}},
    /* "but" opens no change of its own; "no X, sub Y" is one swap; "n" ends a change */
    {.text = "falafel wrap but no tahini, sub hummus n a lemonade",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Falafel Wrap", .qty = 1, .mods = {"hummus instead of tahini"}},
               {.name = "Fresh Lemonade", .qty = 1}}},
    /* how a patty is cooked is written "cooked ...", as the labels write it */
    {.text = "cheddar cheeseburger medium well please",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Cheddar Cheeseburger", .qty = 1, .mods = {"cooked medium well"}}}},
    /* "make it a double" is the double patty */
    {.text = "classic beef burger and make it a double pls",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Classic Beef Burger", .qty = 1, .mods = {"double patty"}}}},
    /* "on side" is "on the side": what comes before it is a change, never a dish */
    {.text = "sweet potato fries, ketchup on side pls",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Sweet Potato Fries", .qty = 1, .mods = {"ketchup on the side"}}}},
    /* beside a question, a statement that names a food the menu lacks goes on with it */
    {.text = "is the kale caesar vegetarian? i think some use gelatin",
     .category = "inquiry",
     .status = "answered",
     .intents = {"inquiry"}},
    /* "thing" or "stuff" points at a dish without naming it: asked back when its description
     * after "with" is held by several items (tahini: the wrap and the bowl), no modifier;
     * without a describing word it is no dish */
    {.text = "could i get the thing with tahini and a lemonade",
     .category = "order",
     .status = "review",
     .intents = {"order"},
     .items = {{.name = "Fresh Lemonade", .qty = 1}},
     .clarify = {{.phrase = "thing with tahini"}},
     .asked = {{"thing with tahini", NULL}}},
    /* a count with a change in a sentence of its own is a part of the dish before ("w/o" read
     * across its '/'), and "the other two" is the rest of it, with changes of its own */
    {.text = "three falafel wraps. 1 w/o tahini. the other two extra hummus",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Falafel Wrap", .qty = 1, .mods = {"no tahini"}},
               {.name = "Falafel Wrap", .qty = 2, .mods = {"extra hummus"}}}},
    /* the count a correction makes ("make it 4") is the whole, a part split off after it
     * comes out of it */
    {.text = "2 lemonades, actually make it 4, one of them no ice",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Fresh Lemonade", .qty = 3},
               {.name = "Fresh Lemonade", .qty = 1, .mods = {"no ice"}}}},
    /* "instead of" in "the same" for another person swaps the copy's dish, not the first
     * order's, and the new dish is a dish, not a change to the copied one */
    {.text = "a cheeseburger and fries. for my son the same but onion rings instead of the fries",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Cheddar Cheeseburger", .qty = 2},
               {.name = "Classic Fries", .qty = 1},
               {.name = "Onion Rings", .qty = 1}}},
    /* after an unreadable thing asked back, an article's noun in the same list is asked too */
    {.text = "3 x frvnk n a plmqt",
     .category = "order",
     .status = "review",
     .intents = {"order"},
     .clarify = {{.phrase = "frvnk"}, {.phrase = "plmqt"}},
     .asked = {{"frvnk", NULL}, {"plmqt", NULL}}},
    /* a synonym of a section's noun ("bevs" for "drinks") names the section's items as the
     * noun does: which one is asked back */
    {.text = "2 cheeseburgers and a bev",
     .category = "order",
     .status = "review",
     .intents = {"order"},
     .items = {{.name = "Cheddar Cheeseburger", .qty = 2}},
     .clarify = {{.phrase = "bev",
                  .candidates = {"Fresh Lemonade", "Iced Green Tea", "Mango Smoothie",
                                 "Strawberry Banana Smoothie", "(more)"}}},
     .asked = {{"bev", NULL}}},
    /* a correction right after a thing the menu lacks replaces that thing */
    {.text = "two lemonades and the veggie... sorry, the green garden vegan burger",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Fresh Lemonade", .qty = 2},
               {.name = "The Green Garden Vegan Burger", .qty = 1}}},
    /* a kind with one word after "with" that one candidate's name holds, and no other
     * candidate mentions, is that one; the description ends before "and" and a count */
    {.text = "one burger with jackfruit and 2 lemonades",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Spicy Jackfruit Burger", .qty = 1}, {.name = "Fresh Lemonade", .qty = 2}}},
    /* a correction picks from the kind a description had read as one of it */
    {.text = "the wrap with falafel... no wait the cauliflower one",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Buffalo Cauliflower Wrap", .qty = 1}}},
    /* a sound of hesitation beside a dish changes nothing: the copies add up */
    {.text = "an apple crumble and uh onion rings, and um the same again",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Apple Crumble", .qty = 2}, {.name = "Onion Rings", .qty = 2}}},
    /* a name that is also a kind ("fries") is the kind a description after "with" picks
     * from; an "x" count after the description counts the dish */
    {.text = "can we get fries with the sea salt and smoked paprika dip x3",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Sweet Potato Fries", .qty = 3}}},
    /* what follows "otherwise" is an alternative to the dish asked for, not ordered too */
    {.text = "if you still have it two apple crumbles, otherwise the carrot cake",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Apple Crumble", .qty = 2}}},
    /* an earlier order spelt out after a colon is no reference to ask back */
    {.text = "my usual thanks: a falafel wrap and two lemonades",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Falafel Wrap", .qty = 1}, {.name = "Fresh Lemonade", .qty = 2}}},
    /* a dish of another chain named by its brand is off the menu, not a size of a menu word */
    {.text = "2 onion rings and a big mac",
     .category = "order",
     .status = "rejected",
     .intents = {"order"},
     .items = {{.name = "Onion Rings", .qty = 2}},
     .unknown = {"big mac"}},
    /* what someone cannot have, in a dish asked for, is talk of that dish, not another dish */
    {.text = "2 truffle fries, he cant have the parmesan so no cheese",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Truffle Fries", .qty = 2, .mods = {"no cheese"}}}},
    /* a change after "with" ends where "and" and a subject start a sentence of their own:
     * the dish described after it is asked for again by "two of those" */
    {.text = "we were here with my mum and she got this bowl with tofu and edamame, can we get two "
             "of those",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Tofu Teriyaki Bowl", .qty = 2}}},
    /* "with my" and a whole name: the dish the other goes with, asked for too; fries cut
     * another way are a dish the menu lacks */
    {.text = "can i get waffle fries with my cheeseburger",
     .category = "order",
     .status = "rejected",
     .intents = {"order"},
     .items = {{.name = "Cheddar Cheeseburger", .qty = 1}},
     .unknown = {"waffle fries"}},
    /* a kind before "only" says what the order holds when a dish of it is asked for */
    {.text = "2 lemonades and a mango smoothie, drinks only",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Fresh Lemonade", .qty = 2}, {.name = "Mango Smoothie", .qty = 1}}},
    /* still water is a drink the menu lacks, not the sparkling water changed */
    {.text = "onion rings and a still water",
     .category = "order",
     .status = "rejected",
     .intents = {"order"},
     .items = {{.name = "Onion Rings", .qty = 1}},
     .unknown = {"still water"}},
    /* a count with one word of a modifier alone, in a sentence of its own, is a part */
    {.text = "3 iced green teas. one large. and a brownie",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Iced Green Tea", .qty = 2},
               {.name = "Iced Green Tea", .qty = 1, .mods = {"large"}},
               {.name = "Vegan Chocolate Brownie", .qty = 1}}},
    /* a food joined by "and" to a dish whose description holds it describes that dish */
    {.text = "could i get the pea and quinoa burger",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "The Green Garden Vegan Burger", .qty = 1}}},
    /* before an "x" count stands a dish: "nugs" is no misspelt frame word ("nuts") */
    {.text = "nugs x3 and a lemonade",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Kids Chicken Nuggets", .qty = 3}, {.name = "Fresh Lemonade", .qty = 1}}},
    /* "another one of those" is one more of the dish before; a change after "for my sister"
     * is no filler, and its "but" no modifier */
    {.text = "a falafel wrap and another one of those for my sister but no tahini",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Falafel Wrap", .qty = 1},
               {.name = "Falafel Wrap", .qty = 1, .mods = {"no tahini"}}}},
    /* "make the <dish> <words>" replaces that dish by the one the words pick, its changes
     * kept */
    {.text = "a large fries and a lemonade. actually make the fries truffle",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Fresh Lemonade", .qty = 1},
               {.name = "Truffle Fries", .qty = 1, .mods = {"large"}}}},
    /* "one plain one with everything": a modifier after the count "one" is no pro-form ("the
     * plain one"), and "with everything" is the dish as it comes */
    {.text = "2 chocolate milkshakes one large one with everything please",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Chocolate Milkshake", .qty = 1, .mods = {"large"}},
               {.name = "Chocolate Milkshake", .qty = 1}}},
    /* a picture before the words that name what it pictures labels them; a cup with a straw
     * pictures any cold drink, after its name too */
    {.text = "🥤 lemonade x2 🍟 fries, and a mango smoothie 🥤",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Fresh Lemonade", .qty = 2},
               {.name = "Classic Fries", .qty = 1},
               {.name = "Mango Smoothie", .qty = 1}}},
    /* "the other" before a kind is the one of it not asked for yet */
    {.text = "one mango smoothie plus the other smoothie for my friend",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Mango Smoothie", .qty = 1},
               {.name = "Strawberry Banana Smoothie", .qty = 1}}},
    /* a section before "only", of which dishes are asked for, names no dish itself */
    {.text = "sides only today: onion rings and sweet potato fries",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Onion Rings", .qty = 1}, {.name = "Sweet Potato Fries", .qty = 1}}},
    /* an "x" count heading a line, alone or in parentheses, counts the dish after it */
    {.text = "(x2) onion rings\nx3 mango smoothie",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Onion Rings", .qty = 2}, {.name = "Mango Smoothie", .qty = 3}}},
    /* a request pointing back at a kind asked about asks for its one dish, or asks which */
    {.text = "a mango smoothie. remind me, what is the vegan dessert? two of those",
     .category = "order",
     .status = "accepted",
     .intents = {"order", "inquiry"},
     .items = {{.name = "Mango Smoothie", .qty = 1}, {.name = "Vegan Chocolate Brownie", .qty = 2}},
     .asked = {{"vegan dessert", "Vegan Chocolate Brownie"}}},
    {.text = "fries please. which milkshakes do you do? i'll take one of them",
     .category = "order",
     .status = "review",
     .intents = {"order", "inquiry"},
     .items = {{.name = "Classic Fries", .qty = 1}},
     .clarify = {{.phrase = "milkshakes", .candidates = {VANILLA_SHAKE, CHOCOLATE_SHAKE}}}},
    /* "make the <kind> a <dish> one": the kind names the dish changed, it is not asked back */
    {.text = "one mango smoothie and onion rings, no wait make the smoothie a strawberry one",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Onion Rings", .qty = 1},
               {.name = "Strawberry Banana Smoothie", .qty = 1}}},
    /* a dish named bare, then asked about: a count pointing back after the question asks
     * for it; adverbs closing the clause name nothing; a diet asked about is no kind */
    {.text = "sweet potato fries - are they vegan? one order anyway",
     .category = "order",
     .status = "accepted",
     .intents = {"inquiry", "order"},
     .items = {{.name = "Sweet Potato Fries", .qty = 1}}},
    {.text = "a brownie. is it vegan? if so two then",
     .category = "order",
     .status = "accepted",
     .intents = {"inquiry", "order"},
     .items = {{.name = "Vegan Chocolate Brownie", .qty = 2}}},
    /* "allergy of X", "allergy to X": what follows is kept away from, not a dish asked for */
    {.text = "a kale caesar salad but i am allergy of parmesan so without please",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Kale Caesar Salad", .qty = 1, .mods = {"no parmesan", "without"}}}},
    /* a food after a possessive, not where a dish stands, is talk of it */
    {.text = "can i get a mango smoothie. i'm watching my carbs",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Mango Smoothie", .qty = 1}}},
    /* a dish said after "maybe", then "yeah" and the same dish: one, confirmed */
    {.text = "a cold brew, and maybe a brownie. yeah a brownie",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Cold Brew Coffee", .qty = 1},
               {.name = "Vegan Chocolate Brownie", .qty = 1}}},
    /* a change "for the <dish>" in a sentence of its own is that dish's */
    {.text = "a cheddar cheeseburger and onion rings. no onions for the cheeseburger please",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Cheddar Cheeseburger", .qty = 1, .mods = {"no onions"}},
               {.name = "Onion Rings", .qty = 1}}},
    /* a statement of the past with an inquiry cue ("served") asks nothing */
    {.text = "thanks for last night. the lady who served our table was so kind",
     .category = "other",
     .status = "logged",
     .intents = {"other"}},
    /* "nothing but the X and the Y": what is kept, a change, never dishes of their own */
    {.text = "a classic beef burger with nothing but the patty and the bun, and onion rings",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Classic Beef Burger", .qty = 1, .mods = {"nothing but the patty", "bun"}},
               {.name = "Onion Rings", .qty = 1}}},
    /* a statement about the customer after a comma is a sentence of its own */
    {.text = "one falafel wrap, i have a sesame allergy",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Falafel Wrap", .qty = 1}},
     .asked = {{"falafel wrap", "Falafel Wrap"}}},
    /* a dish followed only by "instead" replaces the one named last, of the same count */
    {.text = "a mango smoothie. actually no, a lemonade instead",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Fresh Lemonade", .qty = 1}}},
    /* "med" of a doneness is written "medium"; "served on the side" is "on the side" */
    {.text = "a classic beef burger cooked med well, and a side salad with the dressing served on "
             "the side",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Classic Beef Burger", .qty = 1, .mods = {"cooked medium well"}},
               {.name = "Side Salad", .qty = 1, .mods = {"dressing on the side"}}}},
    /* "with" what the dish's own description says it comes with is no change */
    {.text = "an apple crumble with custard and a falafel wrap with extra hummus",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Apple Crumble", .qty = 1},
               {.name = "Falafel Wrap", .qty = 1, .mods = {"extra hummus"}}}},
    /* "to share", "for sharing": how the dish is eaten, no change to it */
    {.text = "onion rings to share and a carrot cake slice for sharing",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Onion Rings", .qty = 1}, {.name = "Carrot Cake Slice", .qty = 1}}},
    /* a reason after a dish ("because", "cuz") is no change to it */
    {.text = "a mango smoothie, and a lemonade cuz its hot out",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Mango Smoothie", .qty = 1}, {.name = "Fresh Lemonade", .qty = 1}}},
    /* "cos" before a subject is "because": the reason ends the change */
    {.text = "side salad no onion cos my wife hates it",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Side Salad", .qty = 1, .mods = {"no onions"}}}},
    /* "made vegan" is written as the diet */
    {.text = "a quinoa power bowl made gluten free please",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Quinoa Power Bowl", .qty = 1, .mods = {"gluten free"}}}},
    /* "xtra" as texted is written "extra" */
    {.text = "sweet potato fries xtra crispy",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Sweet Potato Fries", .qty = 1, .mods = {"extra crispy"}}}},
    /* a foreign modal after a negation says what someone cannot have: no request */
    {.text = "¿El brownie tiene nueces? Mi hijo no puede comer nueces.",
     .category = "inquiry",
     .status = "review",
     .intents = {"inquiry"},
     .language = "es"},
    /* "em" is "them" as texted: the count of the dish praised before; "nugs" are nuggets */
    {.text = "omg the onion rings. 3 of em + nugs",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Onion Rings", .qty = 3}, {.name = "Kids Chicken Nuggets", .qty = 1}}},
    /* "one" after an opener, beside another dish, is the dish just asked about */
    {.text = "does the carrot cake have nuts? i'll have one either way, plus a cold brew",
     .category = "order",
     .status = "accepted",
     .intents = {"inquiry", "order"},
     .items = {{.name = "Carrot Cake Slice", .qty = 1}, {.name = "Cold Brew Coffee", .qty = 1}}},
    /* after a request standing on its own (an opener, or a count said: "a dozen"), asking
     * whether it can be done is a question put to the restaurant */
    {.text = "could i get a mango smoothie with no ice. is that possible?",
     .category = "order",
     .status = "accepted",
     .intents = {"order", "inquiry"},
     .items = {{.name = "Mango Smoothie", .qty = 1, .mods = {"no ice"}}}},
    /* "possible?" after a dish only asks whether it can be done: the dish is ordered */
    {.text = "sorry my english not good. I like the halloumi burger. would that be possible?",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Grilled Halloumi Burger", .qty = 1}}},
    /* "the one where / that has ..." describes a dish like "the one with ...": its words,
     * menu words among them, point at the one item holding them all */
    {.text = "i'll take the one that has halloumi and peppers",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Grilled Halloumi Burger", .qty = 1}}},
    {.text = "the one where the cauliflower has buffalo sauce, no celery",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Buffalo Cauliflower Wrap", .qty = 1, .mods = {"no celery"}}}},
    /* a name dictated and written as two words ("fell awful", "terry yaki", "hollow me") is
     * the one menu word the two sound like together */
    {.text = "could we get a fell awful rap and a tofu terry yaki bowl",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Falafel Wrap", .qty = 1}, {.name = "Tofu Teriyaki Bowl", .qty = 1}}},
    {.text = "one hollow me burger and a lemonade",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Grilled Halloumi Burger", .qty = 1},
               {.name = "Fresh Lemonade", .qty = 1}}},
    /* a section narrowed by a word of one item's name is that item; by a diet, a kind */
    {.text = "two of the carrot dessert and a chocolate dessert",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Carrot Cake Slice", .qty = 2},
               {.name = "Vegan Chocolate Brownie", .qty = 1}}},
    /* a kind asked for, then narrowed to one of its items in the next clause, is that item */
    {.text = "could i get a smoothie? the strawberry one. oh and onion rings",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Strawberry Banana Smoothie", .qty = 1},
               {.name = "Onion Rings", .qty = 1}}},
    /* "the crispy one": a word of one name that other dishes' descriptions also say points at
     * none of them alone; it is asked back */
    {.text = "i'll take the crispy one",
     .category = "order",
     .status = "review",
     .intents = {"order"},
     .clarify = {{.phrase = "crispy",
                  .candidates = {"Crispy Chicken Burger", "BBQ Portobello Mushroom Burger",
                                 "Falafel Wrap", "Sweet Potato Fries", "(more)"}}}},
    /* "couple three" is two or three: how many is asked back */
    {.text = "couple three onion rings for the table",
     .category = "order",
     .status = "review",
     .intents = {"order"},
     .clarify = {{.phrase = "onion rings", .candidates = {"Onion Rings"}, .how_many = true}}},
    /* "N each" closing a list split by semicolons counts every dish of the list */
    {.text = "mango smoothie; truffle fries; brownie - 3 each",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Mango Smoothie", .qty = 3},
               {.name = "Truffle Fries", .qty = 3},
               {.name = "Vegan Chocolate Brownie", .qty = 3}}},
    /* a food word of its own ("cheesecake") is an off-menu dish, not menu words run together */
    {.text = "an onion rings and a cheesecake slice",
     .category = "order",
     .status = "rejected",
     .intents = {"order"},
     .items = {{.name = "Onion Rings", .qty = 1}},
     .unknown = {"cheesecake slice"}},
    /* a part of the dish answered "yes" keeps it: no dish of its own */
    {.text = "one crispy chicken burger. pickles yes, extra mayo",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Crispy Chicken Burger", .qty = 1, .mods = {"extra mayo"}}}},
    /* dialect: "twa" is two, "o" is "of" after a unit, "howya" greets */
    {.text = "howya, twa lemonades an a plate o onion rings",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Fresh Lemonade", .qty = 2}, {.name = "Onion Rings", .qty = 1}}},
    /* "double the X" after X was asked for is twice as many of it; "double the pickles" of a
     * part is a change */
    {.text = "3 cold brews and a brownie. oh actually double the cold brews",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Vegan Chocolate Brownie", .qty = 1},
               {.name = "Cold Brew Coffee", .qty = 6}}},
    /* diets alone after a question say which diet it asks about; nothing is ordered */
    {.text = "what desserts are dairy free? strictly dairy free, not just vegetarian",
     .category = "inquiry",
     .status = "answered",
     .intents = {"inquiry"}},
    /* a change's misspelt word a letter from one menu word is written as the menu spells it */
    {.text = "side salad, add avacado and no cucumbr",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Side Salad", .qty = 1, .mods = {"add avocado", "no cucumber"}}}},
    /* a change's word texted without its vowels is the one English food word of the menu
     * with those consonants */
    {.text = "chocolate milkshake no crm",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Chocolate Milkshake", .qty = 1, .mods = {"no cream"}}}},
    /* a word a letter from a menu word is that word misspelt, not a word of the frame */
    {.text = "a side salad with no cucmber",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Side Salad", .qty = 1, .mods = {"no cucumber"}}}},
    /* texting slang that only stresses ("fr fr", "no cap", "ngl") is no change */
    {.text = "ngl i need 2 onion rings fr fr, no cap",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Onion Rings", .qty = 2}}},
    /* a question of what is on a dish ordered asks, it changes nothing */
    {.text = "two halloumi burgers. is there honey on it?",
     .category = "order",
     .status = "accepted",
     .intents = {"order", "inquiry"},
     .items = {{.name = "Grilled Halloumi Burger", .qty = 2}}},
    /* a verb saying how the dish is ("go crazy") remarks on it, it is no change */
    {.text = "the sweet potato fries go crazy. 2 of those and a lemonade",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Sweet Potato Fries", .qty = 2}, {.name = "Fresh Lemonade", .qty = 1}}},
    /* praise of a dish, then a count pointing back at it, asks for it */
    {.text = "your mac and cheese bites are amazing. 4 of those please",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Mac and Cheese Bites", .qty = 4}}},
    /* a bare count after an opener, beside another dish, counts the dish asked about */
    {.text = "is the apple crumble warm? if so i'll take two + a cold brew",
     .category = "order",
     .status = "accepted",
     .intents = {"inquiry", "order"},
     .items = {{.name = "Apple Crumble", .qty = 2}, {.name = "Cold Brew Coffee", .qty = 1}}},
    /* dictated "smooth he" sounds as one menu word, its spellings "smoothie" and "smoothy" */
    {.text = "one strawberry smooth he please",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Strawberry Banana Smoothie", .qty = 1}}},
    /* a kind, then after a comma "the ... one" of one of its items, is that item */
    {.text = "a milkshake, the vanilla one, and onion rings",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Vanilla Oat Milkshake", .qty = 1}, {.name = "Onion Rings", .qty = 1}}},
    {.text = "ur onion rings r fire. 2 orders of em pls",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Onion Rings", .qty = 2}}},
    /* "tree" said for three counts a plural dish or a unit of serving */
    {.text = "tree orders of sweet potato fries and a side salad",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Sweet Potato Fries", .qty = 3}, {.name = "Side Salad", .qty = 1}}},
    /* words that sound like a dish name only where a dish stands: no dish here */
    {.text = "that movie left me hollow me thinks",
     .category = "other",
     .status = "logged",
     .intents = {"other"}},
    /* after "oh wait", "the <menu word> one" replaces the dish before */
    {.text = "we'll have the mango smoothie... oh wait the strawberry one",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Strawberry Banana Smoothie", .qty = 1}}},
    /* "can i get that with ..." after a dish asks for a change of it, no question */
    {.text = "one kale caesar salad. can i get that with no croutons?",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Kale Caesar Salad", .qty = 1, .mods = {"no croutons"}}}},
    /* an opener after words of discourse ("ok so just ...") still opens the request: the
     * count of "them" asks for the dish asked about anew */
    {.text = "are the onion rings crispy? ok so just give me 3 of them plus a lemonade",
     .category = "order",
     .status = "accepted",
     .intents = {"inquiry", "order"},
     .items = {{.name = "Onion Rings", .qty = 3}, {.name = "Fresh Lemonade", .qty = 1}}},
    /* "everything in/on the <kind>" and "of every <kind>" are every dish of the kind, each
     * with the count; "menu" after the kind changes none of them */
    {.text = "three of everything on your smoothie menu please",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Mango Smoothie", .qty = 3},
               {.name = "Strawberry Banana Smoothie", .qty = 3}}},
    {.text = "2 of every milkshake",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Vanilla Oat Milkshake", .qty = 2},
               {.name = "Chocolate Milkshake", .qty = 2}}},
    /* a counted kind, then dishes of it whose counts make it up, is those dishes */
    {.text = "we need two shakes, one vanilla one chocolate",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Vanilla Oat Milkshake", .qty = 1},
               {.name = "Chocolate Milkshake", .qty = 1}}},
    /* "the thing with <adjective> <food>": the adjective is part of what the dish holds */
    {.text = "can we get the thing with pickled onion on it",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "The Green Garden Vegan Burger", .qty = 1}}},
    /* a removal of "the <menu word> one" drops the one dish asked for before that it names */
    {.text = "1 mango smoothie, 1 cold brew, 2 onion rings... actually cancel the mango one",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Cold Brew Coffee", .qty = 1}, {.name = "Onion Rings", .qty = 2}}},
    /* a word several dishes hold points, with "one", at the one of them asked for before */
    {.text = "a crispy chicken burger, 2 fries and a lemonade; actually drop the chicken one",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Classic Fries", .qty = 2}, {.name = "Fresh Lemonade", .qty = 1}}},
    /* a table's number before the verb counts nobody's dish; the count next to the dish does */
    {.text = "table 9 would like 2 lemonades and a brownie",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Fresh Lemonade", .qty = 2},
               {.name = "Vegan Chocolate Brownie", .qty = 1}}},
    /* a room's or table's number is no count; the count said after the dish is */
    {.text = "room 12 needs more onion rings, 2 please",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Onion Rings", .qty = 2}}},
    /* a smaller count joined by "and" to a dish whose whole count took its own changes is one
     * more of the dish, not a part of it */
    {.text = "3 cheeseburgers no pickles and 1 with extra cheese",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Cheddar Cheeseburger", .qty = 3, .mods = {"no pickles"}},
               {.name = "Cheddar Cheeseburger", .qty = 1, .mods = {"extra cheese"}}}},
    /* after a question, "the one / the stuff on <dish>" says what is asked about; no order */
    {.text = "how spicy is the sauce?? the one on the buffalo cauliflower wrap",
     .category = "inquiry",
     .status = "answered",
     .intents = {"inquiry"}},
    /* "put in an order" is "place an order": asked for a later day, a capability question */
    {.text = "hey could we put in an order for sunday brunch?",
     .category = "inquiry",
     .status = "answered",
     .intents = {"inquiry"}},
    /* "can i order <dish> if <we/i ...>": asks whether it is allowed, orders nothing yet */
    {.text = "could we order the kids nuggets if we're grown ups haha",
     .category = "inquiry",
     .status = "answered",
     .intents = {"inquiry"}},
    /* twins each wanting a dish: one each; another's request after is their own */
    {.text = "the twins each want a kids mini burger and i'll have the halloumi burger",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Kids Mini Burger", .qty = 2},
               {.name = "Grilled Halloumi Burger", .qty = 1}}},
    /* an item's word, a word misheard, then the kind it is one of: one name ("tofu terrific
     * bowl" said for the teriyaki bowl) */
    {.text = "one tofu terrific bowl please",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Tofu Teriyaki Bowl", .qty = 1}}},
    /* "the <three words> one": a word read as a dish may describe it beside one no dish names */
    {.text = "can i get the herb and pea one",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "The Green Garden Vegan Burger", .qty = 1}}},
    /* "anyway" after a count pointing back at the dish asked about says the question did not
     * change the mind: a filler, no change to the dish */
    {.text = "is the falafel wrap spicy? grab me 2 of them anyway, no hummus on one",
     .category = "order",
     .status = "accepted",
     .intents = {"inquiry", "order"},
     .items = {{.name = "Falafel Wrap", .qty = 1},
               {.name = "Falafel Wrap", .qty = 1, .mods = {"no hummus"}}}},
    /* "well" before a verb of getting is "we'll" without its apostrophe: a request, not a
     * word of discourse */
    {.text = "well have the onion rings. collecting at 8",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Onion Rings", .qty = 1}}},
    /* "need to" and a verb that gets nothing, no dish after it, wants to do something: the
     * question before it stays a question, no dish is ordered */
    {.text = "is the iced green tea strong haha, need to stay awake at work",
     .category = "inquiry",
     .status = "answered",
     .intents = {"inquiry"}},
    /* "add another" and a whole menu name inside a clause adds one more of the dish, as "add
     * a" does: no change without a dish to change */
    {.text = "hiya pls add another falafel wrap to the order",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Falafel Wrap", .qty = 1}}},
    /* "do" after a subject that says what it will do, with words of manner between, is a
     * request as "ill do" is */
    {.text = "we will probably do two falafel wraps",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Falafel Wrap", .qty = 2}}},
    /* "N of each" after a question naming dishes asks for N of every one of them */
    {.text = "are the brownie and the crumble vegan? if so i'll have 2 of each",
     .category = "order",
     .status = "accepted",
     .intents = {"inquiry", "order"},
     .items = {{.name = "Vegan Chocolate Brownie", .qty = 2}, {.name = "Apple Crumble", .qty = 2}}},
    /* asked whether the kitchen can make a dish, with a count of it: that many are ordered */
    {.text = "can u make the halloumi burger with no peppers, times two",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Grilled Halloumi Burger", .qty = 2, .mods = {"no peppers"}}}},
    /* a condition after a change ("if u can") is no part of it */
    {.text = "falafel wrap, swap the tahini for hummus if u can",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Falafel Wrap", .qty = 1, .mods = {"hummus instead of tahini"}}}},
    /* "the <manner> <food> things": the food names the dish by its description */
    {.text = "the golden cheesy macaroni things",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Mac and Cheese Bites", .qty = 1}}},
    /* a kind, then "that has / that comes with" what is in it, is the one of its dishes */
    {.text = "could i have the wrap that comes with falafel",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Falafel Wrap", .qty = 1}}},
    /* a clause that only announces the question after it is no matter of its own */
    {.text = "hey, got a q. do the onion rings have gluten?",
     .category = "inquiry",
     .status = "answered",
     .intents = {"inquiry"}},
    /* a count after the words joined to a change counts another thing, not the change */
    {.text = "two onion rings without ketchup & chicken fried rice x3",
     .category = "order",
     .status = "rejected",
     .intents = {"order"},
     .items = {{.name = "Onion Rings", .qty = 2, .mods = {"no ketchup"}}},
     .unknown = {"chicken fried rice"}},
    /* a dish the menu lacks joined to a removal is no removal */
    {.text = "kale caesar salad no croutons and hot chocolate",
     .category = "order",
     .status = "rejected",
     .intents = {"order"},
     .items = {{.name = "Kale Caesar Salad", .qty = 1, .mods = {"no croutons"}}},
     .unknown = {"hot chocolate"}},
    /* ingredients joined to a change stay changes */
    {.text = "the crispy chicken burger no onions and extra pickles",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Crispy Chicken Burger",
                .qty = 1,
                .mods = {"no onions", "extra pickles"}}}},
    /* "the <noun> one" is the dish named by the noun, though another's description says it */
    {.text = "ok i'll go with the quinoa one, no feta",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Quinoa Power Bowl", .qty = 1, .mods = {"no feta"}}}},
    /* "sliced in half" says "cut in half": no slice of cake nor iced tea */
    {.text = "one halloumi burger sliced in half please",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Grilled Halloumi Burger", .qty = 1, .mods = {"cut in half"}}}},
    /* "just the" before a size: the size is the dish's, no side salad asked back */
    {.text = "just the small mango smoothie thx",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Mango Smoothie", .qty = 1, .mods = {"small"}}}},
    /* short foreign orders around English dish names: their nouns and numbers say the
     * language ("Bestellung", "commande", "pedido", "cinq", "svp") */
    {.text = "Bestellung: vier onion rings, danke",
     .category = "order",
     .status = "review",
     .intents = {"order"},
     .language = "de"},
    {.text = "Commande : cinq onion rings svp",
     .category = "order",
     .status = "review",
     .intents = {"order"},
     .language = "fr"},
    {.text = "Pedido: dois mango smoothie para levar",
     .category = "order",
     .status = "review",
     .intents = {"order"},
     .language = "pt"},
    /* an apology after saying one is late is a pleasantry, no order */
    {.text = "Arrivo tra 10 minuti, scusate",
     .category = "other",
     .status = "review",
     .intents = {"other"},
     .language = "it"},
    /* "also" before a kind of dish is no noun that makes a dish of its own with it */
    {.text = "two onion rings and also milkshake",
     .category = "order",
     .status = "review",
     .intents = {"order"},
     .items = {{.name = "Onion Rings", .qty = 2}},
     .clarify = {{.phrase = "milkshake", .candidates = {VANILLA_SHAKE, CHOCOLATE_SHAKE}}}},
    /* a misspelt verb after "like to", before its object, is no dish the menu lacks */
    {.text = "we would like to ordfre 3 onion rings",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Onion Rings", .qty = 3}}},
    /* a name signing the message after thanks or a question is no dish ("Jake": no cake) */
    {.text = "do you have parking nearby? thanks - Jake",
     .category = "other",
     .status = "logged",
     .intents = {"other"}},
    {.text = "can you deliver to the station? please, Omar",
     .category = "other",
     .status = "logged",
     .intents = {"other"}},
    /* a rating counts stars, no dish */
    {.text = "loved it, 4 stars from me",
     .category = "other",
     .status = "logged",
     .intents = {"other"}},
    /* the name an order goes under is no dish, though it reads as a misspelt one */
    {.text = "one mango smoothie under the name Jake",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Mango Smoothie", .qty = 1}}},
    /* a number after "at", "by" or "around" in a pickup filler is a time, no count */
    {.text = "one falafel wrap. ready by 5!",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Falafel Wrap", .qty = 1}}},
    /* "one" before a dish counts it: "the peppers and one" points at no dish */
    {.text = "halloumi burger, hold the peppers and one kids mini burger",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Grilled Halloumi Burger", .qty = 1, .mods = {"no peppers"}},
               {.name = "Kids Mini Burger", .qty = 1}}},
    /* a name after "for" that reads only as a misspelt menu word is the person's */
    {.text = "a kale caesar salad for Jake, pickup at noon",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Kale Caesar Salad", .qty = 1}}},
    /* the multiplication sign counts as "x" does, words after it or not */
    {.text = "sweet potato fries ×3 for the table please",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Sweet Potato Fries", .qty = 3}}},
    /* a short text cld2 reads as a neighbouring language the lists lack: the function
     * words say which */
    {.text = "me pones dos onion rings",
     .category = "order",
     .status = "review",
     .intents = {"order"},
     .language = "es"},
    /* cancelling in another language orders nothing, whatever verb of wanting it holds */
    {.text = "Quiero cancelar mi pedido 4411 por favor",
     .category = "other",
     .status = "review",
     .intents = {"other"},
     .language = "es"},
    /* after a question, "please, <name>" signs it even when the name looks like a dish */
    {.text = "is there a toilet for customers? please, Jake",
     .category = "other",
     .status = "logged",
     .intents = {"other"}},
    /* "then" after a dash opens a request of its own after a question */
    {.text = "is the brownie vegan - then a carrot cake slice please",
     .category = "order",
     .status = "accepted",
     .intents = {"inquiry", "order"},
     .items = {{.name = "Carrot Cake Slice", .qty = 1}}},
    /* a diet asked of "it" is asked, no vegan dish ordered */
    {.text = "is it vegan either way, can i get the halloumi burger",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Grilled Halloumi Burger", .qty = 1}}},
    /* a verb of getting misspelt as another English word, after "could we" and before a
     * count, is that verb */
    {.text = "could we haver two pad thai please",
     .category = "order",
     .status = "rejected",
     .intents = {"order"},
     .unknown = {"pad thai"}},
    /* "me das" (give me) is Spanish grammar, whatever dish names stand around it */
    {.text = "Hola! Me das un kale caesar salad? Gracias",
     .category = "order",
     .status = "review",
     .intents = {"order"},
     .language = "es"},
    /* a size before a dish is no context word: "small" of "small salad" leaves "wagers" to
     * the sparkling water */
    {.text = "3 small sparkling wagers thanks",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Sparkling Water", .qty = 3, .mods = {"small"}}}},
    /* the restaurant addressed after a greeting is part of it, no cue of a message about it */
    {.text = "hey greenbite we'd love two onion rings",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Onion Rings", .qty = 2}}},
    /* a plural spelt with a bare "s" after "y" is the menu word without it: "frys" is fries,
     * even after a modifier zone ended by a comma */
    {.text = "a beef burger no pickles, 2 frys",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Classic Beef Burger", .qty = 1, .mods = {"no pickles"}},
               {.name = "Classic Fries", .qty = 2}}},
    /* a "with" before any menu word has nothing to change: the dish after it is asked for */
    {.text = "whatever the chef does with the tofu bowl, and a lemonade",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Tofu Teriyaki Bowl", .qty = 1}, {.name = "Fresh Lemonade", .qty = 1}}},
    /* a number of dozens multiplies: "three dozen" is 36 */
    {.text = "three dozen onion rings for the office",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Onion Rings", .qty = 36}}},
    /* a modifier group's own label is one of its forms: "lettuce wrap" after a dish changes
     * it, it is no wrap whose description holds lettuce */
    {.text = "a crispy chicken burger, lettuce wrap",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Crispy Chicken Burger", .qty = 1, .mods = {"lettuce wrap"}}}},
    /* a dish "for each" of the counted dish before it is as many as that one */
    {.text = "5 falafel wraps and a lemonade for each",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Falafel Wrap", .qty = 5}, {.name = "Fresh Lemonade", .qty = 5}}},
    /* a kind, then "which"/"that" and words naming one dish of it: that dish, named once */
    {.text = "two of the burgers which have the big portobello and bbq",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "BBQ Portobello Mushroom Burger", .qty = 2}}},
    /* a dish of the food lexicon the menu holds nowhere, joined by "and" before "on the side",
     * is another thing ordered, no change of the dish before */
    {.text = "a quinoa bowl and spring rolls on the side",
     .category = "order",
     .status = "rejected",
     .intents = {"order"},
     .items = {{.name = "Quinoa Power Bowl", .qty = 1}},
     .unknown = {"spring rolls"}},
    /* a word read only as a misspelling before "wants" / "says" is who wants it, no dish */
    {.text = "two falafel wraps and dale wants a lemonade",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Falafel Wrap", .qty = 2}, {.name = "Fresh Lemonade", .qty = 1}}},
    /* a clause opening with "price of" asks, without a question mark */
    {.text = "price for the mango smoothie and the cold brew thx",
     .category = "inquiry",
     .status = "answered",
     .intents = {"inquiry"}},
    /* "comes w" is "comes with", "w" written for "with" as elsewhere */
    {.text = "what comes w the tofu bowl",
     .category = "inquiry",
     .status = "answered",
     .intents = {"inquiry"}},
    /* "the first one again": another of the first dish named, with its own change */
    {.text = "a quinoa bowl no kale, a lemonade, then the first one again with extra avocado",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Quinoa Power Bowl", .qty = 1, .mods = {"no kale"}},
               {.name = "Fresh Lemonade", .qty = 1},
               {.name = "Quinoa Power Bowl", .qty = 1, .mods = {"extra avocado"}}}},
    /* a part of a dish said to be fine as it is asks for nothing of its own */
    {.text = "one falafel wrap with extra hummus, the tabbouleh is fine",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Falafel Wrap", .qty = 1, .mods = {"extra hummus"}}}},
    /* a picture between two sentences ends the first as a full stop would: the complaint
     * keeps none of the request after it */
    {.text = "you were out of lemonade yesterday 😞 today a lemonade and a falafel wrap please",
     .category = "order",
     .status = "accepted",
     .intents = {"other", "order"},
     .items = {{.name = "Fresh Lemonade", .qty = 1}, {.name = "Falafel Wrap", .qty = 1}}},
    /* a misspelt greeting or request verb is the frame word that stands beside its neighbour
     * as in a phrase of the lists: "hello" ("hello greenbite"), "make" ("you make me"), not
     * "hallo" or "mark" ("question mark") */
    {.text = "hrllo greenbite could you makr me two lemonades with no ice?",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Fresh Lemonade", .qty = 2, .mods = {"no ice"}}}},
    /* after a menu word that ends no name the customer goes on with the dish's name: a
     * misspelling there is no frame word ("tesa" is no "test") */
    {.text = "a side salad ; one green tesa no honey please",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Side Salad", .qty = 1},
               {.name = "Iced Green Tea", .qty = 1, .mods = {"no honey"}}}},
    /* "well" opens a clause as a word of discourse: after a question what follows it is
     * still asked for */
    {.text = "is the falafel wrap spicy? well the quinoa bowl ; a lemonade",
     .category = "order",
     .status = "accepted",
     .intents = {"inquiry", "order"},
     .items = {{.name = "Quinoa Power Bowl", .qty = 1}, {.name = "Fresh Lemonade", .qty = 1}}},
    /* a short word no English word is spelt as is a slip of the keys, no verb of a
     * statement about the dish after it: the clause still orders */
    {.text = "is the falafel wrap spicy? ok zx the quinoa bowl ; a lemonade",
     .category = "order",
     .status = "accepted",
     .intents = {"inquiry", "order"},
     .items = {{.name = "Quinoa Power Bowl", .qty = 1}, {.name = "Fresh Lemonade", .qty = 1}}},
    /* a word of two letters no English word is spelt as, alone in a list of dishes, is a
     * thing asked for (the clipped "pizza"): declined, never dropped */
    {.text = "2 lemonades and a za please",
     .category = "order",
     .status = "rejected",
     .intents = {"order"},
     .items = {{.name = "Fresh Lemonade", .qty = 2}},
     .unknown = {"za"}},
    /* beside a question, a misspelt menu word before a dish ("kixs" of "kids") is no verb
     * of a statement about it: the dish is still asked for */
    {.text = "one lemonade\na kixs mini burger\nthanks. i was wondering if the tofu bowl has nuts",
     .category = "order",
     .status = "accepted",
     .intents = {"order", "inquiry"},
     .items = {{.name = "Fresh Lemonade", .qty = 1}, {.name = "Kids Mini Burger", .qty = 1}}},
    /* "no" before a comma rejects the dish before it: what follows the comma replaces that
     * dish, it is not itself taken off */
    {.text = "a cold brew, wait no, the lemonade. and a side salad",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Fresh Lemonade", .qty = 1}, {.name = "Side Salad", .qty = 1}}},
    /* a kind, whom it is for and "please" before a colon head the list after it: the
     * heading asks for nothing of its own */
    {.text = "drinks for us please: a lemonade and a mango smoothie",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Fresh Lemonade", .qty = 1}, {.name = "Mango Smoothie", .qty = 1}}},
    /* "wut", "wat": chat spellings of "what" start a question as "what" does */
    {.text = "wut side is gluten free",
     .category = "inquiry",
     .status = "answered",
     .intents = {"inquiry"}},
    /* after "i mean", a counted dish not asked for before is meant instead of the dish said
     * last */
    {.text = "a lemonade and 2 brownies. oops i meant 2 carrot cakes",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Fresh Lemonade", .qty = 1}, {.name = "Carrot Cake Slice", .qty = 2}}},
    /* a dish, "not" and another dish: the first in place of the second, which is not asked
     * for, nor kept as a change of the first */
    {.text = "2 mango smoothies not the cold brew",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Mango Smoothie", .qty = 2}}},
    /* a face typed in punctuation between two sentences ends the first as a picture does:
     * the question after it asks, it orders nothing */
    {.text = "a mango smoothie please :) btw does the falafel wrap have nuts?",
     .category = "order",
     .status = "accepted",
     .intents = {"order", "inquiry"},
     .items = {{.name = "Mango Smoothie", .qty = 1}}},
    /* "btw" opens a clause as a word of discourse: a question after it still asks */
    {.text = "two onion rings\nbtw can the kale caesar salad come without parmesan?",
     .category = "order",
     .status = "accepted",
     .intents = {"order", "inquiry"},
     .items = {{.name = "Onion Rings", .qty = 2}}},
    /* beside a word that names a whole section ("side"), a misspelt word is read as a word
     * of those items when every reading points at one of them */
    {.text = "2 side sqlda and a lemonade",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Side Salad", .qty = 2}, {.name = "Fresh Lemonade", .qty = 1}}},
    /* "burger" names every burger: beside it, a misspelt word whose readings all point at
     * one of them names that one */
    {.text = "one gdeen burger and fries",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "The Green Garden Vegan Burger", .qty = 1},
               {.name = "Classic Fries", .qty = 1}}},
    /* a clause that only announces the question after it ("just curious", "just
     * wondering") is the question's, no matter of its own */
    {.text = "hey, just curious: does the mango smoothie have dairy?",
     .category = "inquiry",
     .status = "answered",
     .intents = {"inquiry"}},
    /* a short word one letter off a frame word is that word where it stands beside its
     * neighbour as in a phrase of the lists ("would lke": "would like") */
    {.text = "we would lke two onion rings",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Onion Rings", .qty = 2}}},
    /* two words heard as one menu word open the message: the word after them, near a word
     * of that dish ("rap" of the wrap), says they name it */
    {.text = "fella full rap and a lemonade",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Falafel Wrap", .qty = 1}, {.name = "Fresh Lemonade", .qty = 1}}},
    /* where a dish stands, a word that is a food with two letters swapped ("ckoe") is that
     * food, declined: no misspelt menu dish asked back */
    {.text = "can i get a diet ckoe and a lemonade",
     .category = "order",
     .status = "rejected",
     .intents = {"order"},
     .items = {{.name = "Fresh Lemonade", .qty = 1}},
     .unknown = {"diet ckoe"}},
    /* a menu word right after "please", before a determiner and a word nothing reads, is a
     * verb asked of a person ("ring the doorbell"), no dish */
    {.text = "please ring the doorbell twice, we are upstairs",
     .category = "other",
     .status = "logged",
     .intents = {"other"}},
    /* after a count stands a dish, unless a misspelt frame word stands beside the count as
     * in a phrase of the lists ("5 stars") */
    {.text = "5 stasr, will come again",
     .category = "other",
     .status = "logged",
     .intents = {"other"}},
    /* a dish counted and changed, then a count no smaller after a comma and only a change:
     * more of that dish, changed so */
    {.text = "one large lemonade, one small",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Fresh Lemonade", .qty = 1, .mods = {"large"}},
               {.name = "Fresh Lemonade", .qty = 1, .mods = {"small"}}}},
    /* "what flavours" asks what varieties the menu has: a question of the menu */
    {.text = "got any smoothies? what flavours",
     .category = "inquiry",
     .status = "answered",
     .intents = {"inquiry"}},
    /* "so its <diet>" after a change of the dish says why, not how: no change of its own */
    {.text = "a kale caesar no anchovies so its pescatarian",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Kale Caesar Salad", .qty = 1, .mods = {"no anchovies"}}}},
    /* after a comma, "anyway" keeps the aside and the request one sentence: an order only */
    {.text = "my cousin is visiting and he never knows what he likes, anyway we'll take 2 cheddar "
             "cheeseburgers",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Cheddar Cheeseburger", .qty = 2}}},
    /* two slips of the keys in a short word before a dish ("kixx" of "kids") still make no
     * verb of a statement beside a question: the dish is asked for (the unread word stays
     * on it as written, as any unread word beside a dish does) */
    {.text = "one cold brew\na kixx mini burger\ncheers. is the kale caesar spicy",
     .category = "order",
     .status = "accepted",
     .intents = {"order", "inquiry"},
     .items = {{.name = "Cold Brew Coffee", .qty = 1},
               {.name = "Kids Mini Burger", .qty = 1, .mods = {"kixx"}}}},
    /* a word spelt as it sounds ("bru"), beside a word that pins the dish, is the word of
     * that dish it sounds like */
    {.text = "can i get a large cold bru and a brownie",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Cold Brew Coffee", .qty = 1, .mods = {"large"}},
               {.name = "Vegan Chocolate Brownie", .qty = 1}}},
    /* a count for the dish just asked about, then its change after "w" texted for "with" */
    {.text = "any mango smoothies left today? i'll have 2 w extra ice",
     .category = "order",
     .status = "accepted",
     .intents = {"inquiry", "order"},
     .items = {{.name = "Mango Smoothie", .qty = 2, .mods = {"extra ice"}}}},
    /* a removal naming only the kind of a dish asked for before takes back that dish */
    {.text =
         "a falafel wrap and a strawberry smoothie... nah drop the smoothie, make it a cold brew",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Falafel Wrap", .qty = 1}, {.name = "Cold Brew Coffee", .qty = 1}}},
    /* a complaint, then "so this time please" and a request: the request is a clause of its
     * own, not words of the report of the past */
    {.text = "the lemonade was way too sweet yesterday so this time please bring a mango smoothie",
     .category = "order",
     .status = "accepted",
     .intents = {"other", "order"},
     .items = {{.name = "Mango Smoothie", .qty = 1}}},
    /* "the one with X" where several dishes hold X: one of them, asked back */
    {.text = "i'll go for the one with kale pls",
     .category = "order",
     .status = "review",
     .intents = {"order"},
     .clarify = {{.phrase = "the one with kale",
                  .candidates = {"Quinoa Power Bowl", "Kale Caesar Salad"}}},
     .reply_has = {"did you mean"}},
    /* a dish left to the restaurant's choice names none: asked back beside the rest */
    {.text = "a falafel wrap for me and for my brother something u suggest",
     .category = "order",
     .status = "review",
     .intents = {"order"},
     .items = {{.name = "Falafel Wrap", .qty = 1}},
     .clarify = {{.phrase = "something u suggest"}}},
    /* how the speaker is, run on into a request ("im so hungry just send me"), leaves the
     * request its opener: the dish it describes is kept, not lost to the clause's cues */
    {.text = "im so hungry just send me something crunchy",
     .category = "order",
     .status = "rejected",
     .intents = {"order"},
     .unknown = {"something crunchy"}},
    /* what a verb of saying reports ("the website said ...") is quoted, no dish asked for */
    {.text = "is the falafel wrap gluten free? the website said flour tortilla",
     .category = "inquiry",
     .status = "answered",
     .intents = {"inquiry"}},
    /* a dish taken off an order placed before ("off our order") asks for nothing */
    {.text = "could u take the onion rings off our order pls",
     .category = "other",
     .status = "logged",
     .intents = {"other"}},
    /* a dish after "my own" is the customer's, brought along: nothing asked of the kitchen */
    {.text = "can we bring our own lemonade",
     .category = "other",
     .status = "logged",
     .intents = {"other"}},
    /* a count in digits before a kind is a count, no price: no dish costs $3, so the kind
     * keeps it and the parts after it share it out */
    {.text = "3 smoothies, 2 mango 1 strawberry banana",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Mango Smoothie", .qty = 2},
               {.name = "Strawberry Banana Smoothie", .qty = 1}}},
    /* a word of several names that ends none ("cheese"), "on the side" after a dish: a part
     * of that dish served apart, no dish of its own */
    {.text = "one classic beef burger and cheese on the side pls",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Classic Beef Burger", .qty = 1, .mods = {"cheese on the side"}}}},
    /* a dish several items fit, "for" a section of the menu after it: the one of that section,
     * and the section's word names no dish of its own */
    {.text = "a lemonade and the chocolate thing for dessert",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Fresh Lemonade", .qty = 1},
               {.name = "Vegan Chocolate Brownie", .qty = 1}}},
    /* "each with" a dish after several dishes: the dish comes once with every one before */
    {.text = "a halloumi burger and 2 beef burgers, each with a side of onion rings",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Grilled Halloumi Burger", .qty = 1},
               {.name = "Classic Beef Burger", .qty = 2},
               {.name = "Onion Rings", .qty = 3}}},
    /* a dish "with each" after a counted dish comes once with every one of them */
    {.text = "two falafel wraps, a lemonade with each",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Falafel Wrap", .qty = 2}, {.name = "Fresh Lemonade", .qty = 2}}},
    /* "a pair of" written as it sounds ("a pare of", "a pear of") counts two */
    {.text = "a pare of lemonades n a brownie",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Fresh Lemonade", .qty = 2},
               {.name = "Vegan Chocolate Brownie", .qty = 1}}},
    /* a change "on half of them" splits an even count in two */
    {.text = "4 lemonades, no ice on half of them",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Fresh Lemonade", .qty = 2},
               {.name = "Fresh Lemonade", .qty = 2, .mods = {"no ice"}}}},
    /* "anyway" turns from a complaint to a request, as "so" does */
    {.text = "you guys forgot my fries last week anyway 2 cheeseburgers pls",
     .category = "order",
     .status = "accepted",
     .intents = {"other", "order"},
     .items = {{.name = "Cheddar Cheeseburger", .qty = 2}}},
    /* a dish said to be for someone, then asked about: ordered, then asked */
    {.text = "mac and cheese bites for my daughter, do they come with a dip?",
     .category = "order",
     .status = "accepted",
     .intents = {"order", "inquiry"},
     .items = {{.name = "Mac and Cheese Bites", .qty = 1}}},
    /* a plural with its last letter doubled ("wrapss") is the plural */
    {.text = "a lemonade and 2 falafel wrapss",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Fresh Lemonade", .qty = 1}, {.name = "Falafel Wrap", .qty = 2}}},
    /* "one X large, one small": a count as big as the dish's, after a comma, with a change
     * alone, is one more of the dish */
    {.text = "one lemonade large, one small",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Fresh Lemonade", .qty = 1, .mods = {"large"}},
               {.name = "Fresh Lemonade", .qty = 1, .mods = {"small"}}}},
    /* "hold the hummus on one": "on one" is one of the dishes, not "the hummus one" */
    {.text = "2 falafel wraps, hold the hummus on one",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Falafel Wrap", .qty = 1},
               {.name = "Falafel Wrap", .qty = 1, .mods = {"no hummus"}}}},
    /* "sum", "some" as texted, leaves the count unclear: asked */
    {.text = "can i get sum onion rings and a lemonade",
     .category = "order",
     .status = "review",
     .intents = {"order"},
     .items = {{.name = "Fresh Lemonade", .qty = 1}},
     .clarify = {{"onion rings", {"Onion Rings"}, .how_many = true}}},
    /* "has the ... got ...?" asks as "does the ... have ...?" does */
    {.text = "has the brownie got nuts",
     .category = "inquiry",
     .status = "answered",
     .intents = {"inquiry"}},
    /* "again" and "to my order" after a dish say how often and where, no change of it */
    {.text = "the falafel wrap again and add a brownie to my order",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Falafel Wrap", .qty = 1}, {.name = "Vegan Chocolate Brownie", .qty = 1}}},
    /* sizes as texted ("lg", "sm") are the sizes */
    {.text = "2 cheeseburgers + a lg fries",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Cheddar Cheeseburger", .qty = 2},
               {.name = "Classic Fries", .qty = 1, .mods = {"large"}}}},
    /* praise of a dish before a question about the menu is chit-chat, no matter of its own */
    {.text = "the sweet potato fries are so tasty, do you sell the dip in tubs?",
     .category = "inquiry",
     .status = "answered",
     .intents = {"inquiry"}},
    /* "made with X": the verb says how the dish is made, the change is X */
    {.text = "a mango smoothie made with oat milk instead of the regular milk",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Mango Smoothie",
                .qty = 1,
                .mods = {"oat milk instead of the regular milk"}}}},
    /* "make it X" / "made X": the change is X */
    {.text = "one crispy chicken burger made spicy and a quinoa bowl, make it vegan",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Crispy Chicken Burger", .qty = 1, .mods = {"spicy"}},
               {.name = "Quinoa Power Bowl", .qty = 1, .mods = {"vegan"}}}},
    /* a word naming several dishes, joined to a dish named whole, shares its head noun:
     * "chocolate" of "chocolate & vanilla shakes" is the chocolate shake */
    {.text = "2 chocolate & 1 vanilla shakes pls",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Chocolate Milkshake", .qty = 2},
               {.name = "Vanilla Oat Milkshake", .qty = 1}}},
    /* "where's my/our ..." asks after an order placed: order status, no question about the menu */
    {.text = "hey where's our food? it's been an hour",
     .category = "other",
     .status = "logged",
     .intents = {"other"}},
    /* "w/o the X" is "without the X": "no X", the article dropped */
    {.text = "1 black bean burger w/o the pickles",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Black Bean Chipotle Burger", .qty = 1, .mods = {"no pickles"}}}},
    /* the birthday cake after "bday" pictures the birthday, no cake asked for */
    {.text = "2 mango smoothies, its my bday 🎂",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Mango Smoothie", .qty = 2}}},
    /* a food picture in a wish's phrase decorates the wish: nothing asked for */
    {.text = "merry xmas crew 🍔🍟", .category = "other", .status = "logged", .intents = {"other"}},
    /* "the double bacon burger": a lead before a dish's head word names a dish, no change */
    {.text = "a falafel wrap and my friend wants the double bacon burger",
     .category = "order",
     .status = "rejected",
     .intents = {"order"},
     .items = {{.name = "Falafel Wrap", .qty = 1}},
     .unknown = {"double bacon burger"}},
    /* "what should I get/try/avoid" asks what of the menu to pick: an inquiry */
    {.text = "first time here, what should i get?",
     .category = "inquiry",
     .status = "answered",
     .intents = {"inquiry"}},
    /* "where is my X" asks after an order already placed: its status, no question of the menu */
    {.text = "hey wheres my mango smoothie",
     .category = "other",
     .status = "logged",
     .intents = {"other"}},
    /* "make one of them X instead": X takes one's place, the other stays */
    {.text = "2 falafel wraps, make one of them a cauliflower wrap instead",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Falafel Wrap", .qty = 1}, {.name = "Buffalo Cauliflower Wrap", .qty = 1}}},
    /* "actually make one of them X": "make" is the swap's verb, no dish asked back */
    {.text = "3 lemonades, actually make one of them an iced green tea",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Fresh Lemonade", .qty = 2}, {.name = "Iced Green Tea", .qty = 1}}},
    /* "summa" as texted is "some of": how many is asked */
    {.text = "summa those truffle fries pls",
     .category = "order",
     .status = "review",
     .intents = {"order"},
     .clarify = {{"truffle fries", {"Truffle Fries"}, .how_many = true}}},
    /* pictures that end the text, each of a thing already named, illustrate the list */
    {.text = "chocolate shake + fries 🥤🍟",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Chocolate Milkshake", .qty = 1}, {.name = "Classic Fries", .qty = 1}}},
    /* a name's words in another order are one dish, not two side by side */
    {.text = "2 mushroom bbq portobello burgers",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "BBQ Portobello Mushroom Burger", .qty = 2}}},
    /* a count and one adjective closing the clause: a part of the dish, made that way */
    {.text = "2 cold brews, one black",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Cold Brew Coffee", .qty = 1},
               {.name = "Cold Brew Coffee", .qty = 1, .mods = {"black"}}}},
    /* a kind, "that has" and a food none of its items holds: a dish the menu lacks */
    {.text = "can i get the wrap that has the bacon in it",
     .category = "order",
     .status = "rejected",
     .intents = {"order"},
     .unknown = {"bacon wrap"}},
    /* "with my X": the dish it goes with, no change of the one before */
    {.text = "a lemonade with my falafel wrap",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Fresh Lemonade", .qty = 1}, {.name = "Falafel Wrap", .qty = 1}}},
    /* what a dish is served on, said with "on a", is the understanding's change without the
     * preposition ("gluten-free bun") */
    {.text = "one cheddar cheeseburger on a gluten free bun thanks",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Cheddar Cheeseburger", .qty = 1, .mods = {"gluten-free bun"}}}},
    /* a dish of two words neither of which is food alone asks about the menu */
    {.text = "got any hot pot?",
     .category = "inquiry",
     .status = "answered",
     .intents = {"inquiry"}},
    /* an Australian greeting opens the message; it names no dish */
    {.text = "g'day mate, one falafel wrap and a mango smoothie ta",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Falafel Wrap", .qty = 1}, {.name = "Mango Smoothie", .qty = 1}}},
    /* a kind, a filler, then "the X one" set off by a mark: the one dish of the kind meant */
    {.text = "one shake thanks, the chocolate one",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Chocolate Milkshake", .qty = 1}}},
    /* "X and Y <kind>s", then a change on "the X one": the X dish already asked for */
    {.text = "chocolate and vanilla shakes, no cream on the chocolate one",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Chocolate Milkshake", .qty = 1, .mods = {"no whipped cream"}},
               {.name = "Vanilla Oat Milkshake", .qty = 1}}},
    /* a dish of the food lexicon joined by "&" or "n" around a menu word: the dish the menu
     * lacks, named as the lexicon names it, not the menu item inside it */
    {.text = "could we get 3 fish & chips",
     .category = "order",
     .status = "rejected",
     .intents = {"order"},
     .unknown = {"fish and chips"}},
    /* "on a" before the bun a dish is served on: the bun is the change */
    {.text = "2 cheddar cheeseburgers on a gluten free bun",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Cheddar Cheeseburger", .qty = 2, .mods = {"gluten-free bun"}}}},
    /* an allergy in brackets after a change says why, it is no change of its own */
    {.text = "one falafel wrap, no tahini (sesame allergy)",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Falafel Wrap", .qty = 1, .mods = {"no tahini"}}}},
    /* so is one on its own after a question of what a dish holds: no dish of its own */
    {.text = "2 onion rings please. does the batter have egg in it? egg allergy",
     .category = "order",
     .status = "accepted",
     .intents = {"order", "inquiry"},
     .items = {{.name = "Onion Rings", .qty = 2}}},
    /* "also a" before a dish the menu lacks leads that dish, it changes none before it */
    {.text = "a falafel wrap with extra hummus and also a hot chocolate",
     .category = "order",
     .status = "rejected",
     .intents = {"order"},
     .items = {{.name = "Falafel Wrap", .qty = 1, .mods = {"extra hummus"}}},
     .unknown = {"hot chocolate"}},
    /* "whatever the X is" names dish X; the change after its verb is X's */
    {.text = "one cold brew, and whatever the tofu bowl is but no broccoli",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Cold Brew Coffee", .qty = 1},
               {.name = "Tofu Teriyaki Bowl", .qty = 1, .mods = {"no broccoli"}}}},
    /* "whatever the X is" after a dish asked for says nothing of X: the message orders */
    {.text = "a cold brew, and whatever the tofu bowl is but no broccoli",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Cold Brew Coffee", .qty = 1},
               {.name = "Tofu Teriyaki Bowl", .qty = 1, .mods = {"no broccoli"}}}},
    /* a change "for the" dish asked for first is that dish's, not the last one's */
    {.text = "a beef burger and a falafel wrap, no onions for the burger",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Classic Beef Burger", .qty = 1, .mods = {"no onions"}},
               {.name = "Falafel Wrap", .qty = 1}}},
    /* "got any X?" asks as "do you have any X?" does; a count after it orders X */
    {.text = "u got any mango smoothies? if so 3 pls",
     .category = "order",
     .status = "accepted",
     .intents = {"inquiry", "order"},
     .items = {{.name = "Mango Smoothie", .qty = 3}}},
    /* a count after a question about a dish the menu lacks asks for that dish: declined */
    {.text = "do you guys have churros? i'll take 3 if so",
     .category = "order",
     .status = "rejected",
     .intents = {"inquiry", "order"},
     .unknown = {"churros"}},
    /* "extra hot" of a dish made with a hot sauce asks for more of it, not for "extra spicy" */
    {.text = "2 buffalo cauliflower wraps, both extra hot pls",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Buffalo Cauliflower Wrap", .qty = 2, .mods = {"extra hot"}}}},
    /* "oi" hails the counter, as "hey" does: no dish the menu lacks */
    {.text = "oi, 3 lemonades",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Fresh Lemonade", .qty = 3}}},
    /* after an order's header ("dinner order:") a dish stands, as after "can i get": a food
     * with two letters swapped there is that food, declined, never dropped */
    {.text = "dinner order: diet ckoe!!",
     .category = "order",
     .status = "rejected",
     .intents = {"order"},
     .unknown = {"diet ckoe"}},
    /* a kind asked about that reads alone as one item ("fries" is the Classic Fries) is still
     * a kind: the dishes of it named bare right after say what the question means */
    {.text = "do your fries have dairy? truffle and regular",
     .category = "inquiry",
     .status = "answered",
     .intents = {"inquiry"}},
    /* after a question, "my little one doesn't do sugar" tells of a person ("one" owned) and
     * what they never have ("doesn't do"): no count of the dish asked about, no order */
    {.text = "is the mango smoothie very sweet? my little one doesn't do sugar",
     .category = "inquiry",
     .status = "answered",
     .intents = {"inquiry"}},
    /* a dish whose name is plural ("onion rings"), with no count, for a group of unsaid size
     * right after it: how many portions is asked */
    {.text = "onion rings for the whole office and a lemonade",
     .category = "order",
     .status = "review",
     .intents = {"order"},
     .items = {{.name = "Fresh Lemonade", .qty = 1}},
     .clarify = {{"onion rings", {"Onion Rings"}, .how_many = true}}},
    /* "how long" and a dish made some way ("baked") asks how it is made, not about the wait */
    {.text = "how long are the sweet potato fries baked?",
     .category = "inquiry",
     .status = "answered",
     .intents = {"inquiry"}},
    /* a Spanish count and "por favor" around an English menu name: Spanish, for a person */
    {.text = "dos sweet potato fries por favor",
     .category = "order",
     .status = "review",
     .intents = {"order"},
     .language = "es"},
    /* a number word with a letter left out ("thre") where a count stands is that count */
    {.text = "can i get thre cheeseburgers and a lemonade",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Cheddar Cheeseburger", .qty = 3}, {.name = "Fresh Lemonade", .qty = 1}}},
    /* "food" in general names no dish, on the menu or off it: asked back, never declined */
    {.text = "need food for 12 people at noon",
     .category = "order",
     .status = "review",
     .intents = {"order"},
     .clarify = {{"food"}}},
    /* "can you make" any one of a kind ("a wrap") changed asks what the kitchen can do: a
     * question, no dish asked for; "the falafel wrap" changed would be asked for */
    {.text = "can you guys make a wrap without the tortilla?",
     .category = "inquiry",
     .status = "answered",
     .intents = {"inquiry"}},
    /* a choice between two dishes ("X or Y") made in a later clause: only the dish chosen
     * there is ordered, with its count */
    {.text = "thinking the falafel wrap or the halloumi burger... ok just the falafel wrap, two "
             "of them",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Falafel Wrap", .qty = 2}}},
    /* the staff addressed as many ("you guys") in a request opener: "can you guys make me"
     * asks for the dish as "can you make me" does */
    {.text = "could u guys make me a mango smoothie",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Mango Smoothie", .qty = 1}}},
    /* small talk asked as a question ("whats up") before a request greets; alone it asks */
    {.text = "hey whats up, can i grab a mango smoothie",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Mango Smoothie", .qty = 1}}},
    /* a dish named, then after a comma a question made only of changes to "it": the dish is
     * asked for so changed */
    {.text = "a falafel wrap for my dad, can it come without hummus?",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Falafel Wrap", .qty = 1, .mods = {"no hummus"}}}},
    /* a count run into the word after it ("3lemonades") is that word's count */
    {.text = "3lemonades+2brownies",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Fresh Lemonade", .qty = 3},
               {.name = "Vegan Chocolate Brownie", .qty = 2}}},
    /* "forget that" and a count alone corrects the count before, removing nothing */
    {.text = "two mango smoothies. forget that, one.",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Mango Smoothie", .qty = 1}}},
    /* so does a "no" set off by a comma before a count alone */
    {.text = "3 lemonades. no, 2.",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Fresh Lemonade", .qty = 2}}},
    /* a part and its degree after it ("sauce heavy"), set off by a comma, is a change of the
     * dish before, written degree first; no dish of its own */
    {.text = "the tofu bowl, sauce heavy",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Tofu Teriyaki Bowl", .qty = 1, .mods = {"heavy sauce"}}}},
    /* a word of warmth set off right after a dish whose name says cold ("coffee, warm") asks
     * for a dish the menu lacks, as "warm coffee" does */
    {.text = "a mango smoothie and a coffee, warm.",
     .category = "order",
     .status = "rejected",
     .intents = {"order"},
     .items = {{.name = "Mango Smoothie", .qty = 1}},
     .unknown = {"warm coffee"}},
    /* a kind ("bowl") after "in a" right after a dish named is how the dish is served: a
     * change of it, nothing to ask back */
    {.text = "the halloumi burger in a bowl please",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Grilled Halloumi Burger", .qty = 1, .mods = {"bowl"}}}},
    /* "as a" a kind right after a dish reads the same way: how the dish is made */
    {.text = "could you do two falafel wraps as a bowl",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Falafel Wrap", .qty = 2, .mods = {"as a bowl"}}}},
    /* a dish and what it holds asked after ("sugar content?"): a question about the dish */
    {.text = "mango smoothie sugar content?",
     .category = "inquiry",
     .status = "answered",
     .intents = {"inquiry"}},
    /* a dish swapped in ("sweet potato fries instead of ...") after "but with" is a change of
     * the dish before, no dish of its own */
    {.text = "the crispy chicken burger but with sweet potato fries instead of the slaw",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Crispy Chicken Burger",
                .qty = 1,
                .mods = {"sweet potato fries instead of the slaw"}}}},
    /* "tater" is how customers say "potato" */
    {.text = "2 sweet tater fries and a lemonade",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Sweet Potato Fries", .qty = 2}, {.name = "Fresh Lemonade", .qty = 1}}},
    /* "X subbed for Y" after a dish swaps Y in, even when Y names a dish of the menu */
    {.text = "a kale caesar w the croutons subbed for quinoa",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Kale Caesar Salad", .qty = 1, .mods = {"quinoa instead of croutons"}}}},
    /* a count broken off ("3 of the...") counts the thing the next clause names */
    {.text = "can we get 3 of the... idk the mango one",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Mango Smoothie", .qty = 3}}},
    /* "can you make" dishes of the menu as the menu has them, nothing changed, asks for them;
     * "can you make a wrap without the tortilla?" (a kind changed) asks what the kitchen can do */
    {.text = "can you make a halloumi burger and an iced tea?",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Grilled Halloumi Burger", .qty = 1},
               {.name = "Iced Green Tea", .qty = 1}}},
    /* any listed language's count and "please" around an English menu name are that
     * language, for a person; Portuguese shares "por favor" with Spanish: the count decides */
    {.text = "quatro sweet potato fries por favor",
     .category = "order",
     .status = "review",
     .intents = {"order"},
     .language = "pt"},
    {.text = "vijf sweet potato fries alstublieft",
     .category = "order",
     .status = "review",
     .intents = {"order"},
     .language = "nl"},
    {.text = "trois sweet potato fries svp",
     .category = "order",
     .status = "review",
     .intents = {"order"},
     .language = "fr"},
    {.text = "seis sweet potato fries por favor",
     .category = "order",
     .status = "review",
     .intents = {"order"},
     .language = "es"},
    /* the customer's own plan after a request ("i'll pay", "we'll be outside") frames the
     * order; its words of payment or pickup do not make the message other */
    {.text = "can i get a cheeseburger and fries, we'll pay at the counter",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Cheddar Cheeseburger", .qty = 1}, {.name = "Classic Fries", .qty = 1}}},
    /* "could you have X ready" asks for X to be prepared; "ready" is no change to X */
    {.text = "could you have a beef burger and truffle fries ready for 6?",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Classic Beef Burger", .qty = 1}, {.name = "Truffle Fries", .qty = 1}}},
    /* a negated verb of being after a food ("soy sauce usually isn't") says something of it:
     * a remark beside the question, no food asked for */
    {.text = "is the teriyaki bowl gluten free? soy sauce usually isn't",
     .category = "inquiry",
     .status = "answered",
     .intents = {"inquiry"}},
    /* "worth it" and "any good" ask for a judgement of a dish, as "recommend" does */
    {.text = "onion rings any good or should i get fries?",
     .category = "inquiry",
     .status = "answered",
     .intents = {"inquiry"}},
    /* auxiliaries, verbs and time words of a language are its strong words: "wird" (German
     * "will be"), "morgen", Portuguese "leva" (as Spanish "lleva") */
    {.text = "Wird der Brownie warm serviert?",
     .category = "inquiry",
     .status = "review",
     .intents = {"inquiry"},
     .language = "de"},
    {.text = "Danke, bis morgen",
     .category = "other",
     .status = "review",
     .intents = {"other"},
     .language = "de"},
    {.text = "O Side Salad leva cebola?",
     .category = "inquiry",
     .status = "review",
     .intents = {"inquiry"},
     .language = "pt"},
    /* a time after a dish ("had it yesterday") is no change to it */
    {.text = "she had the portobello burger yesterday, so we'll have one of those",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "BBQ Portobello Mushroom Burger", .qty = 1}}},
    /* after "two of those" pointing back, a smaller count with its own change is a part of it */
    {.text = "i had the jackfruit burger yesterday, can i get 2 of them, one without slaw",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Spicy Jackfruit Burger", .qty = 1},
               {.name = "Spicy Jackfruit Burger", .qty = 1, .mods = {"no slaw"}}}},
    /* a count after "is it possible to get <dish> with <change>?" asks for the dish changed */
    {.text = "is it possible to get the falafel wrap with no tahini? if so 3 please",
     .category = "order",
     .status = "accepted",
     .intents = {"inquiry", "order"},
     .items = {{.name = "Falafel Wrap", .qty = 3, .mods = {"no tahini"}}}},
    /* "food" in general beside dishes of the menu is said by them: nothing to ask back */
    {.text = "i need food. a falafel wrap and onion rings",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Falafel Wrap", .qty = 1}, {.name = "Onion Rings", .qty = 1}}},
    /* so is "food for" a group when the dishes follow in a clause of their own; "food for"
     * a group beside a dish in its own clause is still asked what */
    {.text = "we need food for the book club!! 3 onion rings and 2 falafel wraps",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Onion Rings", .qty = 3}, {.name = "Falafel Wrap", .qty = 2}}},
    /* a diet in a relative clause picks among a kind, as a diet before it does */
    {.text = "whichever shake is vegan pls",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = VANILLA_SHAKE, .qty = 1}}},
    {.text = "a shake that's dairy free please",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = VANILLA_SHAKE, .qty = 1}}},
    /* a count pointing back at a dish named over and over counts them all, not one more */
    {.text = "lemonade lemonade. 3 of them",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Fresh Lemonade", .qty = 3}}},
    /* a swap told after its side ("X swapped for Y") is one change, Y no dish of its own */
    {.text = "crispy chicken burger, slaw subbed for lettuce",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Crispy Chicken Burger", .qty = 1, .mods = {"lettuce instead of slaw"}}}},
    /* a count pointing back at a dish told of as had before asks for it anew: the telling
     * is about the past, the count is the request */
    {.text = "my friend had the halloumi burger. two of those please",
     .category = "order",
     .status = "accepted",
     .intents = {"other", "order"},
     .items = {{.name = "Grilled Halloumi Burger", .qty = 2}}},
    /* the article after "with" is no part of the change: "with a gluten free bun" */
    {.text = "a crispy chicken burger with a gluten free bun",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Crispy Chicken Burger", .qty = 1, .mods = {"gluten-free bun"}}}},
    /* "as it comes" (plain or not) keeps the dish as the menu has it; "nothing else" closes
     * the list as "that's all" does: neither is a change */
    {.text = "2 falafel wraps (1 no tahini, 1 plain as it comes), nothing else",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Falafel Wrap", .qty = 1, .mods = {"no tahini"}},
               {.name = "Falafel Wrap", .qty = 1}}},
    /* a dish declined after "not", then "the other one": the rest of its kind */
    {.text = "not the mango smoothie, the other one please",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Strawberry Banana Smoothie", .qty = 1}}},
    /* a question word's question after a dish changes nothing of it ("what comes with it?") */
    {.text = "one carrot cake slice please, and what comes with it?",
     .category = "order",
     .status = "accepted",
     .intents = {"order", "inquiry"},
     .items = {{.name = "Carrot Cake Slice", .qty = 1}}},
    /* a food the menu lacks, said to be lacking right after it ("but you don't sell it"), is
     * not asked for: nothing to decline */
    {.text = "id love a beer but you dont sell it, so an iced tea",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Iced Green Tea", .qty = 1}}},
    /* three menu words run together are read as the three words */
    {.text = "2 sweetpotatofries and a blackbeanchipotle burger",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Sweet Potato Fries", .qty = 2},
               {.name = "Black Bean Chipotle Burger", .qty = 1}}},
    /* "add a slice of X" after a dish, X ending no name, is a part added to it, written
     * without the portion ("add cheddar"), not a dish named by X */
    {.text = "classic beef burger cooked medium, add a slice of cheddar, and fries",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Classic Beef Burger", .qty = 1, .mods = {"cooked medium", "add cheddar"}},
               {.name = "Classic Fries", .qty = 1}}},
    /* "actually no" before "the" and another dish answers the dish before: replaced */
    {.text = "the quinoa bowl. actually no the chickpea salad",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Mediterranean Chickpea Salad", .qty = 1}}},
    /* a diet after "the X one" pointing at a dish named before is its change, no dish */
    {.text = "the mushroom burger and the bean burger, make the bean one vegan",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "BBQ Portobello Mushroom Burger", .qty = 1},
               {.name = "Black Bean Chipotle Burger", .qty = 1, .mods = {"vegan"}}}},
    /* "plain" then its changes spelt out in brackets: the changes are the order */
    {.text = "3 classic beef burgers, one plain (no sauce, no salad)",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Classic Beef Burger", .qty = 2},
               {.name = "Classic Beef Burger", .qty = 1, .mods = {"no sauce", "no salad"}}}},
    /* when ("now", "rn") or a laugh ("haha") closing a dish or a change is no change */
    {.text = "a bbq portobello burger with no bbq sauce haha and truffle fries rn",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "BBQ Portobello Mushroom Burger", .qty = 1, .mods = {"no bbq sauce"}},
               {.name = "Truffle Fries", .qty = 1}}},
    /* a purpose inside the change ("without feta to make it vegan") ends it: "no feta" */
    {.text = "the chickpea salad without feta to make it vegan",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Mediterranean Chickpea Salad", .qty = 1, .mods = {"no feta"}}}},
    /* "make it" before a change with its own lead ("extra", "less") says nothing itself */
    {.text = "spicy jackfruit burger make it less spicy",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Spicy Jackfruit Burger", .qty = 1, .mods = {"less spicy"}}}},
    /* "either" closing a change is "too"; "oh" before the next dish is a sound */
    {.text = "falafel wrap no tahini either, oh and a sparkling water",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Falafel Wrap", .qty = 1, .mods = {"no tahini"}},
               {.name = "Sparkling Water", .qty = 1}}},
    /* an adverb of how sure or frank the customer is says nothing of how the dish comes */
    {.text = "truffle fries obviously, and a mango smoothie no ice tbh",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Truffle Fries", .qty = 1},
               {.name = "Mango Smoothie", .qty = 1, .mods = {"no ice"}}}},
    /* "added" or "instead of ..." right after a change completes it: one change */
    {.text = "the bbq mushroom burger but with cheese added and a chocolate milkshake with oat "
             "milk instead of dairy",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "BBQ Portobello Mushroom Burger", .qty = 1, .mods = {"add cheese"}},
               {.name = "Chocolate Milkshake",
                .qty = 1,
                .mods = {"oat milk instead of dairy milk"}}}},
    /* "pretty please" is a word of politeness, no change ("pretty") */
    {.text = "a mango smoothie pretty please",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Mango Smoothie", .qty = 1}}},
    /* "no X" then "Y instead" is one swap: "Y instead of X" */
    {.text = "apple crumble, no custard, with ice cream instead",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Apple Crumble", .qty = 1, .mods = {"ice cream instead of custard"}}}},
    /* dictation writes "one" as "won" where a count stands: a count, no change */
    {.text = "can i get to crispy chicken burgers and won lemonade",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Crispy Chicken Burger", .qty = 2}, {.name = "Fresh Lemonade", .qty = 1}}},
    /* after a laugh, words with no change's lead, no food, remark on the order */
    {.text = "1 mango smoothie n 1 sparkling water lol thirsty",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Mango Smoothie", .qty = 1}, {.name = "Sparkling Water", .qty = 1}}},
    /* a removal ending in a plural noun runs on into another part "on side": two changes */
    {.text = "kale caesar no croutons dressing on side",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Kale Caesar Salad",
                .qty = 1,
                .mods = {"no croutons", "dressing on the side"}}}},
    /* "ready for/by/at <time>" says when, as "for pickup at 6" does: no change */
    {.text = "can we get 15 classic beef burgers ready for 6pm tomorrow?",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Classic Beef Burger", .qty = 15}}},
    /* a word of two letters no dictionary knows before a dish ("da" for "the") describes
     * nothing: no change */
    {.text = "lemme get da mac n cheese bites",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Mac and Cheese Bites", .qty = 1}}},
    /* a count of "them"/"those" in a message that names no dish nor food points outside it:
     * asked back as an earlier order is, never logged as other */
    {.text = "can i get 2 of those",
     .category = "order",
     .status = "review",
     .intents = {"order"},
     .clarify = {{.phrase = "2 of those"}},
     .reply_has = {"earlier orders", "2 of those"}},
    /* a count, then a lead that also describes a dish ("double") and the dish's name, with
     * no dish named before: the dish, counted, with the lead as its change */
    {.text = "two double cheeseburgers w bacon",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Cheddar Cheeseburger", .qty = 2, .mods = {"double patty", "bacon"}}}},
    /* the customer's state after a comma, its subject left out ("running late"), frames the
     * request: no complaint, no change of the dish */
    {.text = "grab me a mango smoothie w oat milk, running so late",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Mango Smoothie", .qty = 1, .mods = {"oat milk"}}}},
    /* a size said last after "please," is the dish's change, no name signing the message */
    {.text = "an iced green tea please, large",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Iced Green Tea", .qty = 1, .mods = {"large"}}}},
    /* "both" before a plural kind the menu holds exactly two of asks for each of them once */
    {.text = "can i get both milkshakes",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = VANILLA_SHAKE, .qty = 1}, {.name = CHOCOLATE_SHAKE, .qty = 1}}},
    /* "a <words the menu lacks> thing" points at a dish as "a veggie one" does: asked back,
     * never dropped */
    {.text = "onion rings and a jimmy jam thing",
     .category = "order",
     .status = "review",
     .intents = {"order"},
     .items = {{.name = "Onion Rings", .qty = 1}},
     .clarify = {{.phrase = "jimmy jam thing"}}},
    /* a count of another language and a word no English has, alone: that language's order */
    {.text = "drei Kartoffelsalat",
     .category = "order",
     .status = "review",
     .intents = {"order"},
     .language = "de"},
    /* a word of discourse ending a clause ("actually") stands for no dish: nothing asked */
    {.text = "one mango smoothie. make that 3 actually",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Mango Smoothie", .qty = 3}}},
    /* "tonite", as texted, is a time like "tonight": when the dish is wanted, no change */
    {.text = "craving the onion rings tonite",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Onion Rings", .qty = 1}}},
    /* after a dash, a kind the dishes before belong to, then a word of no dish ending the
     * clause ("burger night"), describes an occasion: nothing more is asked for */
    {.text = "2 cheeseburgers and a chicken burger - burger night!",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Cheddar Cheeseburger", .qty = 2},
               {.name = "Crispy Chicken Burger", .qty = 1}}},
    /* "not so" leads a change as "not too" does: less of something, no food the menu lacks */
    {.text = "onion rings please, not so much ketchup",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Onion Rings", .qty = 1, .mods = {"not so much ketchup"}}}},
    /* "change my X to Y", no dish named before: X is taken back, Y asked for instead */
    {.text = "could you change my onion rings to truffle fries",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Truffle Fries", .qty = 1}}},
    /* "both" and a change after the one dish, in the plural without a count: two of it */
    {.text = "we want the teriyaki bowls, both with no sesame",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Tofu Teriyaki Bowl", .qty = 2, .mods = {"no sesame"}}}},
    /* "not the X, the <words> one": the words pick within X's kind, X is not asked for */
    {.text = "not the vanilla shake, the chocolate one",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = CHOCOLATE_SHAKE, .qty = 1}}},
    /* Spanish thanks told with "estaba" and "todo", words of its grammar: Spanish */
    {.text = "todo estaba muy rico, muchas gracias",
     .category = "other",
     .status = "review",
     .intents = {"other"},
     .language = "es"},
    /* what is "served separately" from the dish is on its side */
    {.text = "an apple crumble with the custard served separately please",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Apple Crumble", .qty = 1, .mods = {"custard on the side"}}}},
    /* a counted kind on a line of its own, then lines of dishes of it adding up to the count:
     * a heading, asking for nothing more */
    {.text = "3 smoothies\nmango x2\nstrawberry banana x1",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Mango Smoothie", .qty = 2},
               {.name = "Strawberry Banana Smoothie", .qty = 1}}},
    /* a swap told after its side, the side joined by "and" to a change before: one change */
    {.text = "the falafel wrap with no onions and the hummus swapped for tzatziki",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Falafel Wrap",
                .qty = 1,
                .mods = {"no onions", "tzatziki instead of hummus"}}}},
    /* "add" opening the clause right after one that cancels a dish asks for the dish added */
    {.text = "a lemonade and fries. cancel the fries, add onion rings",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Fresh Lemonade", .qty = 1}, {.name = "Onion Rings", .qty = 1}}},
    /* dishes counted out in a question no request form was read from ("pre-order") are an
     * order a person confirms, never a question about the menu; a count in a question of
     * how much, of dishes already had or of a guess ("like 30") orders nothing */
    {.text = "Table of 6 coming at 7, can we pre-order 6 cheeseburgers and 3 onion rings?",
     .category = "order",
     .status = "review",
     .intents = {"order"},
     .items = {{.name = "Cheddar Cheeseburger", .qty = 6}, {.name = "Onion Rings", .qty = 3}},
     .unsure = true,
     .reply_has = {"We read this as an order for 6", "confirm"}},
    {.text = "how much would 2 cheeseburgers and 2 fries come to",
     .category = "inquiry",
     .status = "answered",
     .intents = {"inquiry"}},
    {.text = "got the wrong order, paid for 2 cheeseburgers got 1",
     .category = "other",
     .status = "logged",
     .intents = {"other"}},
    {.text = "whats the difference between ur two milkshakes",
     .category = "inquiry",
     .status = "answered",
     .intents = {"inquiry"}},
    /* "add" before a whole name of the menu adds that dish, as "with" does; before a part
     * ("add bacon") it is a change */
    {.text = "halloumi burger no onions add sweet potato fries, cheeseburger add bacon",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Grilled Halloumi Burger", .qty = 1, .mods = {"no onions"}},
               {.name = "Sweet Potato Fries", .qty = 1},
               {.name = "Cheddar Cheeseburger", .qty = 1, .mods = {"add bacon"}}}},
    /* the customer forgetting to ask ("forgot to say", "oh i forgot") adds to this message;
     * "you forgot my ..." tells of an order before; "as well" is "too" */
    {.text = "cheeseburger. forgot to say, onion rings too. oh i forgot, a lemonade as well",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Cheddar Cheeseburger", .qty = 1},
               {.name = "Onion Rings", .qty = 1},
               {.name = "Fresh Lemonade", .qty = 1}}},
    {.text = "you forgot my onion rings last time",
     .category = "other",
     .status = "logged",
     .intents = {"other"}},
    /* a message that opens with a lead that can describe a dish ("double"), before any dish
     * was named, names that dish: there is nothing earlier for it to change */
    {.text = "double beef burger",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Classic Beef Burger", .qty = 1, .mods = {"double patty"}}}},
    /* a request opener made the subject of "is" ("what i want is", "all we need is") asks
     * for what follows, no question of "what" */
    {.text = "all we need is two onion rings and a lemonade",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Onion Rings", .qty = 2}, {.name = "Fresh Lemonade", .qty = 1}}},
    /* a reason opened by "since" after a dish says why it is chosen, no change to it */
    {.text = "2 onion rings and the halloumi burger since my sister is visiting",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Onion Rings", .qty = 2}, {.name = "Grilled Halloumi Burger", .qty = 1}}},
    /* "never mind" before a dish takes that dish back, as "forget" does */
    {.text = "a cheeseburger and a lemonade. never mind the lemonade",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Cheddar Cheeseburger", .qty = 1}}},
    /* "that one" right after a request opener, with another dish in the same clause, points
     * at the dish talked about before, as it does when alone */
    {.text = "my sister loved the halloumi burger, so i'll have that one and a lemonade",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Grilled Halloumi Burger", .qty = 1},
               {.name = "Fresh Lemonade", .qty = 1}}},
    /* a price and "one", no kind of dish named, points at the menu's dish of that price */
    {.text = "i'll have the 9.25 one",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Falafel Wrap", .qty = 1}}},
    /* counts after a counted dish that add up to its count, each with a few words, are its
     * parts: their words say how each comes, even a word that partly names another dish */
    {.text = "2 cold brews, 1 black and 1 with oat milk",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Cold Brew Coffee", .qty = 1, .mods = {"black"}},
               {.name = "Cold Brew Coffee", .qty = 1, .mods = {"oat milk"}}}},
    /* the parts need no separator: each count starts the next part ("one .. one ..") */
    {.text = "two falafel wraps, one gluten free one regular",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Falafel Wrap", .qty = 1, .mods = {"gluten free"}},
               {.name = "Falafel Wrap", .qty = 1}}},
    /* a count, "of the" and a dish asked for before with a larger count, changed, is a part
     * of that count: taken from it, not asked for on top */
    {.text = "3 cheeseburgers, two of the cheeseburgers with no pickles",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Cheddar Cheeseburger", .qty = 1},
               {.name = "Cheddar Cheeseburger", .qty = 2, .mods = {"no pickles"}}}},
    /* an article before a size and a plural name ("a large onion rings") counts one, even
     * for a group: no count to ask */
    {.text = "a large onion rings for the table please",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Onion Rings", .qty = 1, .mods = {"large"}}}},
    /* a few words and a tag asking to confirm ("both vegan right?") after a comma are a
     * question of their own; a diet there is asked of the dishes just named, no dish of its
     * own to ask which */
    {.text = "a falafel wrap and a brownie, both vegan right?",
     .category = "order",
     .status = "accepted",
     .intents = {"order", "inquiry"},
     .items = {{.name = "Falafel Wrap", .qty = 1}, {.name = "Vegan Chocolate Brownie", .qty = 1}}},
    /* "that one's" (one is) before the diet points at the dish as "both" does */
    {.text = "2 onion rings and a side salad, that one's vegan right?",
     .category = "order",
     .status = "accepted",
     .intents = {"order", "inquiry"},
     .items = {{.name = "Onion Rings", .qty = 2}, {.name = "Side Salad", .qty = 1}}},
    {.text = "a kale caesar and the brownie pls, that one's vegan yeah?",
     .category = "order",
     .status = "accepted",
     .intents = {"order", "inquiry"},
     .items = {{.name = "Kale Caesar Salad", .qty = 1},
               {.name = "Vegan Chocolate Brownie", .qty = 1}}},
    /* a clause that opens with what is asked of a dish ("serving size of", as "price of")
     * asks about it, orders nothing */
    {.text = "serving size of the truffle fries?",
     .category = "inquiry",
     .status = "answered",
     .intents = {"inquiry"}},
    /* right after a question, an auxiliary and a pronoun ("or are they ...?") go on asking of
     * the dish asked about, whatever the words would say alone */
    {.text = "are the onion rings made in house or are they frozen?",
     .category = "inquiry",
     .status = "answered",
     .intents = {"inquiry"}},
    /* a question joined to the one before by "and" asks on in its matter, whatever its words
     * would say alone; one with a cue of another matter stays its own */
    {.text = "what smoothies have no added sugar? and is there a separate blender",
     .category = "inquiry",
     .status = "answered",
     .intents = {"inquiry"}},
    /* right after a question, a claim of some of a kind ("i know some brownies have eggs")
     * says why the customer asks: the same question, no other matter */
    {.text = "is the brownie vegan? i know some brownies have eggs",
     .category = "inquiry",
     .status = "answered",
     .intents = {"inquiry"}},
    /* so does a claim of the dish the question named, named again ("the rings have egg") */
    {.text = "are the onion rings vegan? the rings have egg",
     .category = "inquiry",
     .status = "answered",
     .intents = {"inquiry"}},
    /* praise of a dish after an exclamation ("wow ur brownie is the best ...") is one
     * statement: no dish cut off it and ordered, no question of "is the" */
    {.text = "wow ur brownie is the best thing ever. is it made with coconut oil?",
     .category = "inquiry",
     .status = "answered",
     .intents = {"inquiry"}},
    /* right after a question, "like" and a question's start say what it means: the same
     * question */
    {.text = "is the halloumi burger veggie? like what cheese is in it",
     .category = "inquiry",
     .status = "answered",
     .intents = {"inquiry"}},
    /* "allergic, even X": "even" adds to what someone cannot have, whatever menu words X
     * holds: no dish named */
    {.text = "any burgers without onion? my son is allergic, even onion powder",
     .category = "inquiry",
     .status = "answered",
     .intents = {"inquiry"}},
    /* a vague noun right after a dish ("thingy", "stuff"), alone or after a word of its
     * shape that names nothing, points at the dish: no change */
    {.text = "3 onion rings and the halloumi burger round thingy",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Onion Rings", .qty = 3}, {.name = "Grilled Halloumi Burger", .qty = 1}}},
    /* "plate" after a dish is how it is served, no change; a change after it is the dish's */
    {.text = "two of the cauliflower wrap plates and the mango smoothie plate no ice",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Buffalo Cauliflower Wrap", .qty = 2},
               {.name = "Mango Smoothie", .qty = 1, .mods = {"no ice"}}}},
    /* words after a dish that say what it is called ("or whatever its called") are no change */
    {.text = "2 of the halloumi burger or whatever its called",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Grilled Halloumi Burger", .qty = 2}}},
    /* a German farewell ("bis gleich") is that language's own word, no English one: with a
     * borrowed "danke" the message is German */
    {.text = "ok danke, bis gleich",
     .category = "other",
     .status = "review",
     .intents = {"other"},
     .language = "de"},
    /* a sound of hesitation between "and" and a question word opens the question with it:
     * the question's words ("how spicy") are no dish of the order */
    {.text = "a kale caesar salad, and uh how spicy is the dressing",
     .category = "order",
     .status = "accepted",
     .intents = {"order", "inquiry"},
     .items = {{.name = "Kale Caesar Salad", .qty = 1}}},
    /* a reason that is a tag question ("because those are vegan right?") asks to confirm:
     * a question of its own after the dishes */
    {.text = "a falafel wrap and the sweet potato fries because those are vegan right?",
     .category = "order",
     .status = "accepted",
     .intents = {"order", "inquiry"},
     .items = {{.name = "Falafel Wrap", .qty = 1}, {.name = "Sweet Potato Fries", .qty = 1}}},
    /* a count and a food the understanding's changes speak of ("less sugar"), no menu word,
     * after a dish is how much of it goes in: a change, no dish the menu lacks */
    {.text = "a cold brew, 3 sugars please",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Cold Brew Coffee", .qty = 1, .mods = {"3 sugars"}}}},
    /* "wait" then a word that adds ("also", "plus") stops to add a dish, even after the order
     * was closed: no complaint about waiting, the dish is ordered */
    {.text = "one falafel wrap. thats all thanks! wait, plus a lemonade",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Falafel Wrap", .qty = 1}, {.name = "Fresh Lemonade", .qty = 1}}},
    /* "and (also)" / "but" then "can we get" after words naming no dish is no list: the
     * aside before is a clause of its own and the request is read as one */
    {.text = "just curious what time you open tomorrow, and also can we get a falafel wrap",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Falafel Wrap", .qty = 1}}},
    /* a food the menu lacks that opens the clause heads a list like a dish, and a word no
     * dictionary knows that starts one food word ("guac") is that food clipped: both are
     * declined, neither is dropped */
    {.text = "spring rolls + guac",
     .category = "order",
     .status = "rejected",
     .intents = {"order"},
     .unknown = {"spring rolls", "guac"}},
    /* a word of talk between a dish and "and" ("lmao and a side of queso") keeps the list
     * going: the thing after it is still an item of it, declined, never dropped */
    {.text = "a cheddar cheeseburger lmao and a side of queso",
     .category = "order",
     .status = "rejected",
     .intents = {"order"},
     .items = {{.name = "Cheddar Cheeseburger", .qty = 1}},
     .unknown = {"queso"}},
    /* a dish named, then counted by its kind or fewer of its words after a request opener
     * with no word that adds between ("id like 2 smoothies"): one dish counted, and the
     * opener is no change of it */
    {.text = "if you have the mango smoothie id like 2 smoothies",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Mango Smoothie", .qty = 2}}},
    /* a free choice picked by a superlative ("whichever has the most ...") names no dish:
     * asked back, never dropped */
    {.text = "a lemonade, and my brother wants whichever has the most protein",
     .category = "order",
     .status = "review",
     .intents = {"order"},
     .items = {{.name = "Fresh Lemonade", .qty = 1}},
     .clarify = {{.phrase = "whichever has the most protein"}}},
    /* a dish pointed at by what it holds ends its description at a turn to a change ("but",
     * "no", "not"): the dish is picked, the change read after it */
    {.text = "could i get the one with halloumi but no peppers",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Grilled Halloumi Burger", .qty = 1, .mods = {"no peppers"}}}},
    /* a clause opening with "like" / "i mean" before a change says the dish's last change
     * again in plainer words: it takes its place */
    {.text = "a kale caesar salad but make it light? like dressing on the side",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Kale Caesar Salad", .qty = 1, .mods = {"dressing on the side"}}}},
    /* in a description, the food after "fake" / "faux" / "mock" is what the dish stands in
     * for, not what it holds; how it is made ("pulled") still picks the dish */
    {.text = "gimme the spicy one with faux pulled pork",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Spicy Jackfruit Burger", .qty = 1}}},
    /* words after a dish opening with a person as subject that change nothing ("they will
     * split") say who eats it: no modifier */
    {.text = "2 onion rings and a mango smoothie they will split",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Onion Rings", .qty = 2}, {.name = "Mango Smoothie", .qty = 1}}},
    /* a correction clause ("no wait make that ...") naming one of a kind asked for before
     * replaces that kind only, never the dish said before it as well */
    {.text = "a beef burger and some fries... no wait make that truffle fries please",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Classic Beef Burger", .qty = 1}, {.name = "Truffle Fries", .qty = 1}}},
    /* "it" right after a request opener, closing the request ("either way", a laugh), asks
     * for the dish the question before named */
    {.text = "does the onion rings come with a dip? ill order it anyway haha",
     .category = "order",
     .status = "accepted",
     .intents = {"inquiry", "order"},
     .items = {{.name = "Onion Rings", .qty = 1}}},
    /* a name joined over "&" / "+" does not start with the end of a food the menu lacks
     * ("hot chocolate"): that food is a thing of its own, the dish after the connector too */
    {.text = "one HOT CHOCOLATE & brownie pls",
     .category = "order",
     .status = "rejected",
     .intents = {"order"},
     .items = {{.name = "Vegan Chocolate Brownie", .qty = 1}},
     .unknown = {"hot chocolate"}},
    /* a picture after the word of what it pictures only illustrates it: the hot pepper after
     * a word of heat ("hot", "spicy") is no pepper asked for */
    {.text = "a cheddar cheeseburger extra hot 🌶️ thanks",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Cheddar Cheeseburger", .qty = 1, .mods = {"extra spicy"}}}},
    /* a counted dish in a part that opens with "add" after a tale of the order before is
     * asked for in words: a sure request, not one a person confirms */
    {.text = "placed my order an hour ago but oops; add 3 onion rings",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Onion Rings", .qty = 3}}},
    /* Spanish "da" asks only after the one it is asked of ("me da"); German "da" ("there")
     * in a question about a dish asks nothing for */
    {.text = "Ist der Falafel Wrap scharf? Da ist Chili drin, oder?",
     .category = "inquiry",
     .status = "review",
     .intents = {"inquiry"},
     .language = "de"},
    /* "with not X" is written "no X", as "with no X"; a degree after "not" stays as said */
    {.text = "two onion rings with not ketchup please",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Onion Rings", .qty = 2, .mods = {"no ketchup"}}}},
    /* "light on the X" / "easy on the X" asks for less of a part: written "light X" */
    {.text = "a mediterranean chickpea salad, easy on the feta please",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Mediterranean Chickpea Salad", .qty = 1, .mods = {"light feta"}}}},
    /* a change said after a correction ("actually", "wait") that names the part an earlier
     * change of the dish named replaces that change */
    {.text = "a falafel wrap no hummus. actually light hummus",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Falafel Wrap", .qty = 1, .mods = {"light hummus"}}}},
    /* "one" after a request opener, after a question about a dish, counts that dish; a diet
     * right after it is the dish's change, not a dish of that diet */
    {.text = "can the halloumi burger be vegan? then ill get one vegan and an iced green tea",
     .category = "order",
     .status = "accepted",
     .intents = {"inquiry", "order"},
     .items = {{.name = "Grilled Halloumi Burger", .qty = 1, .mods = {"vegan"}},
               {.name = "Iced Green Tea", .qty = 1}}},
    /* a kind described in the customer's own words, then after a pause the word that picks
     * one of its dishes: the pick is that same dish, the kind asks for nothing of its own */
    {.text = "a wrap with the stuff you fry, falafel. and a lemonade",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Falafel Wrap", .qty = 1}, {.name = "Fresh Lemonade", .qty = 1}}},
    /* "so (that)" before a subject says what the dish is for, not how to make it: no change */
    {.text = "2 classic burgers cut in half so the kids can share and a lemonade so that we "
             "stay cool",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Classic Beef Burger", .qty = 2, .mods = {"cut in half"}},
               {.name = "Fresh Lemonade", .qty = 1}}},
    /* a word before a dish that is a word of the dish's own name spelt as it sounds is the
     * rest of its name, no change */
    {.text = "2 unyun rings and a swete potatoe fries",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Onion Rings", .qty = 2}, {.name = "Sweet Potato Fries", .qty = 1}}},
    /* "wun" is "one" as it sounds: where a count stands it counts the dish, no change */
    {.text = "wun cheddar cheeseburger and wun mango smoothie",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Cheddar Cheeseburger", .qty = 1}, {.name = "Mango Smoothie", .qty = 1}}},
    /* a menu word spelt as heard may open on another vowel letter of the same sound: beside
     * the rest of its dish's name it is that word */
    {.text = "a cheeseburger and unyun rings please",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Cheddar Cheeseburger", .qty = 1}, {.name = "Onion Rings", .qty = 1}}},
    /* a word of the dish spelt as heard, its silent first letter left out, is that word in
     * the plural too */
    {.text = "one halloumi burger and 3 falafel raps",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Grilled Halloumi Burger", .qty = 1}, {.name = "Falafel Wrap", .qty = 3}}},
    /* a count spelt as heard ("wun", "won") counts the dish after it; it is no change */
    {.text = "wun cheeseburger and won mango smoothie",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Cheddar Cheeseburger", .qty = 1}, {.name = "Mango Smoothie", .qty = 1}}},
    /* words after a dish that read its own menu description out (four or more, the first
     * three a run of it) say which dish is meant, no change */
    {.text = "a buffalo cauliflower wrap tossed in buffalo hot sauce with ranch please",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Buffalo Cauliflower Wrap", .qty = 1}}},
    /* "with" and a word for what the dish is ("gas": sparkling) restates the dish, no change */
    {.text = "a chickpea salad and 2 waters with gas",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Mediterranean Chickpea Salad", .qty = 1},
               {.name = "Sparkling Water", .qty = 2}}},
    /* a removal the understanding writes as its replacement ("no bun": "lettuce wrap"), the
     * replacement then said by the customer: the two are one swap */
    {.text = "a cheddar cheeseburger with no bun - lettuce wrap instead",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Cheddar Cheeseburger",
                .qty = 1,
                .mods = {"lettuce wrap instead of bun"}}}},
    /* a subject and its verb after a change of the dish say why it is made, no change */
    {.text = "a kids mini burger no ketchup, hes picky",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Kids Mini Burger", .qty = 1, .mods = {"no ketchup"}}}},
    /* "both" and a kind of dish, after two dishes of that kind, points back at them: no
     * third dish, though the kind alone names one */
    {.text =
         "my kids want truffle fries and sweet potato fries. ok both fries and a mango smoothie",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Truffle Fries", .qty = 1},
               {.name = "Sweet Potato Fries", .qty = 1},
               {.name = "Mango Smoothie", .qty = 1}}},
    /* a name heard as two words after a count, its silent final "e" unheard ("lemon aid"),
     * is the menu word they sound like together */
    {.text = "2 cheeseburgers and won lemon aid",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Cheddar Cheeseburger", .qty = 2}, {.name = "Fresh Lemonade", .qty = 1}}},
    /* a count right after the dish that "and" closes counts that dish: the next dish
     * comes after the join with its own count */
    {.text = "mango smoothie two and one side salad",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Mango Smoothie", .qty = 2}, {.name = "Side Salad", .qty = 1}}},
    /* a word of politeness closes the change, not the dish: a count after it counts it */
    {.text = "mango smoothie (extra thick please) (2x) and a side salad",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Mango Smoothie", .qty = 2, .mods = {"extra thick"}},
               {.name = "Side Salad", .qty = 1}}},
    /* "scrap that (then)" throws away the last dish asked for, a question about it between
     * or not: "then" after the pronoun names nothing */
    {.text = "one mango smoothie please. wait, is there dairy in it? scrap that then, the iced "
             "green tea",
     .category = "order",
     .status = "accepted",
     .intents = {"order", "inquiry"},
     .items = {{.name = "Iced Green Tea", .qty = 1}}},
    /* "both" and a kind after two dishes of that kind were named points back at the two: it
     * settles on them, no third dish of the kind */
    {.text = "a crispy chicken burger, she wants truffle fries and i want classic fries. ok both "
             "fries",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Crispy Chicken Burger", .qty = 1},
               {.name = "Truffle Fries", .qty = 1},
               {.name = "Classic Fries", .qty = 1}}},
    /* a bare count before the clause's dish, set off by "and", points back at the dish of
     * the question before, as it would alone */
    {.text = "do you do onion rings? if so 3 please and an iced green tea",
     .category = "order",
     .status = "accepted",
     .intents = {"inquiry", "order"},
     .items = {{.name = "Onion Rings", .qty = 3}, {.name = "Iced Green Tea", .qty = 1}}},
    /* a condition that names nothing ("if it is,") set off before what is asked: the request
     * after it stands, only a condition alone on the dish before orders nothing */
    {.text = "is the kale caesar salad vegan? if it is, 2 please and a sparkling water",
     .category = "order",
     .status = "accepted",
     .intents = {"inquiry", "order"},
     .items = {{.name = "Kale Caesar Salad", .qty = 2}, {.name = "Sparkling Water", .qty = 1}}},
    /* telling that the order was placed, naming no dish, before a change to it says which
     * order the change is for: no matter of its own */
    {.text =
         "ordered a few min ago (under Tom) - could you swap the classic fries for onion rings?",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Onion Rings", .qty = 1}}},
    /* a change of a dish asked for earlier in the message into another: the new dish takes
     * the place and the count of the one changed */
    {.text = "2 cheeseburgers and 2 lemonades. hmm can you change the lemonades to mango smoothies",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Cheddar Cheeseburger", .qty = 2}, {.name = "Mango Smoothie", .qty = 2}}},
    /* a word of approval set off by a comma answers the question before; the count after it
     * still points back at the dish asked about */
    {.text = "do you have cold brew? perfect, 2 please",
     .category = "order",
     .status = "accepted",
     .intents = {"inquiry", "order"},
     .items = {{.name = "Cold Brew Coffee", .qty = 2}}},
    /* "scratch that" after a question about a dish asked for before it: "that" is the dish
     * asked about, not the last one ordered */
    {.text =
         "a carrot cake and a cold brew coffee. does the cake have nuts? scratch that, an apple "
         "crumble",
     .category = "order",
     .status = "accepted",
     .intents = {"order", "inquiry"},
     .items = {{.name = "Cold Brew Coffee", .qty = 1}, {.name = "Apple Crumble", .qty = 1}}},
    /* after a dish was taken back, "just the" and a dish asked for before says what is
     * left: that dish, not one more of it */
    {.text = "a mango smoothie and onion rings. scratch the rings, just the smoothie",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Mango Smoothie", .qty = 1}}},
    /* "make them X" right after a dish was taken back: X takes the place of the dishes
     * taken back, in their count */
    {.text = "2 cheeseburgers and 2 cold brews. forget the cold brews, make them sparkling waters",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Cheddar Cheeseburger", .qty = 2}, {.name = "Sparkling Water", .qty = 2}}},
    /* after "wait" and dishes taken back, "make them X" turns those into X: a dish X asked
     * for before stays, and the two add up */
    {.text = "2 mango smoothies and 2 cold brews... wait scratch the cold brews, make them mango "
             "smoothies",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Mango Smoothie", .qty = 4}}},
    /* two dishes offered as a choice, then "both" and their kind: the choice made is both */
    {.text = "onion rings or truffle fries... both lol. and a cold brew coffee",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Onion Rings", .qty = 1},
               {.name = "Truffle Fries", .qty = 1},
               {.name = "Cold Brew Coffee", .qty = 1}}},
    /* a dish named with a change of it, asked with hesitation, then "is this weird": the
     * check asks nothing about the dish, which is asked for, changed */
    {.text = "the jackfruit burger but no slaw?? is this weird lol",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Spicy Jackfruit Burger", .qty = 1, .mods = {"no slaw"}}}},
    /* how the driver should hand the order over (where to leave it, the door, the bell) is
     * a matter of delivery, not a question about the menu */
    {.text = "could the driver leave it by the back door? nobody hears the doorbell",
     .category = "other",
     .status = "logged",
     .intents = {"other"}},
    /* after the dishes, a question put to whoever brings the order ("can your driver ...")
     * is one of delivery, a clause of its own beside the order */
    {.text = "one halloumi burger and a lemonade, can your driver call me from the lobby?",
     .category = "order",
     .status = "accepted",
     .intents = {"order", "other"},
     .items = {{.name = "Grilled Halloumi Burger", .qty = 1},
               {.name = "Fresh Lemonade", .qty = 1}}},
    /* "can you do that" after a dish asked for with a change checks the change can be made:
     * "that" is the dish just asked for, not one more of it */
    {.text = "the falafel wrap but without hummus? can you do that",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Falafel Wrap", .qty = 1, .mods = {"no hummus"}}}},
    /* a statement of diets in the family before the request tells why, it asks nothing */
    {.text = "my husband is vegan and my son hates anything healthy. can we get one green garden "
             "burger and a kids mini burger",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "The Green Garden Vegan Burger", .qty = 1},
               {.name = "Kids Mini Burger", .qty = 1}}},
    /* how a burger is cooked, in the short forms texters use ("med-well", "mid-rare", "cooked
     * well"), is written as the full doneness */
    {.text = "cheeseburger med-well no pickles, and a beef burger mid-rare",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Cheddar Cheeseburger",
                .qty = 1,
                .mods = {"cooked medium well", "no pickles"}},
               {.name = "Classic Beef Burger", .qty = 1, .mods = {"cooked medium rare"}}}},
    /* "medium" beside another burger's doneness is how that burger is cooked, not a size; a
     * drink's "medium" stays its size */
    {.text = "3 cheeseburgers - 1 medium rare, 2 medium - and a medium cold brew",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Cheddar Cheeseburger", .qty = 2, .mods = {"cooked medium"}},
               {.name = "Cheddar Cheeseburger", .qty = 1, .mods = {"cooked medium rare"}},
               {.name = "Cold Brew Coffee", .qty = 1, .mods = {"medium"}}}},
    /* "but not" / "not" and a word of the menu after whom a dish is for takes that word off
     * the dish: the "not" is the change's, not part of the person */
    {.text = "a crispy chicken burger for me and another one for my son but not spicy",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Crispy Chicken Burger", .qty = 1},
               {.name = "Crispy Chicken Burger", .qty = 1, .mods = {"not spicy"}}}},
    /* a diet alone after "but" and a dish is how that dish is made, not a dish of the diet */
    {.text = "for me the halloumi one but vegan and a cold brew",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Grilled Halloumi Burger", .qty = 1, .mods = {"vegan"}},
               {.name = "Cold Brew Coffee", .qty = 1}}},
    /* "reg" before a dish names the ordinary one of its kind, and a word addressing the
     * reader ("mate") after the order: neither changes a dish */
    {.text = "2 reg fries and a cold brew thanks mate",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Classic Fries", .qty = 2}, {.name = "Cold Brew Coffee", .qty = 1}}},
    {.text = "onion rings and a mango smoothie fam",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Onion Rings", .qty = 1}, {.name = "Mango Smoothie", .qty = 1}}},
    /* a part kept after talk of changing it ("keep the rice" after "no rice") takes the
     * change back: the dish comes as the menu has it */
    {.text = "tofu teriyaki bowl with no rice... hmm actually keep the rice. and a lemonade",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Tofu Teriyaki Bowl", .qty = 1}, {.name = "Fresh Lemonade", .qty = 1}}},
    /* "never mind the no X" calls off the removal of X said before; the other change stays */
    {.text = "a cheeseburger no onions and no pickles... never mind the no pickles",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Cheddar Cheeseburger", .qty = 1, .mods = {"no onions"}}}},
    /* "not too hot" of a spiced dish asks it mild, as "not too spicy" does */
    {.text = "buffalo cauliflower wrap but not too hot please",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Buffalo Cauliflower Wrap", .qty = 1, .mods = {"mild"}}}},
    /* "N more" in the clause of a counted dish adds to its count */
    {.text = "2 cheeseburgers and two more for the kids",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Cheddar Cheeseburger", .qty = 4}}},
    /* "leave the X" after its removal keeps X on the dish: the removal is taken back and X
     * is no dish of its own */
    {.text = "crispy chicken burger no slaw. actually leave the slaw",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Crispy Chicken Burger", .qty = 1}}},
    /* the ordinary one of a kind swapped out ("instead of normal") is the menu's plain dish
     * of that kind, written by its name */
    {.text = "2 kids mini burgers with sweet potato fries instead of normal please",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Kids Mini Burger",
                .qty = 2,
                .mods = {"sweet potato fries instead of classic fries"}}}},
    /* "keep the X" where X is a part of the dish (its description holds it) that names a
     * dish too ("onions" of Onion Rings) keeps the part: no change, and no dish */
    {.text = "one cheeseburger no onions. hmm actually keep the onions",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Cheddar Cheeseburger", .qty = 1}}},
    /* a kind narrowed to one of its dishes, then "actually no, the X one": X replaces the
     * dish picked, the kind is asked for once */
    {.text = "a smoothie pls? the strawberry one. nah wait, the mango one",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Mango Smoothie", .qty = 1}}},
    /* a counted word that only one dish's name holds is that dish, though a description
     * holds it too */
    {.text = "truffle fries x2; 1 sparkling",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Truffle Fries", .qty = 2}, {.name = "Sparkling Water", .qty = 1}}},
    /* an amount with no number right after a dish, pointing back at it ("loads of them"),
     * leaves how many open: asked back, never a silent one */
    {.text = "truffle fries. loads of them please",
     .category = "order",
     .status = "review",
     .intents = {"order"},
     .clarify = {{"truffle fries", {"Truffle Fries"}, .how_many = true}}},
    /* "the spicy one" may be any dish described as spicy; the other such dish named on its
     * own in the message is not it, so it is the dish whose name says spicy */
    {.text = "the spicy one and 2 mac bites",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Spicy Jackfruit Burger", .qty = 1},
               {.name = "Mac and Cheese Bites", .qty = 2}}},
    /* an amount with no number before dishes joined by "and", the later a bare plural,
     * counts both: how many of each is asked */
    {.text = "a few truffle fries and onion rings for us",
     .category = "order",
     .status = "review",
     .intents = {"order"},
     .clarify = {{"truffle fries", {"Truffle Fries"}, .how_many = true},
                 {"onion rings", {"Onion Rings"}, .how_many = true}}},
    /* "the spicy one" may be either dish described as spicy; "the one with the dip" set off
     * right after it says which, by a word only that one's text holds */
    {.text = "the spicy one again pls, the one with the dip",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Mac and Cheese Bites", .qty = 1}}},
    /* a dish taken back, another asked, then "actually no the X" with X its kind: the
     * dish of that kind named before, by its name (a salad of the bowls section is not it) */
    {.text =
         "the tofu teriyaki bowl. nah scratch that, the kale caesar salad. actually no the bowl",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Tofu Teriyaki Bowl", .qty = 1}}},
    /* a counted word of style alone ("one veggie") names a kind of dish by how it is made,
     * no dish of the menu by name: asked back, not declined */
    {.text = "a cheeseburger and one veggie",
     .category = "order",
     .status = "review",
     .intents = {"order"},
     .items = {{.name = "Cheddar Cheeseburger", .qty = 1}},
     .clarify = {{"veggie"}}},
    /* "a ton of", "heaps of": amounts that give no number, asked back like "lots of" */
    {.text = "heaps of sweet potato fries and a cold brew",
     .category = "order",
     .status = "review",
     .intents = {"order"},
     .items = {{.name = "Cold Brew Coffee", .qty = 1}},
     .clarify = {{"sweet potato fries", {"Sweet Potato Fries"}, .how_many = true}}},
    /* a diet after a copula is said of the person ("im vegan") or asked of the dishes
     * ("is one of them vegan?"): no dish the diet names is asked for */
    {.text = "falafel wrap no tahini thx im vegan + 2 lemonades",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Falafel Wrap", .qty = 1, .mods = {"no tahini"}},
               {.name = "Fresh Lemonade", .qty = 2}}},
    /* a food, a noun no lexicon reads, then a kind word: one food the menu lacks with the
     * kind word its head, no dish of the menu the kind word alone would read as */
    {.text = "a tuna melt sandwich and fries",
     .category = "order",
     .status = "rejected",
     .intents = {"order"},
     .items = {{.name = "Classic Fries", .qty = 1}},
     .unknown = {"tuna melt sandwich"}},
    /* "my delivery order": the word between a possessive and "order" says which order,
     * no word of how it is brought; the swap after it stays a request */
    {.text = "about my delivery order, could you swap the classic fries for a side salad",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Side Salad", .qty = 1}}},
    /* "the X i meant was the Y": what the customer meant, made the subject of "was",
     * restates the request */
    {.text = "sorry, the smoothie i meant was the mango one",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Mango Smoothie", .qty = 1}}},
    /* "them" in a request points back at the dish of a complaint before it, even when a
     * time stands between "my order" and its verb; "added to ..." only ends the request */
    {.text = "my order yesterday was missing the side salad. can i get it added to today's "
             "order, and a fresh lemonade",
     .category = "order",
     .status = "accepted",
     .intents = {"other", "order"},
     .items = {{.name = "Side Salad", .qty = 1}, {.name = "Fresh Lemonade", .qty = 1}}},
    /* a pointer whose description names nothing ("the thing with the stuff on it"), after a
     * hesitation, is asked back with its words, never dropped */
    {.text = "could i get the uhh the thing with the stuff on it and a cold brew",
     .category = "order",
     .status = "review",
     .intents = {"order"},
     .items = {{.name = "Cold Brew Coffee", .qty = 1}},
     .clarify = {{"the thing with the stuff on it"}}},
    /* a verb of putting after the negation ("dont add the X", "no put the X") says how the
     * part would come on; the change is its removal */
    {.text = "a falafel wrap and dont add the tahini sauce please",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Falafel Wrap", .qty = 1, .mods = {"no tahini sauce"}}}},
    /* "on top" says where a part put on a dish goes; the part alone is the change */
    {.text = "a chocolate milkshake with whipped cream on top",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = CHOCOLATE_SHAKE, .qty = 1, .mods = {"whipped cream"}}}},
    /* "plain" beside parts of the same dish each changed is the one left as it comes */
    {.text = "2 cheeseburgers - one plain, one with no onions",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Cheddar Cheeseburger", .qty = 1},
               {.name = "Cheddar Cheeseburger", .qty = 1, .mods = {"no onions"}}}},
    /* a count written "x 2" apart from its sign ends the description of a dish pointed at by
     * what is in it, as "x2" does */
    {.text = "the one with the pickled turnip x 2",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Falafel Wrap", .qty = 2}}},
    /* "some" put "on top" right after a question whether a dish comes with a part asks for
     * that dish with the part; the question's verb is no part of the change */
    {.text = "does the kale caesar come with croutons? either way stick some on top please",
     .category = "order",
     .status = "accepted",
     .intents = {"inquiry", "order"},
     .items = {{.name = "Kale Caesar Salad", .qty = 1, .mods = {"croutons"}}}},
    /* a diet set off by a dash after a kind ("- whichever is dairy free") picks the one of it
     * the menu claims it of, as after a comma */
    {.text = "a milkshake - whichever is dairy free, and a brownie",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = VANILLA_SHAKE, .qty = 1}, {.name = "Vegan Chocolate Brownie", .qty = 1}}},
    /* "make that one vegan": "that one" points at the dish before, as "it" does; "one" is no
     * count and the diet no dish of its own */
    {.text = "a mango smoothie and 1 falafel wrap - make that one vegan please",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Mango Smoothie", .qty = 1},
               {.name = "Falafel Wrap", .qty = 1, .mods = {"vegan"}}}},
    /* a word of discourse that closes the clause ("regardless", as "anyway") and the
     * customer's own forgetting owned after an apology ("sorry forgot") change no dish */
    {.text = "a tofu bowl and a lemonade regardless",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Tofu Teriyaki Bowl", .qty = 1}, {.name = "Fresh Lemonade", .qty = 1}}},
    {.text = "can you add a carrot cake to that, sorry forgot",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Carrot Cake Slice", .qty = 1}}},
    /* "not the ... one" right after a dish sets it against one not meant: no change of it */
    {.text = "the kids burger not the big one",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Kids Mini Burger", .qty = 1}}},
    /* right after a complaint, foods the menu lacks said with "only" and no count tell what
     * came; nothing is ordered */
    {.text = "the falafel wrap i got had no falafel in it. only lettuce and pita",
     .category = "other",
     .status = "logged",
     .intents = {"other"}},
    /* "the same" in the clause of the dish it copies is that dish with its changes */
    {.text = "a falafel wrap no hummus and the same for my friend",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Falafel Wrap", .qty = 2, .mods = {"no hummus"}}}},
    /* "the same as me" copies the speaker's dishes named before, as "the same" does */
    {.text = "one mango smoothie for me, my brother wants the same as me",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Mango Smoothie", .qty = 2}}},
    /* "on the side for both of them" closing the clause: the change is every dish's, as
     * "for both" is */
    {.text = "a falafel wrap and a side salad, dressing on the side for both of them",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Falafel Wrap", .qty = 1, .mods = {"dressing on the side"}},
               {.name = "Side Salad", .qty = 1, .mods = {"dressing on the side"}}}},
    /* pointing words texted with "d" for "th" ("dis", "dem") point at the dish, no change */
    {.text = "gimme dis cheeseburger and dem onion rings",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Cheddar Cheeseburger", .qty = 1}, {.name = "Onion Rings", .qty = 1}}},
    /* a clipped word of a change ("avo") is written as the menu writes it, as "guac" is */
    {.text = "a kale caesar with extra avo please",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Kale Caesar Salad", .qty = 1, .mods = {"extra avocado"}}}},
    /* "can the X come with ...?" after X was asked for asks for that change of it: the dish
     * named again points back, no question about the menu */
    {.text = "a falafel wrap. can the falafel wrap come with extra hummus?",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Falafel Wrap", .qty = 1, .mods = {"extra hummus"}}}},
    /* a dish named alone, then "tell me you have it": whether they have it is asked, the
     * dish is its topic, nothing is ordered */
    {.text = "vegan brownie... please tell me you still have it",
     .category = "inquiry",
     .status = "answered",
     .intents = {"inquiry"}},
    /* "you still have X?" asks whether they have it, as "do you still have" does; the count
     * after it orders */
    {.text = "you still have the carrot cake? if so 2 please",
     .category = "order",
     .status = "accepted",
     .intents = {"inquiry", "order"},
     .items = {{.name = "Carrot Cake Slice", .qty = 2}}},
    /* praise of a dish right before a question asked of "it" is the question's topic, no
     * matter of its own */
    {.text = "the carrot cake is amazing. is it gluten free?",
     .category = "inquiry",
     .status = "answered",
     .intents = {"inquiry"}},
    /* a question about a dish, then a count with no dish of its own after a request opener:
     * the count points back at the dish asked about, which that clause orders */
    {.text = "how much is the classic beef burger? ill take 2 but hold the onions on both",
     .category = "order",
     .status = "accepted",
     .intents = {"inquiry", "order"},
     .items = {{.name = "Classic Beef Burger", .qty = 2, .mods = {"no onions"}}}},
    /* a count dictated as the word that sounds like it ("for" four, "to" two) before a plural
     * with no article, then "one" with a change: that one is a part of them, no pro-form */
    {.text = "can we get for halloumi burgers one with no rocket and to mango smoothies",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Grilled Halloumi Burger", .qty = 3},
               {.name = "Grilled Halloumi Burger", .qty = 1, .mods = {"no rocket"}},
               {.name = "Mango Smoothie", .qty = 2}}},
    /* after words of discourse the dictated count still stands where a count does */
    {.text = "ok so um to mango smoothies",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Mango Smoothie", .qty = 2}}},
    /* a size may stand between the dictated count and its dish, and stays the dish's */
    {.text = "hi could i get to large sweet potato fries n for small lemonades",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Sweet Potato Fries", .qty = 2, .mods = {"large"}},
               {.name = "Fresh Lemonade", .qty = 4, .mods = {"small"}}}},
    /* the order's close said in full ("that is all", "that'll be all") ends it as "thats all"
     * does: no statement about the dish */
    {.text = "one falafel wrap with extra hummus and that is all, thank you",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Falafel Wrap", .qty = 1, .mods = {"extra hummus"}}}},
    {.text = "a halloumi burger and a lemonade, that is all",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Grilled Halloumi Burger", .qty = 1},
               {.name = "Fresh Lemonade", .qty = 1}}},
    /* a count heading each line, set off from its dish by a dash or a colon, after a label
     * or alone, counts it as a count right before it would */
    {.text = "quantity: 3 - falafel wrap\n2: sweet potato fries (large)\n1 - mango smoothie",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Falafel Wrap", .qty = 3},
               {.name = "Sweet Potato Fries", .qty = 2, .mods = {"large"}},
               {.name = "Mango Smoothie", .qty = 1}}},
    /* a dish with no count then "each", the party's size said first: one for each */
    {.text = "party of 3: a mango smoothie each",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Mango Smoothie", .qty = 3}}},
    /* "for each of us" counts the party said anywhere in the clause, before the dish or
     * after it ("we're 3", "party of 4", "there are 5 of us") */
    {.text = "party of 4 here, can we get 2 falafel wraps and a lemonade for each of us",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Falafel Wrap", .qty = 2}, {.name = "Fresh Lemonade", .qty = 4}}},
    {.text = "we're 3 ppl so an iced green tea for each of us please",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Iced Green Tea", .qty = 3}}},
    /* the party's size said first and set off ("we are 2,", "theres 3 of us:") says whom
     * the order is for: the dishes after it are still a list, no remark about them */
    {.text = "we are 2, a black bean burger and the onion rings",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Black Bean Chipotle Burger", .qty = 1},
               {.name = "Onion Rings", .qty = 1}}},
    {.text = "theres 3 of us: kale caesar for each of us",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Kale Caesar Salad", .qty = 3}}},
    /* "wait" that breaks off a thought before a comma or a request opener hides nothing of
     * the request after it, sounds of hesitation or no */
    {.text = "wait, uhh, could i also add a vanilla oat milkshake",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = VANILLA_SHAKE, .qty = 1}}},
    {.text = "wait can we also get the chickpea salad",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Mediterranean Chickpea Salad", .qty = 1}}},
    /* every dish of a kind but the one set apart ("except", "but not", "minus"): that one
     * leaves the order, named by its words or read as a dish of its own, and the words are no
     * change of the others */
    {.text = "2 of every milkshake but not the vanilla",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = CHOCOLATE_SHAKE, .qty = 2}}},
    {.text = "one of each dessert except the brownie, and a cold brew",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Cold Brew Coffee", .qty = 1},
               {.name = "Apple Crumble", .qty = 1},
               {.name = "Carrot Cake Slice", .qty = 1}}},
    /* after a word of discourse, approval needs no comma before a count ("ok cool 2 ...") */
    {.text = "how much is the side salad? alright perfect 2 portions",
     .category = "order",
     .status = "accepted",
     .intents = {"inquiry", "order"},
     .items = {{.name = "Side Salad", .qty = 2}}},
    /* a picture heading a line labels the dish after it when it pictures that kind: the
     * burrito any wrap, the cup with a straw any cold drink ("iced", "cold") */
    {.text = "\U0001F32F falafel wrap\n\U0001F964 iced green tea x2",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Falafel Wrap", .qty = 1}, {.name = "Iced Green Tea", .qty = 2}}},
    /* "could use", its subject dropped as texts drop it, wants the dish */
    {.text = "could really use a vanilla oat shake rn",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = VANILLA_SHAKE, .qty = 1}}},
    /* "that is it" closing the order is no question "is it" asks, nor a clause of its own */
    {.text = "two crispy chicken burgers with extra mayo and that is it",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Crispy Chicken Burger", .qty = 2, .mods = {"extra mayo"}}}},
    /* praise of a dish had before, asked for again in the next clause, says why it is
     * ordered: no report of what came */
    {.text = "we ordered the falafel wrap on saturday and it was so good. could we get that again "
             "with extra hummus",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Falafel Wrap", .qty = 1, .mods = {"extra hummus"}}}},
    /* nor is "are" after a plural subject ("you guys are the best"): praise, no question */
    {.text = "a mango smoothie please. thanks so much, you guys are the greatest",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Mango Smoothie", .qty = 1}}},
    /* a sound of hesitation or laughter before the request opener hides nothing of it: the
     * count still points back at the dish asked about */
    {.text = "is the halloumi burger spicy? ehh i'll take 2 then haha",
     .category = "order",
     .status = "accepted",
     .intents = {"inquiry", "order"},
     .items = {{.name = "Grilled Halloumi Burger", .qty = 2}}},
    {.text = "is the mango smoothie dairy free? i will take 2 then, thanks",
     .category = "order",
     .status = "accepted",
     .intents = {"inquiry", "order"},
     .items = {{.name = "Mango Smoothie", .qty = 2}}},
    {.text = "is the carrot cake slice nut free? yay 2 then",
     .category = "order",
     .status = "accepted",
     .intents = {"inquiry", "order"},
     .items = {{.name = "Carrot Cake Slice", .qty = 2}}},
    {.text = "lmao hmmm gimme 3 onion rings",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Onion Rings", .qty = 3}}},
    /* a message that only answers a question asked before ("make it N", a size alone after
     * a yes or a no) names no dish, yet is about an order: a person reads it, never logged */
    /* the answer is asked back: the person who reads it sees what it answers */
    {.text = "make it 5 thanks",
     .category = "order",
     .status = "review",
     .intents = {"order"},
     .clarify = {{.phrase = "make it 5"}}},
    {.text = "yeah the medium",
     .category = "order",
     .status = "review",
     .intents = {"order"},
     .clarify = {{.phrase = "the medium"}},
     .unsure = true},
    {.text = "yes the large one",
     .category = "order",
     .status = "review",
     .intents = {"order"},
     .clarify = {{.phrase = "the large one"}},
     .unsure = true},
    /* a bare yes, or a size of two letters that chat also uses ("sm": so much), answers
     * nothing */
    {.text = "yep", .category = "other", .status = "logged", .intents = {"other"}},
    {.text = "ty sm", .category = "other", .status = "logged", .intents = {"other"}},
    /* food asked for with the choice left to the kitchen, no dish named: an order a person
     * answers, never lost as a remark; the reply names no empty list of dishes */
    {.text = "chefs choice for the table of 4 tonight",
     .category = "order",
     .status = "review",
     .intents = {"order"},
     .unsure = true,
     .reply_has = {"team member"},
     .reply_lacks = {"order for ;"}},
    /* a dish left to what the kitchen thinks well of ("whatever's good", its "is" contracted)
     * names none: asked back beside the dish named, never dropped */
    {.text = "one cheddar cheeseburger and whatevers good for my son",
     .category = "order",
     .status = "review",
     .intents = {"order"},
     .items = {{.name = "Cheddar Cheeseburger", .qty = 1}},
     .clarify = {{"whatevers good"}}},
    {.text = "anything thats popular is fine w me",
     .category = "order",
     .status = "review",
     .intents = {"order"},
     .clarify = {{"anything thats popular"}}},
    /* the same words asked about are a question of what the place does */
    {.text = "is it chefs choice on fridays?",
     .category = "other",
     .status = "logged",
     .intents = {"other"}},
    /* a dish alone with a word singling it out ("especially", "in particular"), a sentence
     * after a remark on a meal eaten, names what the remark was about: no order */
    {.text = "cheers, that was lovely. the onion rings in particular!",
     .category = "other",
     .status = "logged",
     .intents = {"other"}},
    {.text = "thanks so much it was tasty 🙂 the sweet potato fries especially",
     .category = "other",
     .status = "logged",
     .intents = {"other"}},
    /* so does a dish pointed at with "that" right after such a remark; with "please" it is
     * asked for */
    {.text = "thank you, dinner was amazing tonight! that falafel wrap 😍",
     .category = "other",
     .status = "logged",
     .intents = {"other"}},
    {.text = "thank you, dinner was amazing tonight! that falafel wrap please",
     .category = "order",
     .status = "accepted",
     .intents = {"other", "order"},
     .items = {{.name = "Falafel Wrap", .qty = 1}}},
    /* a cup with a straw before a cold coffee, a burrito before a wrap: each picture labels
     * the dish its line names, no dish of its own */
    {.text = "lunch for 2\n🌯 falafel wrap\n🥤 iced coffee x2",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Falafel Wrap", .qty = 1}, {.name = "Cold Brew Coffee", .qty = 2}}},
    /* a column of counts in digits beside a column of dishes, a dash between: each line's
     * count is its dish's */
    {.text = "our order:\nqty: 3 - falafel wrap\nqty: 2 - fresh lemonade (no ice)",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Falafel Wrap", .qty = 3},
               {.name = "Fresh Lemonade", .qty = 2, .mods = {"no ice"}}}},
    {.text = "1 - beef burger\n4 - onion rings",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Classic Beef Burger", .qty = 1}, {.name = "Onion Rings", .qty = 4}}},
    /* a greeting asked as a question ("alright?", "how are you?") before an order is a
     * pleasantry: no intent of its own */
    {.text = "You alright? Could I get a halloumi burger and a cold brew",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Grilled Halloumi Burger", .qty = 1},
               {.name = "Cold Brew Coffee", .qty = 1}}},
    {.text = "hey how r u? 2 onion rings pls",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Onion Rings", .qty = 2}}},
    /* "add X and a Y" where Y names no dish of the menu and ends the clause: Y is added too */
    {.text = "halloumi burger medium, add avocado and a hash brown please",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Grilled Halloumi Burger",
                .qty = 1,
                .mods = {"medium", "add avocado", "add hash brown"}}}},
    {.text = "a beef burger, add cheese and a sausage, and a lemonade",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Classic Beef Burger", .qty = 1, .mods = {"add cheese", "add sausage"}},
               {.name = "Fresh Lemonade", .qty = 1}}},
    /* "both", "all (of them)" opening a sentence of its own before a change: the change is
     * every dish's of the sentence before, not the last one's alone */
    {.text = "one jackfruit burger and a beef burger. both without pickles thx",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Spicy Jackfruit Burger", .qty = 1, .mods = {"no pickles"}},
               {.name = "Classic Beef Burger", .qty = 1, .mods = {"no pickles"}}}},
    {.text = "2 falafel wraps and a kale caesar! all of them with extra feta",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Falafel Wrap", .qty = 2, .mods = {"extra feta"}},
               {.name = "Kale Caesar Salad", .qty = 1, .mods = {"extra feta"}}}},
    /* a change closed by "on them" after a dish asked for once is the change of the dish of
     * its clause asked for many of: the pronoun is plural */
    {.text = "3 halloumi burgers and a mango smoothie, extra tahini on them",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Grilled Halloumi Burger", .qty = 3, .mods = {"extra tahini"}},
               {.name = "Mango Smoothie", .qty = 1}}},
    {.text = "can i get two jackfruit burgers n a lemonade, no onion on em",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Spicy Jackfruit Burger", .qty = 2, .mods = {"no onions"}},
               {.name = "Fresh Lemonade", .qty = 1}}},
    /* "X added on top": where the part goes says no more than "added" */
    {.text = "one quinoa bowl w/ avocado added on top",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Quinoa Power Bowl", .qty = 1, .mods = {"add avocado"}}}},
    /* a verb of putting opening a change ("put some X in it", "throw X on there") says how
     * the part comes onto the dish: the change is adding it; "in it", "on there" name the
     * dish the part goes into */
    {.text = "teriyaki bowl pls and could you put some avocado in it",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Tofu Teriyaki Bowl", .qty = 1, .mods = {"add avocado"}}}},
    {.text = "a jackfruit burger, throw some jalapenos on there",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Spicy Jackfruit Burger", .qty = 1, .mods = {"add jalapeños"}}}},
    /* "add" and an amount ("some", "a bit of"): the amount is no part of what is added */
    {.text = "falafel wrap, add some feta",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Falafel Wrap", .qty = 1, .mods = {"add feta"}}}},
    /* the name an order was placed under ("ordered under Jake") is no dish, though it reads
     * as a misspelt "cake": the change of a dish after it is read as said alone */
    {.text = "ordered under Jake 10 min ago. can you change the fries to onion rings?",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Onion Rings", .qty = 1}}},
    {.text = "2 mango smoothies, its under Jake",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Mango Smoothie", .qty = 2}}},
    /* "with" after a verb of paying says how the customer pays, no change of a dish */
    {.text = "2 onion rings no salt. is it ok to pay with card at the counter?",
     .category = "order",
     .status = "accepted",
     .intents = {"order", "other"},
     .items = {{.name = "Onion Rings", .qty = 2, .mods = {"no salt"}}}},
    /* "for each of us" counts as many as the customer says they are, in any clause */
    {.text = "we are 3 people tonight. one teriyaki bowl and a lemonade for each of us",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Tofu Teriyaki Bowl", .qty = 1}, {.name = "Fresh Lemonade", .qty = 3}}},
    {.text = "were 5 ppl - onion rings for each of us pls",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Onion Rings", .qty = 5}}},
    /* a size and "one(s)" right after a dish ("but small ones", "- the large ones") points back
     * at it: its size, no dish described as small */
    {.text = "3 vanilla shakes but just small ones please",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = VANILLA_SHAKE, .qty = 3, .mods = {"small"}}}},
    {.text = "two lemonades - the large ones",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Fresh Lemonade", .qty = 2, .mods = {"large"}}}},
    /* a word of coldness said of a dish whose name says cold already is how it comes, no
     * change; of another dish it stays one */
    {.text = "2 cold brews, iced please, and a lemonade cold",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Cold Brew Coffee", .qty = 2},
               {.name = "Fresh Lemonade", .qty = 1, .mods = {"cold"}}}},
    /* a word spelt as it sounds, opening on another letter of the same sound ("k" for "qu"),
     * keyed as the menu word beside a word that pins its dish, is that word */
    {.text = "a kenwa bowl with no kale and a lemonade",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Quinoa Power Bowl", .qty = 1, .mods = {"no kale"}},
               {.name = "Fresh Lemonade", .qty = 1}}},
    {.text = "kinoa bowl x2",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Quinoa Power Bowl", .qty = 2}}},
    /* "a small one" after a dish asked for once is its size */
    {.text = "one lemonade - a small one please",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Fresh Lemonade", .qty = 1, .mods = {"small"}}}},
    /* a doneness said of the dish's meat ("with the meat medium rare") is the dish's */
    {.text = "one beef burger with the meat medium rare and fries",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Classic Beef Burger", .qty = 1, .mods = {"cooked medium rare"}},
               {.name = "Classic Fries", .qty = 1}}},
    {.text = "lovely meal last night lads! particularly the jackfruit burger",
     .category = "other",
     .status = "logged",
     .intents = {"other"}},
    {.text = "qty 2 - halloumi burger\nqty 1 - mango smoothie",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Grilled Halloumi Burger", .qty = 2},
               {.name = "Mango Smoothie", .qty = 1}}},
    {.text = "hiya, hows your day going? 2 brownies please",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Vegan Chocolate Brownie", .qty = 2}}},
    {.text = "party of 5 tonight, onion rings for each of us",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Onion Rings", .qty = 5}}},
    /* the fries picture before another fried side labels it, no fries of its own */
    {.text = "🍔 halloumi burger\n🍟 onion rings x3",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Grilled Halloumi Burger", .qty = 1}, {.name = "Onion Rings", .qty = 3}}},
    /* a last letter held for stress ("pleaseee", "thankss") reads as the word: no change */
    {.text = "onion rings pleaseee and a cold brew thankss",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Onion Rings", .qty = 1}, {.name = "Cold Brew Coffee", .qty = 1}}},
    /* "so that", "so those" after a quoted order take its dish back up: no change */
    {.text =
         "my friend said \"grab me the beef burger and NO onions\" so that + onion rings for me",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Classic Beef Burger", .qty = 1, .mods = {"no onions"}},
               {.name = "Onion Rings", .qty = 1}}},
    {.text = "she texted \"truffle fries with no salt\" so those and a lemonade",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Truffle Fries", .qty = 1, .mods = {"no salt"}},
               {.name = "Fresh Lemonade", .qty = 1}}},
    /* a price before a kind that names a dish of another price picks the kind's dish of
     * that price off the menu */
    {.text = "the 4.50 fries pls",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Sweet Potato Fries", .qty = 1}}},
    {.text = "2 of the $5.25 fries and a cold brew",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Truffle Fries", .qty = 2}, {.name = "Cold Brew Coffee", .qty = 1}}},
    /* ... and the dish's own price changes nothing of it */
    {.text = "one 3.75 fries",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Classic Fries", .qty = 1}}},
    /* a name a phone changed, put right by one word after it (an asterisk, or a word alone),
     * is the dish the fix names, no dish the menu lacks */
    {.text = "two onion rings and a hallway burger *halloumi",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Onion Rings", .qty = 2}, {.name = "Grilled Halloumi Burger", .qty = 1}}},
    {.text = "a falsetto wrap for my bf. FALAFEL. stupid phone",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Falafel Wrap", .qty = 1}}},
    {.text = "one mango smoothie an 2 onion rings",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Mango Smoothie", .qty = 1}, {.name = "Onion Rings", .qty = 2}}},
    /* letters before a kind that start the words of one item's name are its initials */
    {.text = "2 BB burgers and a SJ burger",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Black Bean Chipotle Burger", .qty = 2},
               {.name = "Spicy Jackfruit Burger", .qty = 1}}},
    /* an order outside the message spelled out after a dash or a colon is the list */
    {.text = "my usual: a falafel wrap and a mango smoothie",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Falafel Wrap", .qty = 1}, {.name = "Mango Smoothie", .qty = 1}}},
    {.text = "the usual thanks - truffle fries and an iced green tea",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Truffle Fries", .qty = 1}, {.name = "Iced Green Tea", .qty = 1}}},
    /* an article and a size closing the clause after a dish is that dish's size */
    {.text = "sure, and make the cold brew a large",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Cold Brew Coffee", .qty = 1, .mods = {"large"}}}},
    {.text = "one mango smoothie, make it a small",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Mango Smoothie", .qty = 1, .mods = {"small"}}}},
    /* "after all" says the choice is made, no change of the dish */
    {.text = "the falafel wrap after all, but no tahini",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Falafel Wrap", .qty = 1, .mods = {"no tahini"}}}},
    {.text = "ok the truffle fries after all",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Truffle Fries", .qty = 1}}},
    {.text = "an onion rings after all but with ketchup on the side",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Onion Rings", .qty = 1, .mods = {"ketchup on the side"}}}},
    /* the words closing a condition of politeness change nothing of the dish */
    {.text = "a halloumi burger without the sweet chilli jam if that is not too much trouble",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Grilled Halloumi Burger", .qty = 1, .mods = {"no sweet chilli jam"}}}},
    {.text = "a beef burger no pickles if that would be no trouble, thanks",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Classic Beef Burger", .qty = 1, .mods = {"no pickles"}}}},
    /* "as" before a person telling why is a reason, no dish nor change */
    {.text = "a cold brew as i find it too strong otherwise",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Cold Brew Coffee", .qty = 1}}},
    {.text = "one apple crumble, no custard as we find it too rich",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Apple Crumble", .qty = 1, .mods = {"no custard"}}}},
    /* how badly a dish is wanted changes nothing of it, stretched or not */
    {.text = "need truffle fries soooo bad",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Truffle Fries", .qty = 1}}},
    /* ... nor does the request that follows the craving */
    {.text = "i want a vanilla milkshake really bad, can you do me 2",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Vanilla Oat Milkshake", .qty = 2}}},
};

static struct fixture f;

/* A one-line rendering, cut (never overrun) when it would not fit. */
struct line {
    char s[RENDER_BYTES];
    size_t n;
};

__attribute__((format(printf, 2, 3))) static void put(struct line *l, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int k = vsnprintf(l->s + l->n, sizeof(l->s) - l->n, fmt, ap);
    va_end(ap);
    if (k > 0)
        l->n += (size_t)k < sizeof(l->s) - l->n ? (size_t)k : sizeof(l->s) - l->n - 1;
}

/* The two sides share these pieces so that equal meaning renders equal. */
static void put_item(struct line *l, size_t i, const char *name, int qty, const char *const *mods,
                     size_t n_mods)
{
    put(l, "%s%s x%d", i ? ", " : "", name, qty);
    for (size_t m = 0; m < n_mods; m++)
        put(l, "%s%s", m ? "; " : " (", mods[m]);
    if (n_mods)
        put(l, ")");
}

static void put_head(struct line *l, const char *category, const char *status,
                     const char *const *intents, size_t n_intents)
{
    put(l, "%s/%s intents=[", category, status);
    for (size_t i = 0; i < n_intents; i++)
        put(l, "%s%s", i ? ", " : "", intents[i]);
    put(l, "] items=[");
}

static size_t count(const char *const *list, size_t cap)
{
    size_t n = 0;
    while (n < cap && list[n])
        n++;
    return n;
}

static void render_want(const struct order_case *c, struct line *l)
{
    put_head(l, c->category, c->status, c->intents, count(c->intents, CASE_INTENTS));
    for (size_t i = 0; i < CASE_ITEMS && c->items[i].name; i++)
        put_item(l, i, c->items[i].name, c->items[i].qty, c->items[i].mods,
                 count(c->items[i].mods, CASE_MODS));
    put(l, "] unknown=[");
    for (size_t i = 0; i < CASE_LIST && c->unknown[i]; i++)
        put(l, "%s%s", i ? ", " : "", c->unknown[i]);
    put(l, "] clarify=[");
    for (size_t i = 0; i < CASE_LIST && c->clarify[i].phrase; i++) {
        put(l, "%s%s:", i ? ", " : "", c->clarify[i].phrase);
        for (size_t k = 0; k < CASE_CANDIDATES && c->clarify[i].candidates[k]; k++)
            put(l, "%s%s", k ? " | " : " ", c->clarify[i].candidates[k]);
        if (c->clarify[i].how_many)
            put(l, " (how many)");
    }
    put(l, "]");
    if (c->language)
        put(l, " language=%s", c->language);
    if (c->unsure)
        put(l, " unsure");
}

/* Candidates in menu order: the result may list them best first. */
static void put_candidates(struct line *l, const struct order_clarify *q)
{
    int32_t sorted[ORDER_CLARIFY_CANDIDATES_MAX];
    size_t n = q->n_candidates;
    memcpy(sorted, q->candidates, n * sizeof(sorted[0]));
    for (size_t i = 1; i < n; i++)
        for (size_t j = i; j > 0 && sorted[j - 1] > sorted[j]; j--) {
            int32_t t = sorted[j];
            sorted[j] = sorted[j - 1];
            sorted[j - 1] = t;
        }
    for (size_t k = 0; k < n; k++)
        put(l, "%s%s", k ? " | " : " ", f.menu.items[sorted[k]].name);
    if (q->more)
        put(l, " | (more)");
    if (q->how_many)
        put(l, " (how many)");
}

static void render_got(const struct order_result *r, struct line *l)
{
    const char *intents[ORDER_CATEGORY_MAX];
    for (size_t i = 0; i < r->n_intents; i++)
        intents[i] = order_category_name(r->intents[i]);
    put_head(l, order_category_name(r->category), order_status_name(r->status), intents,
             r->n_intents);
    for (size_t i = 0; i < r->n_items; i++) {
        const char *mods[ORDER_ITEM_MODIFIERS_MAX];
        for (size_t m = 0; m < r->items[i].mods.n; m++)
            mods[m] = fixture_modifier(&f, i, m);
        put_item(l, i, fixture_item_name(&f, i), r->items[i].qty, mods, r->items[i].mods.n);
    }
    /* as the JSON shows them: an inquiry's unknown things only feed its reply */
    put(l, "] unknown=[");
    for (size_t i = 0; r->category == ORDER_CATEGORY_ORDER && i < r->n_unknown; i++)
        put(l, "%s%s", i ? ", " : "", r->unknown[i]);
    put(l, "] clarify=[");
    for (size_t i = 0; i < r->n_clarify; i++) {
        put(l, "%s%s:", i ? ", " : "", r->clarify[i].phrase);
        put_candidates(l, &r->clarify[i]);
    }
    put(l, "]");
    if (strstr(f.json, "\"language\": "))
        put(l, " language=%s", r->language);
    else if (r->foreign)
        put(l, " language=%s (missing from the JSON)", r->language);
    if (strstr(f.json, "\"unsure\": true"))
        put(l, " unsure");
    else if (r->unsure)
        put(l, " unsure (missing from the JSON)");
}

/* Case-insensitive substring: replies capitalise what the customer did not. */
static bool contains(const char *hay, const char *needle)
{
    size_t n = strlen(needle);
    for (; *hay; hay++) {
        size_t i = 0;
        while (i < n && hay[i] &&
               tolower((unsigned char)hay[i]) == tolower((unsigned char)needle[i]))
            i++;
        if (i == n)
            return true;
    }
    return n == 0;
}

static bool phrase_overlaps(const char *phrase, const char *words)
{
    return contains(phrase, words) || contains(words, phrase);
}

static bool accounted(const struct order_result *r, const struct want_thing *t)
{
    for (size_t i = 0; t->item && i < r->n_items; i++)
        if (strcmp(fixture_item_name(&f, i), t->item) == 0)
            return true;
    for (size_t i = 0; i < r->n_unknown; i++)
        if (phrase_overlaps(r->unknown[i], t->words))
            return true;
    for (size_t i = 0; i < r->n_clarify; i++)
        if (phrase_overlaps(r->clarify[i].phrase, t->words))
            return true;
    return false;
}

/* What the one-line form cannot hold: the reply's words and things lost on the way. */
static void check_extras(const struct order_case *c, const struct order_result *r, struct line *l)
{
    bool reply_wrong = false;
    for (size_t i = 0; i < CASE_REPLY_WORDS && c->reply_has[i]; i++)
        if (!contains(r->reply, c->reply_has[i])) {
            put(l, " | reply lacks \"%s\"", c->reply_has[i]);
            reply_wrong = true;
        }
    for (size_t i = 0; i < CASE_REPLY_WORDS && c->reply_lacks[i]; i++)
        if (contains(r->reply, c->reply_lacks[i])) {
            put(l, " | reply echoes \"%s\"", c->reply_lacks[i]);
            reply_wrong = true;
        }
    if (reply_wrong)
        put(l, " (reply \"%s\")", r->reply);
    for (size_t i = 0; i < CASE_ITEMS && c->asked[i].words; i++)
        if (!accounted(r, &c->asked[i]))
            put(l, " | lost silently: \"%s\"", c->asked[i].words);
}

/* Runs one case; prints one line and returns false when anything differs. */
static bool run_case(const struct order_case *c)
{
    const struct order_result *r = fixture_run(&f, c->text);
    struct line want = {.n = 0}, got = {.n = 0}, extra = {.n = 0};
    render_want(c, &want);
    render_got(r, &got);
    check_extras(c, r, &extra);
    if (strcmp(want.s, got.s) == 0 && extra.n == 0) {
        if (getenv("ORDER_CASES_VERBOSE")) /* to see what each passing case was held to */
            fprintf(stderr, "ok \"%s\" | %s | reply: %s\n", c->text, got.s, r->reply);
        return true;
    }
    fprintf(stderr, "FAIL \"%s\" | expected: %s | got: %s%s\n", c->text, want.s, got.s, extra.s);
    return false;
}

/* The same rules on the second menu (bench/data/taqueria/menu.csv), for what the sample menu
 * has no example of. */
static const struct order_case taqueria_cases[] = {
    /* "for the kids" after a dish several items fit picks the one of the kids section */
    {.text = "2 horchatas and the chicken one for the kids please",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Horchata", .qty = 2}, {.name = "Kids Chicken Taquitos", .qty = 1}}},
    /* Spanish "y" between two dishes joins them, as "and" does: no change of the first */
    {.text = "horchata y jamaica, one each, plus a carnitas taco",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Horchata", .qty = 1},
               {.name = "Jamaica Agua Fresca", .qty = 1},
               {.name = "Carnitas Taco", .qty = 1}}},
    /* "each with" a side after the dishes counts the side once for every dish */
    {.text = "two chicken tinga burritos each with an order of elote",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Chicken Tinga Burrito", .qty = 2}, {.name = "Elote", .qty = 2}}},
    /* the rest of a count called "regular" after parts with changes of their own comes as
     * the menu has it: no size */
    {.text = "four jamaica agua frescas, three with no ice and one regular",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Jamaica Agua Fresca", .qty = 1},
               {.name = "Jamaica Agua Fresca", .qty = 3, .mods = {"no ice"}}}},
    /* a change of the whole count before a part with its own change stays on the part */
    {.text = "4 carnitas tacos, salsa on the side, 2 with extra cilantro",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Carnitas Taco", .qty = 2, .mods = {"salsa on the side"}},
               {.name = "Carnitas Taco",
                .qty = 2,
                .mods = {"salsa on the side", "extra cilantro"}}}},
    /* a vague noun after a dish ("things") is the dish half named, no change of it */
    {.text = "two horchata things and a flan",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Horchata", .qty = 2}, {.name = "Flan", .qty = 1}}},
    /* a dish pointed at by how the menu says it is made: no change, and "soaked" there is no
     * complaint */
    {.text = "could i get the cake soaked in milk please",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Tres Leches Cake", .qty = 1}}},
    /* a count "each" after the dish, the party's size said in the message: each one's */
    {.text = "theres 4 of us, 2 al pastor tacos each and one flan to share",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Al Pastor Taco", .qty = 8}, {.name = "Flan", .qty = 1}}},
    /* a dish the customer's friend never had tells why they order; the dish named again
     * after it is the order, counted once */
    {.text = "my dad never had a horchata, can we get 3 horchatas",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Horchata", .qty = 3}}},
    /* a kind's dishes set apart by what their descriptions hold ("minus the pork ones") */
    {.text = "one of each taco minus the pork ones",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Carne Asada Taco", .qty = 1},
               {.name = "Baja Fish Taco", .qty = 1},
               {.name = "Grilled Veggie Taco", .qty = 1},
               {.name = "Quesabirria Taco", .qty = 1}}},
    /* a word of how a dish looks or feels ("cold", "pink") beside a word no dictionary
     * knows describes it, as beside a food: the description still picks the dish */
    {.text = "one of those cold hibiscus things please",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Jamaica Agua Fresca", .qty = 1}}},
    /* after a change joined by "and", a pointing word ("that", "this") starts the next dish,
     * here one named by its description, never a part of the change */
    {.text = "carnitas bowl with extra salsa verde and that deep red hibiscus drink",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Carnitas Bowl", .qty = 1, .mods = {"extra salsa verde"}},
               {.name = "Jamaica Agua Fresca", .qty = 1}}},
    /* a word several names hold is the item it is the head noun of, the last word of its
     * name: "beans" is Refried Beans, not the Bean and Cheese Burrito */
    {.text = "a carnitas taco and beans pls",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Carnitas Taco", .qty = 1}, {.name = "Refried Beans", .qty = 1}}},
    /* a span of no head noun joined to a dish before it shares that dish's head, said once */
    {.text = "two carne asada tacos n two carnitas",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Carne Asada Taco", .qty = 2}, {.name = "Carnitas Taco", .qty = 2}}},
    /* a unit with no count before a dish is one of it, never a kind nor the end of a name */
    {.text = "side of rice and side of refried beans",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Mexican Rice", .qty = 1}, {.name = "Refried Beans", .qty = 1}}},
    {.text = "carnitas please",
     .category = "order",
     .status = "review",
     .intents = {"order"},
     .clarify = {{.phrase = "carnitas", .candidates = {"Carnitas Taco", "Carnitas Bowl"}}},
     .asked = {{"carnitas", NULL}}},
    /* a count of people names no dish, however near a menu word it is spelt */
    {.text = "can you cater a wedding? about 80 ppl in july",
     .category = "other",
     .status = "logged",
     .intents = {"other"}},
    /* a pronounceable word no dictionary knows, near no menu word, names a dish the menu
     * lacks: declined, not asked back about names it shares no word with */
    {.text = "a horchata and 2 sopes de frijol",
     .category = "order",
     .status = "rejected",
     .intents = {"order"},
     .items = {{.name = "Horchata", .qty = 1}},
     .unknown = {"sopes de frijol"}},
    /* a kind, "de" and a span in the Spanish order of a name are the one item both fit */
    {.text = "3 tacos de carnitas and a flan",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Carnitas Taco", .qty = 3}, {.name = "Flan", .qty = 1}}},
    /* a bare span of no whole name after a dish and a comma, before "on the side", is what
     * comes with the dish; a whole name there is still a dish */
    {.text = "carnitas bowl, no lettuce, salsa on the side",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Carnitas Bowl", .qty = 1, .mods = {"no lettuce", "salsa on the side"}}}},
    /* "any chance", a subject and its modal, then a verb of getting: a request, asked */
    {.text = "any chance we can have two horchatas?",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Horchata", .qty = 2}}},
    /* "inside it" may close a one-word description after "the" kind */
    {.text = "could I get the burrito with the fries inside it please",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "California Burrito", .qty = 1}}},
    /* words before a kind describe it one by one, back from the kind: "pork" fits two tacos,
     * "pineapple" before it one */
    {.text = "2 pineapple pork tacos and a horchata",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Al Pastor Taco", .qty = 2}, {.name = "Horchata", .qty = 1}}},
    /* a condition's "if" measures no count ("if so 6 ..."); a list's item of words no
     * dictionary knows, before a counted dish, is a dish the menu lacks */
    {.text = "do you have tamales? if so 4 beef tamales and a horchata",
     .category = "order",
     .status = "rejected",
     .intents = {"inquiry", "order"},
     .items = {{.name = "Horchata", .qty = 1}},
     .unknown = {"beef tamales"}},
    {.text = "menudo rojo and 3 churros",
     .category = "order",
     .status = "rejected",
     .intents = {"order"},
     .items = {{.name = "Churros", .qty = 3}},
     .unknown = {"menudo rojo"}},
    /* "half dozen" without its article is six, as "half a dozen" is, never a dozen */
    {.text = "a half dozen carnitas tacos and half dozen churros",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Carnitas Taco", .qty = 6}, {.name = "Churros", .qty = 6}}},
    /* "N more" after a dish with no count of its own is its count; after a count of its
     * own, that many more */
    {.text = "carnitas tacos, 3 more please. and 2 churros, 1 more",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Carnitas Taco", .qty = 3}, {.name = "Churros", .qty = 3}}},
    /* a dish after "another", with no count nor change of its own, is one more of the same
     * dish named before; with a change of its own it stays apart */
    {.text = "elote, a horchata, another elote and another horchata with no cinnamon",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Elote", .qty = 2},
               {.name = "Horchata", .qty = 1},
               {.name = "Horchata", .qty = 1, .mods = {"no cinnamon"}}}},
    /* a bare kind, then a comma or a dash and words that pick one of its items, is that item
     * ("bowl, chicken" as "chicken bowl") */
    {.text = "2 burritos - chicken\ntaco, fish\na bowl, carnitas",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Chicken Tinga Burrito", .qty = 2},
               {.name = "Baja Fish Taco", .qty = 1},
               {.name = "Carnitas Bowl", .qty = 1}}},
    /* "gave" is a past verb: a dish said to have given something is a complaint, not ordered */
    {.text = "the elote gave my son a rash yesterday, really not happy",
     .category = "other",
     .status = "logged",
     .intents = {"other"}},
    /* so is "made" with a person as its object ("made us all ill"); "made with" is how a
     * dish is prepared */
    {.text = "the carnitas bowl on sunday made us all ill",
     .category = "other",
     .status = "logged",
     .intents = {"other"}},
    /* "can u make me 3" after a dish wished for asks for that many made for the customer, a
     * request, not a question of what the kitchen can make */
    {.text = "craving churros sooo bad \xF0\x9F\xA4\xA4 can u make me 3",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Churros", .qty = 3}}},
    /* "how many" and the thing counted, then "do you": the auxiliary goes on with the same
     * question, no clause of its own asking something else */
    {.text = "what's on the kids quesadilla? how many tortillas do you get?",
     .category = "inquiry",
     .status = "answered",
     .intents = {"inquiry"}},
    /* numbers either side of '/' are a rating or a date, never a count of what follows */
    {.text = "loved it, 5/5 would come back",
     .category = "other",
     .status = "logged",
     .intents = {"other"}},
    /* after a kind, "with" and one word is enough when it is what is in it ("in it",
     * "inside it"): that describes the dish, it asks no change */
    {.text = "a burrito with fries inside it and a horchata",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "California Burrito", .qty = 1}, {.name = "Horchata", .qty = 1}}},
    /* a noun phrase after ", and" in a list of dishes is a thing ordered, also after a part
     * counted off the dish before it and that part's changes */
    {.text = "4 carnitas tacos, two no onion, and a modelo",
     .category = "order",
     .status = "rejected",
     .intents = {"order"},
     .items = {{.name = "Carnitas Taco", .qty = 2},
               {.name = "Carnitas Taco", .qty = 2, .mods = {"no onions"}}},
     .unknown = {"modelo"}},
    /* a question naming a word no dictionary knows that only a dish's description holds is
     * about the menu */
    {.text = "what is achiote",
     .category = "inquiry",
     .status = "answered",
     .intents = {"inquiry"}},
    /* Spanish modals of asking ("puedes", "pueden", "podrían") with a dish named make a
     * request, question mark or not */
    {.text = "¿Me puedes preparar un burrito de asada, por favor?",
     .category = "order",
     .status = "review",
     .intents = {"order"},
     .language = "es"},
    /* a correction after a comma ("wait no", "actually no") opens a clause of its own, which
     * replaces the dish before that it names again */
    {.text = "3 carnitas tacos, actually no, 2 fish tacos and 1 carnitas taco",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Baja Fish Taco", .qty = 2}, {.name = "Carnitas Taco", .qty = 1}}},
    /* "the" and words after a dash closing a list of dishes name the list, they order
     * nothing more */
    {.text = "an elote, a horchata and churros - the corn fiesta",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Elote", .qty = 1},
               {.name = "Horchata", .qty = 1},
               {.name = "Churros", .qty = 1}}},
    /* a dish of the food lexicon, where a dish stands, whose words stand together in the
     * name and description of exactly one item is that item: no dish the menu lacks */
    {.text = "2 tamarind sodas and an orange soda",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Jarritos Tamarind", .qty = 2}, {.name = "Jarritos Mandarin", .qty = 1}}},
    /* a description after a kind ends before "and", a word of talk and the next thing */
    {.text = "could we get the burrito with the fries in it and also a horchata",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "California Burrito", .qty = 1}, {.name = "Horchata", .qty = 1}}},
    /* "twice" or "thrice" after a dish is its count, as "x2" is */
    {.text = "elote twice please, and the flan, thrice",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Elote", .qty = 2}, {.name = "Flan", .qty = 3}}},
    /* a Spanish number word counts the dish after it; one that is a word of a name ("tres"
     * of Tres Leches Cake) counts only where no item holds it and the word after it */
    {.text = "could we get cuatro tacos de carnitas and a tres leches",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Carnitas Taco", .qty = 4}, {.name = "Tres Leches Cake", .qty = 1}}},
    /* "half" after a counted dish is a part of half its count, the second "half" the rest;
     * a part said to come "regular" is as the menu has it */
    {.text = "8 carnitas tacos - half with no onion, half regular",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Carnitas Taco", .qty = 4, .mods = {"no onions"}},
               {.name = "Carnitas Taco", .qty = 4}}},
    /* a diet before a kind picks the one of that kind the menu claims it of */
    {.text = "can I have 2 vegetarian burritos with no salsa",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Bean and Cheese Burrito", .qty = 2, .mods = {"no salsa"}}}},
    /* a sentence does not end on "the" and a sound of hesitation: after the dots the phrase
     * goes on, here an order outside the message, asked back */
    {.text = "2 horchatas and the umm.. the stuff my brother had last week",
     .category = "order",
     .status = "review",
     .intents = {"order"},
     .items = {{.name = "Horchata", .qty = 2}},
     .clarify = {{.phrase = "the stuff my brother had last week"}}},
    /* food words before "one" or after "one with", held by one item's name and description
     * alone, point at that item */
    {.text = "2 of the hibiscus one and the one with the consome",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Jamaica Agua Fresca", .qty = 2}, {.name = "Quesabirria Taco", .qty = 1}}},
    /* "N of those" beside another dish counts the dish of the clause before, named there
     * without a count; counted, that dish is asked for, not only talked of */
    {.text = "been dreaming about ur carnitas taco. so 2 of those, plus a horchata",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Carnitas Taco", .qty = 2}, {.name = "Horchata", .qty = 1}}},
    /* "for dessert" right after a dish and its count heads that dish, asks for nothing */
    {.text = "flan (x3) for dessert",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Flan", .qty = 3}}},
    /* a greeting or thanks in another language in an English order is a pleasantry, no
     * dish the menu lacks nor a misspelt one */
    {.text = "hola, 2 churros and a flan, gracias!",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Churros", .qty = 2}, {.name = "Flan", .qty = 1}}},
    /* a count given as a choice of two ("3 or 4") is unclear: asked how many */
    {.text = "maybe 3 or 4 elotes and a horchata",
     .category = "order",
     .status = "review",
     .intents = {"order"},
     .items = {{.name = "Horchata", .qty = 1}},
     .clarify = {{.phrase = "elotes", .candidates = {"Elote"}, .how_many = true}}},
    /* a kind before a colon heads the list after it: "asada" and "carnitas", each held by
     * several items, are the ones of that kind; the heading asks for nothing itself */
    {.text = "burritos: 2 asada. bowls: 1 carnitas",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Carne Asada Burrito", .qty = 2}, {.name = "Carnitas Bowl", .qty = 1}}},
    /* "orden" and "porfa" are Spanish words no dish name holds: the message is Spanish */
    {.text = "orden de elote y dos horchatas",
     .category = "order",
     .status = "review",
     .intents = {"order"},
     .language = "es"},
    /* right after a question, "and the X?" asks the same of X; it orders nothing */
    {.text = "is the elote spicy? and the churros?",
     .category = "inquiry",
     .status = "answered",
     .intents = {"inquiry"}},
    /* ... but a dish named bare after a question, then taken by "ill have that", answered
     * it and is asked for */
    {.text = "what do you have with no meat? the roasted veggie bowl? ill have that",
     .category = "order",
     .status = "accepted",
     .intents = {"inquiry", "order"},
     .items = {{.name = "Roasted Veggie Bowl", .qty = 1}}},
    /* a removal may name the dish by the same partial name it was asked by; "make it ..."
     * right after a removal replaces the dish removed, nothing else */
    {.text = "2 carnitas tacos, 1 tamarind. wait scratch the tamarind, make it a horchata",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Carnitas Taco", .qty = 2}, {.name = "Horchata", .qty = 1}}},
    /* a dish asked with a '?', then "yeah" and the same dish again, is one dish confirmed */
    {.text = "2 carnitas tacos and maybe a flan? yeah. a flan.",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Carnitas Taco", .qty = 2}, {.name = "Flan", .qty = 1}}},
    /* a dish of one word that several items' descriptions open by ("mandarin orange soda",
     * "tamarind soda from mexico") is one of them, asked back */
    {.text = "1 elote and 2 sodas",
     .category = "order",
     .status = "review",
     .intents = {"order"},
     .items = {{.name = "Elote", .qty = 1}},
     .clarify = {{.phrase = "sodas", .candidates = {"Jarritos Mandarin", "Jarritos Tamarind"}}}},
    /* "do you have" a word of the cuisine no dictionary knows asks about a dish, whatever
     * else the question holds ("on sundays"); "a highchair" (two English words) does not */
    {.text = "do u guys have birote on sundays?",
     .category = "inquiry",
     .status = "answered",
     .intents = {"inquiry"}},
    {.text = "do you have a highchair?",
     .category = "other",
     .status = "logged",
     .intents = {"other"}},
    /* such a word alone with a '?' asks whether there is any; a sound ("hmmm?") does not */
    {.text = "gorditas?", .category = "inquiry", .status = "answered", .intents = {"inquiry"}},
    /* a change that is one modifier of the understanding ("add cheese") goes on as its
     * lead's zone: "and pineapple", "+ guac" are toppings, not dishes; a whole name or
     * several words after '+' start the next thing */
    {.text = "carnitas taco, add cheese + guac, and a flan",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Carnitas Taco", .qty = 1, .mods = {"add cheese", "guacamole"}},
               {.name = "Flan", .qty = 1}}},
    /* "the X on the side" after a dish whose description holds X is a part of it served
     * apart; after a dish that lacks it, X is another dish */
    {.text = "a roasted veggie bowl and the guac on the side, plus a carnitas taco and the "
             "guac on the side",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Roasted Veggie Bowl", .qty = 1, .mods = {"guacamole on the side"}},
               {.name = "Carnitas Taco", .qty = 1},
               {.name = "Chips and Guacamole", .qty = 1, .mods = {"on the side"}}}},
    /* words of a description read through the menu's names: every item saying "steak" is
     * named "carne asada", so the California Burrito's carne asada is steak */
    {.text = "the one with steak and fries pls",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "California Burrito", .qty = 1}}},
    /* "then" closing a request is no change to the dish */
    {.text = "no tamales? just a flan then",
     .category = "order",
     .status = "accepted",
     .intents = {"inquiry", "order"},
     .items = {{.name = "Flan", .qty = 1}}},
    /* "make that X instead of Y": the dish before, its name with X for Y, when that is
     * another item's name */
    {.text = "a horchata and chips and salsa, wait make that guacamole instead of salsa",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Horchata", .qty = 1}, {.name = "Chips and Guacamole", .qty = 1}}},
    /* a plural clipped at its start after a count is the dish it ends ("birrias") */
    {.text = "4 birrias and a horchata",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Quesabirria Taco", .qty = 4}, {.name = "Horchata", .qty = 1}}},
    /* food before "free" is a diet of the customer's, no dish the menu lacks */
    {.text = "2 flan please, I'm egg and nut free",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Flan", .qty = 2}}},
    /* "is the" after a subject led by "your" is its verb: praise, no question, no order */
    {.text = "ur carnitas taco is the best in town",
     .category = "other",
     .status = "logged",
     .intents = {"other"}},
    /* "the" and a dish alone before a dash head the question after it */
    {.text = "the churros — is the chocolate sauce made in house?",
     .category = "inquiry",
     .status = "answered",
     .intents = {"inquiry"}},
    /* beside a question, a clause opening with "been" tells, it orders nothing */
    {.text = "any pozole on the menu? been craving mexican food all week",
     .category = "inquiry",
     .status = "answered",
     .intents = {"inquiry"}},
    /* after a complaint, a '?' on words that ask nothing of the menu is a remark */
    {.text = "my carnitas bowl yesterday had no rice in it. kinda the whole point??",
     .category = "other",
     .status = "logged",
     .intents = {"other"}},
    /* food before "table" says what an event's table holds: a heading, no dish */
    {.text = "graduation snack table, sat 2pm: 6 elotes",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Elote", .qty = 6}}},
    /* "both <kind>" closing a list says the kind of each dish before it */
    {.text = "2 veggie and 1 carnitas, both bowls pls",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Roasted Veggie Bowl", .qty = 2}, {.name = "Carnitas Bowl", .qty = 1}}},
    /* an even count of a kind, then "half" and two dishes of it, is half of each */
    {.text = "8 tacos, half carnitas half pastor",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Carnitas Taco", .qty = 4}, {.name = "Al Pastor Taco", .qty = 4}}},
    /* a misspelt word is read among the items of the words across '&' from it */
    {.text = "3 bean & cheez burritos for the kids",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Bean and Cheese Burrito", .qty = 3}}},
    /* in a swap, what goes is the one the dish is made with, on either side of "for" */
    {.text = "carnitas bowl, swap pinto beans for the black beans",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Carnitas Bowl",
                .qty = 1,
                .mods = {"pinto beans instead of black beans"}}}},
    /* "without X and Y": Y, an ingredient of the dish with no lead of its own, goes too */
    {.text = "a carnitas bowl without the cotija and lettuce",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Carnitas Bowl", .qty = 1, .mods = {"no cotija", "no lettuce"}}}},
    /* "make it without X" is the change "no X" */
    {.text = "pollo asado bowl, make it without the sour cream pls",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Pollo Asado Bowl", .qty = 1, .mods = {"no sour cream"}}}},
    /* "N more" before a dish is its count, no change to it */
    {.text = "and 3 more flan for the table",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Flan", .qty = 3}}},
    /* a word of the menu's descriptions ("pico") is no misspelt frame word ("pick") */
    {.text = "one california burrito, no pico",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "California Burrito", .qty = 1, .mods = {"no pico de gallo"}}}},
    /* "xtra" leading a change is written "extra" */
    {.text = "carnitas bowl xtra cotija",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Carnitas Bowl", .qty = 1, .mods = {"extra cotija"}}}},
    /* "por favor", "porfa" after a dish are politeness, no change to it */
    {.text = "hi! one pollo asado bowl and 2 churros porfa",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Pollo Asado Bowl", .qty = 1}, {.name = "Churros", .qty = 2}}},
    /* "what <kind> do you have" is one question, its object before the auxiliary */
    {.text = "what agua fresca flavours do you have",
     .category = "inquiry",
     .status = "answered",
     .intents = {"inquiry"}},
    /* a change's words as the menu spells them: "jalapenos" is written "jalapeños" */
    {.text = "1 chips and queso, extra jalapenos",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Chips and Queso", .qty = 1, .mods = {"extra jalapeños"}}}},
    /* "X instead" after a removal takes the removed dish's place, not the one named last */
    {.text = "2 carnitas tacos, flan and a horchata. no scratch the flan, churros instead",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Carnitas Taco", .qty = 2},
               {.name = "Horchata", .qty = 1},
               {.name = "Churros", .qty = 1}}},
    /* two adjectives after an article, listed as a dish, are a brand's name the menu lacks */
    {.text = "one carnitas bowl plus a big red",
     .category = "order",
     .status = "rejected",
     .intents = {"order"},
     .items = {{.name = "Carnitas Bowl", .qty = 1}},
     .unknown = {"big red"}},
    /* a condition after a question, then a request opener of its own, asks for what follows */
    {.text = "is the flan made with gelatin? if it is not ill take a flan and a horchata",
     .category = "order",
     .status = "accepted",
     .intents = {"inquiry", "order"},
     .items = {{.name = "Flan", .qty = 1}, {.name = "Horchata", .qty = 1}}},
    /* a pronoun after an opener, with a quantity before it, asks for the dish asked about */
    {.text = "do the churros come with chocolate? great, can i get two orders of those and a flan",
     .category = "order",
     .status = "accepted",
     .intents = {"inquiry", "order"},
     .items = {{.name = "Churros", .qty = 2}, {.name = "Flan", .qty = 1}}},
    /* "switch it to" after a dish replaces it, as "change it to" does */
    {.text = "one carnitas bowl. hmm no, switch it to the pollo asado bowl",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Pollo Asado Bowl", .qty = 1}}},
    /* "the <kind> with <food>": the one item of that kind whose description holds the food */
    {.text = "can i get the bowl with the grilled chicken, and 2 churros",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Pollo Asado Bowl", .qty = 1}, {.name = "Churros", .qty = 2}}},
    /* "a <kind> with <change>" is no description: still asked back */
    {.text = "a burrito with extra cheese",
     .category = "order",
     .status = "review",
     .intents = {"order"},
     .clarify = {{.phrase = "burrito",
                  .candidates = {"Carne Asada Burrito", "Chicken Tinga Burrito",
                                 "Bean and Cheese Burrito", "California Burrito"}}}},
    /* a dish told of ("X is the one to get"), then "so ill have that": that dish is asked for,
     * and the telling asks nothing */
    {.text = "my brother says the carnitas bowl is the one to get, so ill have that with no cotija",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Carnitas Bowl", .qty = 1, .mods = {"no cotija"}}}},
    {.text = "i heard the elote is the move so ill try that, plus a horchata",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Elote", .qty = 1}, {.name = "Horchata", .qty = 1}}},
    /* "ill have that w extra X" after a question about the dish: the change right after "that"
     * is the dish's, as after a comma */
    {.text = "is the flan sweet? ill have that w extra caramel",
     .category = "order",
     .status = "accepted",
     .intents = {"inquiry", "order"},
     .items = {{.name = "Flan", .qty = 1, .mods = {"extra caramel"}}}},
    /* a dish named bare after a question about its kind answers it; taken by "ill take that"
     * after it, it is asked for, with the change after "that", beside another dish */
    {.text = "which taco is the spiciest? the al pastor? ill take that w extra pineapple and a "
             "horchata",
     .category = "order",
     .status = "accepted",
     .intents = {"inquiry", "order"},
     .items = {{.name = "Al Pastor Taco", .qty = 1, .mods = {"extra pineapple"}},
               {.name = "Horchata", .qty = 1}}},
    /* after a change of the dish, "and X instead of Y" is one more change, not a dish */
    {.text = "carnitas bowl, no cotija, and black beans instead of pinto beans",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Carnitas Bowl",
                .qty = 1,
                .mods = {"no cotija", "black beans instead of pinto beans"}}}},
    /* "same as usual" alone after a list of dishes says the list is the usual: nothing to ask */
    {.text = "2 carnitas tacos and an elote. same as usual thx",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Carnitas Taco", .qty = 2}, {.name = "Elote", .qty = 1}}},
    /* "and the usual" adds an order outside the message: asked back */
    {.text = "2 carnitas tacos. and the usual",
     .category = "order",
     .status = "review",
     .intents = {"order"},
     .items = {{.name = "Carnitas Taco", .qty = 2}},
     .clarify = {{.phrase = "the usual"}}},
    /* a change in a later sentence goes to the one dish before that holds it, not the last */
    {.text = "3 al pastor tacos and a flan. no pineapple please",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Al Pastor Taco", .qty = 3, .mods = {"no pineapple"}},
               {.name = "Flan", .qty = 1}}},
    /* a word the menu lacks before "of" and a dish is the dish's unit ("two waters of ...") */
    {.text = "two waters of horchata and one plate of the elote",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Horchata", .qty = 2}, {.name = "Elote", .qty = 1}}},
    /* "the <food> one" where several dishes hold that food: asked back among them, not
     * declined as a dish the menu lacks */
    {.text = "can i get the pork one",
     .category = "order",
     .status = "review",
     .intents = {"order"},
     .clarify = {{.phrase = "the pork one",
                  .candidates = {"Al Pastor Taco", "Carnitas Taco", "Carnitas Bowl"}}}},
    /* "you guys do X?" asks whether X is made, as "do you do X?" does */
    {.text = "you guys do tamales?",
     .category = "inquiry",
     .status = "answered",
     .intents = {"inquiry"}},
    /* "<kind> of <food>", in the order of "bowl de pollo": the one item of the kind whose
     * description holds the food */
    {.text = "2 al pastor tacos and one bowl of the chicken please",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Al Pastor Taco", .qty = 2}, {.name = "Pollo Asado Bowl", .qty = 1}}},
    /* food words before the one item of a kind that its description holds describe it: no
     * dish the menu lacks */
    {.text = "a cheese quesadilla for my daughter and a horchata",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Kids Quesadilla", .qty = 1}, {.name = "Horchata", .qty = 1}}},
    /* ... and so do they before "<kind> thing" */
    {.text = "the cheese quesadilla thing and 2 churros",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Kids Quesadilla", .qty = 1}, {.name = "Churros", .qty = 2}}},
    /* a food of two words before a kind ("ground beef") that no dish's description holds
     * whole is a dish the menu lacks, its adjectives with it, not the one holding "beef" */
    {.text = "one crispy ground beef taco and a horchata",
     .category = "order",
     .status = "rejected",
     .intents = {"order"},
     .items = {{.name = "Horchata", .qty = 1}},
     .unknown = {"crispy ground beef taco"}},
    /* after a bare list, "can i get them without ..." changes the dishes listed: no more of
     * them, and no question about the menu */
    {.text = "3 carnitas tacos. can i get them without onion?",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Carnitas Taco", .qty = 3, .mods = {"no onion"}}}},
    /* "is it possible without ...?" after a request asks for a change, not about the menu */
    {.text = "i'd like a carnitas bowl. is it possible without the cotija?",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Carnitas Bowl", .qty = 1, .mods = {"no cotija"}}}},
    /* a question about a subject of its own ("the beans") is no change of the dish before */
    {.text = "one bean and cheese burrito. are the beans cooked with lard?",
     .category = "order",
     .status = "accepted",
     .intents = {"order", "inquiry"},
     .items = {{.name = "Bean and Cheese Burrito", .qty = 1}}},
    /* "w/" and what the dish comes with: no change, as "with" is */
    {.text = "2 al pastor tacos w/ pineapple",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Al Pastor Taco", .qty = 2}}},
    /* "with the" and what the dish comes with: no change either */
    {.text = "one carnitas taco with the salsa verde",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Carnitas Taco", .qty = 1}}},
    /* words before a dish its description holds ("braised") say what it is, no change */
    {.text = "2 braised carnitas tacos and a spicy chicken tinga burrito",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Carnitas Taco", .qty = 2},
               {.name = "Chicken Tinga Burrito", .qty = 1, .mods = {"spicy"}}}},
    /* "the other two" after a part split off names the rest, counted: no change "other" */
    {.text = "4 carnitas tacos: extra salsa verde on one, the other three no cilantro",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Carnitas Taco", .qty = 3, .mods = {"no cilantro"}},
               {.name = "Carnitas Taco", .qty = 1, .mods = {"extra salsa verde"}}}},
    /* a number word of the dish's own name right before it ("tres" of Tres Leches) names it,
     * counts nothing */
    {.text = "a flan, and a horchata with tres leches",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Flan", .qty = 1},
               {.name = "Horchata", .qty = 1},
               {.name = "Tres Leches Cake", .qty = 1}}},
    /* a noun the menu never uses before a kind ("holiday burritos") makes a kind of its own,
     * one the menu lacks; "street tacos" ("street corn" on the menu) is asked back */
    {.text = "can i get 2 holiday burritos and a horchata",
     .category = "order",
     .status = "rejected",
     .intents = {"order"},
     .items = {{.name = "Horchata", .qty = 1}},
     .unknown = {"holiday burritos"}},
    {.text = "3 street tacos",
     .category = "order",
     .status = "review",
     .intents = {"order"},
     .clarify = {{.phrase = "tacos",
                  .candidates = {"Carne Asada Taco", "Al Pastor Taco", "Baja Fish Taco",
                                 "Carnitas Taco", "(more)"}}}},
    /* "<food> and cheese" where a name holds "... and cheese": another pair, one the menu
     * lacks, not the Bean and Cheese Burrito */
    {.text = "one ham and cheese and a flan",
     .category = "order",
     .status = "rejected",
     .intents = {"order"},
     .items = {{.name = "Flan", .qty = 1}},
     .unknown = {"ham and cheese"}},
    /* "the" inside a change asked for ("can you make it without the ...") is no subject of a
     * question: the change is the dish's */
    {.text = "a chicken tinga burrito. can you make it without the rice and cheese?",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Chicken Tinga Burrito", .qty = 1, .mods = {"no rice", "no cheese"}}}},
    /* Spanish mixed in: "arroz" is rice, "sin" is "without" */
    {.text = "a carnitas bowl sin cotija and 2 arroz",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Carnitas Bowl", .qty = 1, .mods = {"no cotija"}},
               {.name = "Mexican Rice", .qty = 2}}},
    /* a change's synonym written as the menu writes it: "guac" is "guacamole" */
    {.text = "pollo asado bowl with extra guac",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Pollo Asado Bowl", .qty = 1, .mods = {"extra guacamole"}}}},
    /* a count after the dish, closed by "pls", then "and" the next dish */
    {.text = "carnitas tacos three pls and a horchata",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Carnitas Taco", .qty = 3}, {.name = "Horchata", .qty = 1}}},
    /* "pescado" is Spanish for fish, as "arroz" is for rice */
    {.text = "3 pescado tacos and a jamaica",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Baja Fish Taco", .qty = 3}, {.name = "Jamaica Agua Fresca", .qty = 1}}},
    /* a count in digits in parentheses, after the same count in words or alone, counts
     * the dish after it ("two (2) ...", "(3) ...") */
    {.text = "two (2) carne asada burritos; (3) horchatas",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Carne Asada Burrito", .qty = 2}, {.name = "Horchata", .qty = 3}}},
    /* "one of every <kind>" is one of each dish of that kind, as "one of each" is */
    {.text = "a horchata and one of every bowl",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Horchata", .qty = 1},
               {.name = "Carnitas Bowl", .qty = 1},
               {.name = "Pollo Asado Bowl", .qty = 1},
               {.name = "Roasted Veggie Bowl", .qty = 1}}},
    /* a count "of each" after a question that named dishes, and no dish since, asks anew
     * for each dish the question named */
    {.text = "are the churros or the flan any good? if so 2 of each please",
     .category = "order",
     .status = "accepted",
     .intents = {"inquiry", "order"},
     .items = {{.name = "Churros", .qty = 2}, {.name = "Flan", .qty = 2}}},
    /* a word of approval right before a request opener leads into the request: the count
     * after the opener points back at the dish just asked about */
    {.text = "how big is the carnitas bowl? awesome ill grab three",
     .category = "order",
     .status = "accepted",
     .intents = {"inquiry", "order"},
     .items = {{.name = "Carnitas Bowl", .qty = 3}}},
    /* a yes or a no and one thing the menu does not name picks a choice the restaurant
     * offered before: a person reads it, nothing the kitchen lacks is rejected */
    {.text = "yeah flour please",
     .category = "order",
     .status = "review",
     .intents = {"order"},
     .unknown = {"flour"},
     .unsure = true},
    /* the dishes asked about one question each: "of each" asks anew for the dishes of every
     * question of the run before it; a word closing the decision ("then") adds nothing */
    {.text = "is the flan sweet? and are the churros fresh? ok one of each then",
     .category = "order",
     .status = "accepted",
     .intents = {"inquiry", "order"},
     .items = {{.name = "Flan", .qty = 1}, {.name = "Churros", .qty = 1}}},
    /* "both" or "N each" closing a request that names nothing counts the dishes the questions
     * before it asked about, as "N of each" does */
    {.text = "does the horchata have dairy? are the churros fresh? ok ill take both",
     .category = "order",
     .status = "accepted",
     .intents = {"inquiry", "order"},
     .items = {{.name = "Horchata", .qty = 1}, {.name = "Churros", .qty = 1}}},
    {.text = "is the flan homemade? whats in the horchata? gimme 2 each",
     .category = "order",
     .status = "accepted",
     .intents = {"inquiry", "order"},
     .items = {{.name = "Flan", .qty = 2}, {.name = "Horchata", .qty = 2}}},
    /* "can you make" a dish with a change or a count asks for that dish, as "could you make"
     * does; a count after the question is its count; "can you make <dish>?" alone asks */
    {.text = "can u make a pollo asado bowl without beans? 2 please",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Pollo Asado Bowl", .qty = 2, .mods = {"no beans"}}}},
    {.text = "can you make churros?",
     .category = "inquiry",
     .status = "answered",
     .intents = {"inquiry"}},
    /* "just" before a request opener opens the clause with it: what follows is asked for,
     * not said ("... you have") */
    {.text = "just get me the carnitas taco you have and a flan, thx",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Carnitas Taco", .qty = 1}, {.name = "Flan", .qty = 1}}},
    /* cancelling a dish "from my order" takes it off an order placed before: nothing is
     * asked for */
    {.text = "can you cancel the 2 flans off my order",
     .category = "other",
     .status = "logged",
     .intents = {"other"}},
    /* a menu word split in two ("quesa birria", "re fried") is the word run together */
    {.text = "two quesa birria tacos and re fried beans",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Quesabirria Taco", .qty = 2}, {.name = "Refried Beans", .qty = 1}}},
    /* "the X thing in a <kind>" is the dish of that kind X names, as "the X <kind>" is;
     * "thing" may be left out after a word several dishes hold */
    {.text = "the carnitas in a bowl and the fish one in a taco",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Carnitas Bowl", .qty = 1}, {.name = "Baja Fish Taco", .qty = 1}}},
    /* a kind, then (past a clause that names nothing) a request opening with "actually"
     * that names one of its dishes: that dish, not two */
    {.text = "maybe a jarritos? hmm. actually i'll have the mandarin one",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Jarritos Mandarin", .qty = 1}}},
    /* a kind, "de" and a word neither the menu nor English knows: a dish of that kind the
     * menu lacks, not the kind asked back */
    {.text = "2 tacos de tripa and a flan",
     .category = "order",
     .status = "rejected",
     .intents = {"order"},
     .items = {{.name = "Flan", .qty = 1}},
     .unknown = {"tacos de tripa"}},
    /* a kind every one of whose dishes ends its name so, right before another kind: a
     * style of the second, asked which of it, not a dish the menu lacks */
    {.text = "one taco bowl please",
     .category = "order",
     .status = "review",
     .intents = {"order"},
     .clarify = {{.phrase = "taco bowl",
                  .candidates = {"Carnitas Bowl", "Pollo Asado Bowl", "Roasted Veggie Bowl"}}}},
    /* "what's good" asks for a recommendation from the menu */
    {.text = "hey whats good tonight?",
     .category = "inquiry",
     .status = "answered",
     .intents = {"inquiry"}},
    /* a count after a dish closed by "please" then "and" is its count ("tacos 2 pls and
     * ...") */
    {.text = "carnitas tacos 2 pls and a flan",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Carnitas Taco", .qty = 2}, {.name = "Flan", .qty = 1}}},
    /* "pescado" is Spanish for fish, as "arroz" is for rice */
    {.text = "one pescado taco",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Baja Fish Taco", .qty = 1}}},
    /* a number right after a dish, then a change's lead, counts the dish ("... two no
     * onion"); after a comma it stays a part ("2 tacos, one no onion") */
    {.text = "carnitas tacos three no onion and a flan",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Carnitas Taco", .qty = 3, .mods = {"no onions"}},
               {.name = "Flan", .qty = 1}}},
    /* a change closed by "on all of them" / "on both" is every dish's before it, menu
     * words in it no dish of their own */
    {.text = "2 carnitas tacos and 2 pastor tacos. flour tortillas on all of em",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Carnitas Taco", .qty = 2, .mods = {"flour tortillas"}},
               {.name = "Al Pastor Taco", .qty = 2, .mods = {"flour tortillas"}}}},
    /* right after a question, a clause opening with "not" says what it does not mean: it
     * orders nothing */
    {.text = "got anything without meat? not just the veggie bowl",
     .category = "inquiry",
     .status = "answered",
     .intents = {"inquiry"}},
    /* a dish's picture repeated where a thing starts, before words that say which, counts
     * it; one opening a line of words echoes nothing on the line before */
    {.text = "🌯🌯 california\n🌮 carnitas",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "California Burrito", .qty = 2}, {.name = "Carnitas Taco", .qty = 1}}},
    /* a word neither the menu nor English knows, "de" and a span: a dish the menu lacks,
     * the span its filling; a kind, "de" and a span no dish of that kind holds: one too */
    {.text = "a tamal de pollo and 2 burritos de pescado",
     .category = "order",
     .status = "rejected",
     .intents = {"order"},
     .unknown = {"tamal de pollo", "burritos de pescado"}},
    /* after a separator, a menu word and words no name goes on with, before "on the
     * side", are a topping of the dish before, not a dish */
    {.text = "3 carne asada tacos, salsa roja on the side",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Carne Asada Taco", .qty = 3, .mods = {"salsa roja on the side"}}}},
    /* after a dish and a comma, a bare part of a name then a change's words is what the
     * change speaks of, not a dish; "X instead" stays a dish */
    {.text = "2 al pastor tacos, cheese extra melty",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Al Pastor Taco", .qty = 2, .mods = {"cheese extra melty"}}}},
    /* "whichever <kind> is ..." picks one of the kind: asked which, no question of its own
     * and no dish the menu lacks */
    {.text = "a flan. whichever bowl is the biggest",
     .category = "order",
     .status = "review",
     .intents = {"order"},
     .items = {{.name = "Flan", .qty = 1}},
     .clarify = {{.phrase = "bowl",
                  .candidates = {"Carnitas Bowl", "Pollo Asado Bowl", "Roasted Veggie Bowl"}}}},
    /* "does it come with X?" after an order asks how the dish comes: no change of it */
    {.text = "2 carnitas tacos, extra salsa. also do they come w rice?",
     .category = "order",
     .status = "accepted",
     .intents = {"order", "inquiry"},
     .items = {{.name = "Carnitas Taco", .qty = 2, .mods = {"extra salsa"}}}},
    /* a change closed by "on the <dish>" is that dish's, whichever came last, the closing
     * words dropped */
    {.text = "a pollo asado bowl and 2 churros (no rice on the bowl)",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Pollo Asado Bowl", .qty = 1, .mods = {"no rice"}},
               {.name = "Churros", .qty = 2}}},
    /* a reference to an earlier order beside a time word ("from last week") still asks for
     * it: the time says where it points, not a report of the past */
    {.text = "hello its sam from last week 🙂 same as before please",
     .category = "order",
     .status = "review",
     .intents = {"order"},
     .clarify = {{.phrase = "same as before"}}},
    /* a bare part of a name after a dish and a comma, then "w" and what to add, is a dish
     * of its own; the kind said first carries down the list to a part two kinds share */
    {.text = "1 carne asada taco, al pastor w extra onion, carnitas",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Carne Asada Taco", .qty = 1},
               {.name = "Al Pastor Taco", .qty = 1, .mods = {"extra onion"}},
               {.name = "Carnitas Taco", .qty = 1}}},
    /* "prices" asks as "price" does: a question about a kind, nothing ordered */
    {.text = "prices for the burritos?",
     .category = "inquiry",
     .status = "answered",
     .intents = {"inquiry"}},
    /* a counted kind, then "(" or a dash, heads the counted dishes up to the close: each
     * is the one of its kind; the kind asks for nothing of its own */
    {.text = "6 burritos (3 asada 3 chicken) pls",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Carne Asada Burrito", .qty = 3},
               {.name = "Chicken Tinga Burrito", .qty = 3}}},
    {.text = "8 tacos - 4 carnitas 4 asada - and a horchata",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Carnitas Taco", .qty = 4},
               {.name = "Carne Asada Taco", .qty = 4},
               {.name = "Horchata", .qty = 1}}},
    /* "deal" asks as "deals" does; the order after it stands on its own */
    {.text = "burrito monday deal? if yes 2 california burritos",
     .category = "order",
     .status = "accepted",
     .intents = {"inquiry", "order"},
     .items = {{.name = "California Burrito", .qty = 2}}},
    /* "the <food> one" that several dishes hold, then "with" and what one of them holds
     * too, is that one */
    {.text = "2 churros and the pork one w the pineapple",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Churros", .qty = 2}, {.name = "Al Pastor Taco", .qty = 1}}},
    /* a name read as a menu word only through a typo ("jake", "cake") before "wants" is
     * who wants, after a hedge ("umm i guess") too: no dish */
    {.text = "a flan, and umm i guess jake wants the horchata",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Flan", .qty = 1}, {.name = "Horchata", .qty = 1}}},
    /* a part of a name taken off an order placed before ("from my order") is that dish
     * removed, not asked for; the dish added instead is */
    {.text = "pls take off the pastor from my order, add a flan instead",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Flan", .qty = 1}}},
    /* an unclear amount of a part of the dish just asked for, after "but", is a change of
     * it: no second dish to count */
    {.text = "chips and queso but like lots of queso",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Chips and Queso", .qty = 1, .mods = {"lots of queso"}}}},
    /* a dish added "to the pickup" is added to the order already placed: an order, not a
     * pickup message; "one more thing" names no dish */
    {.text = "oh and one more thing, can you add 2 horchatas to our pickup",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Horchata", .qty = 2}}},
    /* a beer by its brand is a drink the menu lacks, not a misspelt dish to ask back */
    {.text = "3 al pastor tacos and two coronas pls",
     .category = "order",
     .status = "rejected",
     .intents = {"order"},
     .items = {{.name = "Al Pastor Taco", .qty = 3}},
     .unknown = {"coronas"}},
    /* a name put head first in the plural ("burritos de ...") with no count, for a group,
     * leaves the count to be asked as "lemonades for everyone" does */
    {.text = "burritos de carne asada for everybody pls",
     .category = "order",
     .status = "review",
     .intents = {"order"},
     .clarify = {{"burritos de carne asada", {"Carne Asada Burrito"}, .how_many = true}}},
    /* in another language, what has "not yet" come is an order placed before, and the
     * hours the place opens are no dish asked for: both other, whatever dish they name */
    {.text = "Hallo, unsere Tacos sind noch nicht da",
     .category = "other",
     .status = "review",
     .intents = {"other"},
     .language = "de"},
    {.text = "Buenas, ¿el domingo abren temprano?",
     .category = "other",
     .status = "review",
     .intents = {"other"},
     .language = "es"},
    /* as many pictures of a dish as the "x" count just before them draw the dish counted:
     * the picture's word joins its name ("carnitas" alone is a taco or a bowl), the count
     * stands */
    {.text = "carnitas x2 🌮🌮 + 1 horchata",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Carnitas Taco", .qty = 2}, {.name = "Horchata", .qty = 1}}},
    /* asking whether one can order a dish for a later day asks what the place does, as
     * "can I order for tomorrow?" does: an inquiry, no order */
    {.text = "could we order 30 churros for friday?",
     .category = "inquiry",
     .status = "answered",
     .intents = {"inquiry"}},
    /* a name heard and written as three words the menu reads as nothing, where a dish is
     * named, is the one word they sound like together */
    {.text = "could i get 2 kaysa beer ia tacos pls",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Quesabirria Taco", .qty = 2}}},
    /* what became of a dish ("spilled", "stole") before it is told, not asked for */
    {.text = "omg my little brother spilled his horchata everywhere lol",
     .category = "other",
     .status = "logged",
     .intents = {"other"}},
    /* "whatever the <words> one is," then a kind of dish: the one dish of that kind the
     * words describe, as "in a bowl" would say */
    {.text = "whatever the chicken one is, bowl. plus 2 horchatas",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Pollo Asado Bowl", .qty = 1}, {.name = "Horchata", .qty = 2}}},
    /* "anyway" mid-sentence turns from a complaint to a new request: a clause of its own */
    {.text = "the chips were stale last night anyway can we get 2 carnitas tacos",
     .category = "order",
     .status = "accepted",
     .intents = {"other", "order"},
     .items = {{.name = "Carnitas Taco", .qty = 2}}},
    /* a dish named for someone, then asked about: the dish is ordered, not only a topic */
    {.text = "chicken tinga burrito for my daughter, is it spicy?",
     .category = "order",
     .status = "accepted",
     .intents = {"order", "inquiry"},
     .items = {{.name = "Chicken Tinga Burrito", .qty = 1}}},
    /* a change "on half of them" splits an even count in two, one half taking it */
    {.text = "4 carnitas tacos, no cilantro on half of them",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Carnitas Taco", .qty = 2},
               {.name = "Carnitas Taco", .qty = 2, .mods = {"no cilantro"}}}},
    /* "sum", as texts spell "some", is no count: how many is asked */
    {.text = "can i get sum churros and a horchata",
     .category = "order",
     .status = "review",
     .intents = {"order"},
     .items = {{.name = "Horchata", .qty = 1}},
     .clarify = {{"churros", {"Churros"}, .how_many = true}}},
    /* a last letter struck twice ("tacoss") is the menu word without the repeat */
    {.text = "3 carnitas tacoss and a flan",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Carnitas Taco", .qty = 3}, {.name = "Flan", .qty = 1}}},
    /* "hold the <food> on one": "one" after "on" counts the dishes the change is for, not
     * a dish described by that food */
    {.text = "2 carnitas tacos, hold the onion on one",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Carnitas Taco", .qty = 1},
               {.name = "Carnitas Taco", .qty = 1, .mods = {"no onion"}}}},
    /* "happy <occasion>" wishes well, however foreign the occasion's words: no dish */
    {.text = "happy cinco de mayo to the whole crew",
     .category = "other",
     .status = "logged",
     .intents = {"other"}},
    /* "those <words> ones" points at the dish described, as "the <words> one" does */
    {.text = "2 of those hibiscus ones please",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Jamaica Agua Fresca", .qty = 2}}},
    /* a short word two edits from a menu word is no misspelling of it: a dish the menu
     * lacks, declined, not asked back */
    {.text = "can we get 3 sopes",
     .category = "order",
     .status = "rejected",
     .intents = {"order"},
     .unknown = {"sopes"}},
    /* "X instead of <one word>": the bare side gets back the head noun the other side
     * holds, where the menu names the two together ("pinto beans") */
    {.text = "carnitas bowl, pinto instead of black beans",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Carnitas Bowl",
                .qty = 1,
                .mods = {"pinto beans instead of black beans"}}}},
    /* the head noun may stand first, as in a Spanish name, and "the" before the bare side
     * points back at it: "salsa roja" */
    {.text = "one chicken tinga burrito with salsa verde instead of the roja",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Chicken Tinga Burrito",
                .qty = 1,
                .mods = {"salsa verde instead of salsa roja"}}}},
    /* a relative clause after a dish described ("that come w ...") describes it further */
    {.text = "3 of the hibiscus ones that come w lime",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Jamaica Agua Fresca", .qty = 3}}},
    /* after a question about ordering ahead, a hedged amount ("like 25 tacos") sketches the
     * order asked about: part of the question, nothing asked for yet */
    {.text = "can we order for friday? like 25 tacos",
     .category = "inquiry",
     .status = "answered",
     .intents = {"inquiry"}},
    /* a range of counts after a dish ("churros, maybe 2 or 3") is no count: how many is asked */
    {.text = "churros, maybe 2 or 3, and a horchata",
     .category = "order",
     .status = "review",
     .intents = {"order"},
     .items = {{.name = "Horchata", .qty = 1}},
     .clarify = {{"churros", {"Churros"}, .how_many = true}}},
    /* a count after a dish with a unit of serving ("flan, 3 orders") counts the dish, as
     * "3 orders of flan" does */
    {.text = "flan, 3 orders and a horchata",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Flan", .qty = 3}, {.name = "Horchata", .qty = 1}}},
    /* "w/" texted for "with" opens what the dish pointed at holds, as "with" does */
    {.text = "a horchata and the burrito w/ the french fries inside",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Horchata", .qty = 1}, {.name = "California Burrito", .qty = 1}}},
    /* "no pressure", "no worries", like "no rush", ease the order: no change of the dish */
    {.text = "3 carnitas tacos and a flan, no pressure",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Carnitas Taco", .qty = 3}, {.name = "Flan", .qty = 1}}},
    /* another cuisine's dish in a list, two unknown words joined by its own short word ("de"),
     * is one dish the menu lacks, declined whole: never dropped */
    {.text = "2 carnitas tacos and a pambazo de papa",
     .category = "order",
     .status = "rejected",
     .intents = {"order"},
     .items = {{.name = "Carnitas Taco", .qty = 2}},
     .unknown = {"pambazo de papa"}},
    /* "em", how "them" is texted, after "make" leads a change of the dishes before it */
    {.text = "two chicken tinga burritos n make em spicy",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Chicken Tinga Burrito", .qty = 2, .mods = {"spicy"}}}},
    /* a word said again after "and" ("chicken burrito and chicken bowl") starts a second
     * dish: no name joins a word to itself */
    {.text = "a chicken burrito and chicken bowl pls",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Chicken Tinga Burrito", .qty = 1},
               {.name = "Pollo Asado Bowl", .qty = 1}}},
    /* "r", how "are" is texted, after a dish named is a verb of a remark on it, no order */
    {.text = "lol ur elote r so good",
     .category = "other",
     .status = "logged",
     .intents = {"other"}},
    /* "what is the best ..." asks for a pick of the menu: "best" there praises nothing */
    {.text = "honestly what is the best thing u make",
     .category = "inquiry",
     .status = "answered",
     .intents = {"inquiry"}},
    /* a count said again in words in parentheses ("2 (two)") counts the dish after it, as a
     * form writes it out; it is no count of the dish before */
    {.text = "a flan, 2 (two) horchatas",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Flan", .qty = 1}, {.name = "Horchata", .qty = 2}}},
    /* "plus" after "two each of A and B" adds a dish on its own: the count of "each" stops */
    {.text = "two each of flan and churros plus horchata",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Flan", .qty = 2},
               {.name = "Churros", .qty = 2},
               {.name = "Horchata", .qty = 1}}},
    /* a change in parentheses after a diet ("vegan (without the cotija)") spells out how the
     * dish is made so: the change is kept, the diet was only its reason */
    {.text = "2 roasted veggie bowls, vegan (without the cotija)",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Roasted Veggie Bowl", .qty = 2, .mods = {"no cotija"}}}},
    /* "tortilla of corn": a change the menu writes the other way round ("corn tortilla"), as
     * a customer whose own language puts the noun first writes it, is read in the menu's order */
    {.text = "a baja fish taco in tortilla of corn",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Baja Fish Taco", .qty = 1, .mods = {"corn tortilla"}}}},
    /* a word no dictionary holds right after a count is a dish, not a misspelt count: "one
     * sope" is no "one some", and the sope is declined, never dropped */
    {.text = "one sope and a horchata",
     .category = "order",
     .status = "rejected",
     .intents = {"order"},
     .items = {{.name = "Horchata", .qty = 1}},
     .unknown = {"sope"}},
    /* a word of the cuisine no dictionary holds before a kind of dish ("suadero burritos")
     * names a dish the menu lacks: declined, not one of the burritos to ask about */
    {.text = "2 suadero burritos and a flan",
     .category = "order",
     .status = "rejected",
     .intents = {"order"},
     .items = {{.name = "Flan", .qty = 1}},
     .unknown = {"suadero burritos"}},
    /* a kind of food ("beef") names every dish whose description holds a food of that kind:
     * the Quesabirria's birria and the Carne Asada's steak are both beef, so asked back */
    {.text = "2 beef tacos and a horchata",
     .category = "order",
     .status = "review",
     .intents = {"order"},
     .items = {{.name = "Horchata", .qty = 1}},
     .clarify = {{"beef tacos", {"Carne Asada Taco", "Quesabirria Taco"}}}},
    /* a food, "and", then the food that names one item ("steak and fries burrito"): the pair
     * names that item when it holds both (its carne asada is the menu's steak) */
    {.text = "2 steak and fries burritos and a flan",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "California Burrito", .qty = 2}, {.name = "Flan", .qty = 1}}},
    /* the owner, a fundraiser: business with the restaurant, not a question about the menu */
    {.text = "is the owner there? fundraiser for my kid's team",
     .category = "other",
     .status = "logged",
     .intents = {"other"}},
    /* "w/" and an article before a dish ("w/ a soda") is "with a": another thing ordered
     * beside the dish, read as one (here asked back), never a change of the dish */
    {.text = "a carne asada burrito w/ a soda pls",
     .category = "order",
     .status = "review",
     .intents = {"order"},
     .items = {{.name = "Carne Asada Burrito", .qty = 1}},
     .clarify = {{"soda", {"Jarritos Mandarin", "Jarritos Tamarind"}}}},
    /* only Spanish around the menu's names: a greeting, "y" joining the dishes and "por
     * favor" make a Spanish order, asked back in the customer's language */
    {.text = "hola, 3 carnitas tacos y 2 horchatas por favor",
     .category = "order",
     .status = "review",
     .intents = {"order"},
     .language = "es"},
    /* two dishes joined by "or" are a choice not yet made: one question of both, neither
     * ordered */
    {.text = "hmm the carnitas bowl... or perhaps a carne asada burrito",
     .category = "order",
     .status = "review",
     .intents = {"order"},
     .clarify = {{"carnitas bowl or carne asada burrito",
                  {"Carne Asada Burrito", "Carnitas Bowl"}}}},
    /* a soup of the cuisine the menu lacks ("posole") is food: asked about in Spanish, the
     * question is about the menu, not business with the restaurant */
    {.text = "tienen posole los sabados?",
     .category = "inquiry",
     .status = "review",
     .intents = {"inquiry"},
     .language = "es"},
    /* a dish after "about" ("raving about ur churros") is talked about, the reason for the
     * order; the request after it ("2 orders of churros") is the order */
    {.text = "my brother keeps raving about ur churros so i have to try them, can i get 2 orders "
             "of churros?",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Churros", .qty = 2}}},
    /* a word the customer calls the staff by ("dude", "bro") is no change of the dish before
     * it, nor a misspelt one ("rude") */
    {.text = "3 carnitas tacos and a flan dude",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Carnitas Taco", .qty = 3}, {.name = "Flan", .qty = 1}}},
    /* in brackets after a change, a subject and its verb ("shes picky") tells why: the
     * reason of the change, no change of its own */
    {.text = "2 carnitas bowls no lettuce (shes picky)",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Carnitas Bowl", .qty = 2, .mods = {"no lettuce"}}}},
    /* a part of the dish joined by "and" to a change before it ("no onions and guac on the
     * side") is one more change of that dish, not a side ordered */
    {.text = "a california burrito no onions and guac on the side",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "California Burrito",
                .qty = 1,
                .mods = {"no onions", "guacamole on the side"}}}},
    /* after a dish, "can you do X instead of Y" with Y a part of it, no dish, asks for the
     * swap as a change of that dish, neither a thing off the menu nor a question */
    {.text = "2 carnitas tacos but can you do flour tortillas instead of corn?",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Carnitas Taco",
                .qty = 2,
                .mods = {"flour tortillas instead of corn tortillas"}}}},
    /* "the X thing" where several descriptions hold X is the dish whose description opens
     * with X as what it is, under a name of its own: street corn is the Elote, not the
     * tacos on corn tortillas */
    {.text = "2 of the corn thing",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Elote", .qty = 2}}},
    /* an apology after the dishes ("sorry!!") is a pleasantry, no change of the dish */
    {.text = "make that 4 pastor tacos, sorry!!",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Al Pastor Taco", .qty = 4}}},
    /* "to order #N" says which order a dish is added to, by its number: no change */
    {.text = "can i add a flan to order #4471?",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Flan", .qty = 1}}},
    /* "inside" after a change says where it goes, in the dish: "extra fries" */
    {.text = "a california burrito, extra fries inside",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "California Burrito", .qty = 1, .mods = {"extra fries"}}}},
    /* words after a dish that end in the preposition a relative clause strands ("... is
     * talking about") say which dish is meant, no change of it */
    {.text = "that california burrito my cousin keeps talking about",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "California Burrito", .qty = 1}}},
    /* a change "on either" after two dishes is each one's, as "on both" is */
    {.text = "chicken tinga burrito and kids chicken taquitos, no sour cream on either",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Chicken Tinga Burrito", .qty = 1, .mods = {"no sour cream"}},
               {.name = "Kids Chicken Taquitos", .qty = 1, .mods = {"no sour cream"}}}},
    /* a bare part joined by "and" to one "on the side" is on the side too, even a part the
     * dish comes with ("with onion and cilantro on the side") */
    {.text = "a carnitas taco with onion and cilantro on the side",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Carnitas Taco",
                .qty = 1,
                .mods = {"onion on the side", "cilantro on the side"}}}},
    /* after "all", a change joined by "and"/"&" to the first is every dish's as well */
    {.text = "asada taco, pastor taco, all no onion and extra salsa",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Carne Asada Taco", .qty = 1, .mods = {"no onions", "extra salsa"}},
               {.name = "Al Pastor Taco", .qty = 1, .mods = {"no onions", "extra salsa"}}}},
    /* Portuguese thanks with a past "estava" and "tudo" (its grammar words) is Portuguese */
    {.text = "obrigado, estava tudo otimo!",
     .category = "other",
     .status = "review",
     .intents = {"other"},
     .language = "pt"},
    /* a diet in brackets after a change ("no cotija (vegan)") says why: neither "no vegan"
     * nor a change of its own */
    {.text = "veggie bowl no cotija (vegan pls)",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Roasted Veggie Bowl", .qty = 1, .mods = {"no cotija"}}}},
    /* "on the side for all" closing the dishes: the change is every dish's */
    {.text = "kids quesadilla x2 and a kids taquitos, sour cream on the side for all",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Kids Quesadilla", .qty = 2, .mods = {"sour cream on the side"}},
               {.name = "Kids Chicken Taquitos", .qty = 1, .mods = {"sour cream on the side"}}}},
    /* "since" (or "ever since") after a dish says since when or why, no change of it */
    {.text = "been craving ur al pastor ever since my roommate brought some home. so 3 of those",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Al Pastor Taco", .qty = 3}}},
    /* "af" after a change only says "very": "spicy af" is "spicy" */
    {.text = "a tinga burrito, make it spicy af",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Chicken Tinga Burrito", .qty = 1, .mods = {"spicy"}}}},
    /* "cancel the X" of a dish named nowhere before takes it off an earlier order (other),
     * and "add ..." after the comma is the request */
    {.text = "cancel the flan, add 2 churros instead",
     .category = "order",
     .status = "accepted",
     .intents = {"other", "order"},
     .items = {{.name = "Churros", .qty = 2}}},
    /* "X added" with no label of its own is written "add X", as the change is said */
    {.text = "a bean and cheese burrito with rice added",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Bean and Cheese Burrito", .qty = 1, .mods = {"add rice"}}}},
    /* a bracket after a change that opens with "its for" says who the dish is for and why,
     * comma and all: no change of its own */
    {.text = "a carnitas bowl, no sour cream (its for my kid, hes picky!!)",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Carnitas Bowl", .qty = 1, .mods = {"no sour cream"}}}},
    /* in a swap, what goes is what the dish holds, by the menu's glossary too: the
     * California Burrito's carne asada is steak */
    {.text = "1 california burrito sub chicken for the steak",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "California Burrito", .qty = 1, .mods = {"chicken instead of steak"}}}},
    /* "w/" and an article before a name cut short to one dish ("the veggie bowl") orders that
     * dish beside the first, as a whole name after "with" does; no change of the drink */
    {.text = "3 cokes w/ the veggie bowl",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Mexican Coca-Cola", .qty = 3}, {.name = "Roasted Veggie Bowl", .qty = 1}}},
    /* a count before "w/" stands alone as "with" lets it: it points back at the dish asked
     * about ("... ill take 2 w/ ...") */
    {.text = "does the mexican coke come cold? ill take 2 w/ the veggie bowl",
     .category = "order",
     .status = "accepted",
     .intents = {"inquiry", "order"},
     .items = {{.name = "Mexican Coca-Cola", .qty = 2}, {.name = "Roasted Veggie Bowl", .qty = 1}}},
    /* a swap of one dish for another with no dish before it in the message changes an
     * earlier order: the dish after "for" is asked for, the one given up is not */
    {.text = "can i sub the horchata for 2 churros",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Churros", .qty = 2}}},
    /* words of manner before "one" ("the spicy one") narrow no dish: what follows "w" picks
     * the dish from the whole menu, and "3 of em" counts it */
    {.text = "the spicy one w pineapple, 3 of em",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Al Pastor Taco", .qty = 3}}},
    /* in another language, after an order, a question of how long it takes is another
     * matter (pickup), not about the menu */
    {.text = "Quisiera tres tacos de carnitas para llevar. ¿Cuánto demora?",
     .category = "order",
     .status = "review",
     .intents = {"order", "other"},
     .language = "es"},
    /* in another language, a question of how hot a dish is asks about the menu, as a diet or
     * a price does, though it names no dish */
    {.text = "qual e o mais picante?",
     .category = "inquiry",
     .status = "review",
     .intents = {"inquiry"},
     .language = "pt"},
    /* "the", words of how a dish is and "one", sent with "please", asks for a dish the words
     * do not pick: asked back, never read as a question about spice nor dropped */
    {.text = "the spicy one please",
     .category = "order",
     .status = "review",
     .intents = {"order"},
     .clarify = {{"spicy one", {"Grilled Veggie Taco", "Horchata"}}}},
    /* a reason ("allergic to dairy") followed by "so no ..." is spelt out by those removals:
     * the reason adds no change of its own */
    {.text = "1 bean and cheese burrito, allergic to nuts so no salsa",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Bean and Cheese Burrito", .qty = 1, .mods = {"no salsa"}}}},
    /* an order placed before, then a counted dish to add to it: the past and the pickup
     * are the first part's, they only say which order; the dishes after the comma are asked
     * for */
    {.text = "Hi, I ordered online for pickup at 6 under Kim, can I add 2 horchatas to it?",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Horchata", .qty = 2}}},
    /* an order placed before, told with its pickup or delivery, then one dish to add to it:
     * the words of delivery only say which order, the dish is asked for */
    {.text = "I made an order for delivery earlier - can I add a horchata to it?",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Horchata", .qty = 1}}},
    {.text = "can i order for saturday? big family thing like 40 tacos",
     .category = "inquiry",
     .status = "answered",
     .intents = {"inquiry"}},
    /* a list of counted words that each name several dishes, closed by a dish named whole:
     * the list shares the last dish's head noun, so each word is the one dish of that head */
    {.text = "two carnitas, one pastor and a fish taco please",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Carnitas Taco", .qty = 2},
               {.name = "Al Pastor Taco", .qty = 1},
               {.name = "Baja Fish Taco", .qty = 1}}},
    /* "make the" and words naming a kind, then a count that ends the phrase: the count of the
     * dish of that kind asked for before, no change of it and no dish asked back */
    {.text = "10 fish tacos and 12 carnitas tacos, no wait make the carnitas 8",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Baja Fish Taco", .qty = 10}, {.name = "Carnitas Taco", .qty = 8}}},
    /* a change closed by "on any of them" is every dish's, as "on all of them" is */
    {.text = "2 carnitas tacos and a fish taco, extra lime on any of them",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Carnitas Taco", .qty = 2, .mods = {"extra lime"}},
               {.name = "Baja Fish Taco", .qty = 1, .mods = {"extra lime"}}}},
    /* "make N of the X a Y": N of the dish X named before become Y; X's words name no dish of
     * their own, and Y given as a kind is the one of the section X's dish is in */
    {.text = "2 fish tacos and 2 pastor tacos. make one of the pastor a carnitas",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Baja Fish Taco", .qty = 2},
               {.name = "Al Pastor Taco", .qty = 1},
               {.name = "Carnitas Taco", .qty = 1}}},
    /* an English word right after the wanting, no article nor count before it, is the
     * wanting's verb ("wanna come"), not a dish misspelt ("coke") to ask back */
    {.text = "me and my sister wanna come over after work",
     .category = "other",
     .status = "logged",
     .intents = {"other"}},
    /* after a question of another matter, a clause whose dishes all have a guessed count
     * ("about 20") only sketches what is asked about: no order */
    {.text = "how far ahead should we call for a party? probably about 20 burritos",
     .category = "other",
     .status = "logged",
     .intents = {"other"}},
    /* a clause closed by "just kidding" / "jk", with a clause after it, asked in jest: its
     * dishes are taken back, the clause after asks anew */
    {.text = "5 flans and a tres leches cake haha just kidding! 2 churros please",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Churros", .qty = 2}}},
    /* a wanting whose object is knowing ("need to know whether"), no count: a question
     * about the dish it names, no order of it */
    {.text = "we need to know whether the flan has eggs in it",
     .category = "inquiry",
     .status = "answered",
     .intents = {"inquiry"}},
    /* so in another language: "saber si" after the verb of wanting asks */
    {.text = "Quisiera saber si los churros llevan canela",
     .category = "inquiry",
     .status = "review",
     .intents = {"inquiry"},
     .language = "es"},
    /* a removal ("no pinto beans"), a comma, then words ending in the same noun, uncounted:
     * what goes in the removed part's place, a swap of the dish, no dish of their own */
    {.text = "1 bean and cheese burrito, no pinto beans, black beans",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Bean and Cheese Burrito",
                .qty = 1,
                .mods = {"black beans instead of pinto beans"}}}},
    /* in another language, an order, then a sentence asked about the menu with no verb of
     * wanting of its own: the order and a question */
    {.text = "Quiero dos churros y un flan. ¿Cuánto cuesta el flan?",
     .category = "order",
     .status = "review",
     .intents = {"order", "inquiry"},
     .language = "es"},
    /* a short Spanish greeting of the time of day ("buenas noches") is Spanish: the part of
     * the day is the language's evidence too, as the hours a place keeps ("abren") are */
    {.text = "buenas noches",
     .category = "other",
     .status = "review",
     .intents = {"other"},
     .language = "es"},
    /* a diet, then in brackets "hold the ..." spelling it out: the removal is the change,
     * the diet only its reason, as with "no" */
    {.text = "a carnitas bowl made vegan (hold the cotija)",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Carnitas Bowl", .qty = 1, .mods = {"no cotija"}}}},
    /* a removal by a word no dictionary knows that, in the dish's description, opens a name
     * joined by "de" is that name clipped: written whole */
    {.text = "2 fish tacos no pico",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Baja Fish Taco", .qty = 2, .mods = {"no pico de gallo"}}}},
    /* a swap of one word for another names the part by the food noun the dish's description
     * puts after the word swapped out, where the menu says the new word with it too */
    {.text = "2 carnitas tacos, flour instead of corn",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Carnitas Taco", .qty = 2, .mods = {"flour tortilla instead of corn"}}}},
    /* "leave X off the dish": a removal of X from the dish named after it; "them" / "it"
     * stands for what the customer said they are allergic to before */
    {.text = "allergic to onions, could you leave them off the carnitas taco",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Carnitas Taco", .qty = 1, .mods = {"no onions"}}}},
    /* a kind described by what it comes with: the menu's consomé is a soup, and "for" and
     * what it is for say nothing against the dish */
    {.text = "can i get the taco that comes with soup for dipping and a horchata",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Quesabirria Taco", .qty = 1}, {.name = "Horchata", .qty = 1}}},
    /* a part said in two words the dish's description writes with a hyphenated first one
     * ("cilantro rice", "cilantro-lime rice") is written as the menu writes it */
    {.text = "a pollo asado bowl with no cilantro rice",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Pollo Asado Bowl", .qty = 1, .mods = {"no cilantro-lime rice"}}}},
    /* whom a dish is for ("for the kids") stands between it and the list separator: a thing
     * no lexicon knows after it is still a thing of the list, so not offered */
    {.text = "4 al pastor tacos for the kids and a jug of tepache",
     .category = "order",
     .status = "rejected",
     .intents = {"order"},
     .items = {{.name = "Al Pastor Taco", .qty = 4}},
     .unknown = {"tepache"}},
    /* "a dozen" is a count said, not an article's one */
    {.text = "a dozen churros for the office lunch, would that be doable?",
     .category = "order",
     .status = "accepted",
     .intents = {"order", "inquiry"},
     .items = {{.name = "Churros", .qty = 12}}},
    /* a kind of dish, of one word or more, with a filling right after "with" that none of its
     * dishes holds is a dish the menu lacks, named filling first; "extra" before the filling
     * changes a dish of the kind */
    {.text = "could i get a burrito bowl with tofu please",
     .category = "order",
     .status = "rejected",
     .intents = {"order"},
     .unknown = {"tofu burrito bowl"}},
    {.text = "a taco with the shrimp",
     .category = "order",
     .status = "rejected",
     .intents = {"order"},
     .unknown = {"shrimp taco"}},
    /* a kind of dish with one word after "with" that only one of its dishes' descriptions
     * holds is that dish, as the word before the kind would pick it; a part of a dish bare
     * after it and a comma, "on the side", is its change even while the kind is not yet
     * picked */
    {.text = "one bowl with pork, salsa on the side",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Carnitas Bowl", .qty = 1, .mods = {"salsa on the side"}}}},
    {.text = "2 bowls w/ chicken",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Pollo Asado Bowl", .qty = 2}}},
    /* "one of everything" after a list whose dishes are one each sums the list up, in the
     * same line or in brackets of its own, a softening word after it or not */
    {.text = "1 horchata, 1 carnitas taco, 1 veggie taco, 1 flan, one of everything lol",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Horchata", .qty = 1},
               {.name = "Carnitas Taco", .qty = 1},
               {.name = "Grilled Veggie Taco", .qty = 1},
               {.name = "Flan", .qty = 1}}},
    {.text = "1 carnitas taco\n1 flan\n(one of everything really)",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Carnitas Taco", .qty = 1}, {.name = "Flan", .qty = 1}}},
    /* a Mexican dish the taqueria does not make, sent alone by its name, is an order of
     * something not offered (the food lexicon knows the cuisine's dishes) */
    {.text = "flautas",
     .category = "order",
     .status = "rejected",
     .intents = {"order"},
     .unknown = {"flautas"}},
    /* "xtra spicy" is the change "extra spicy", not a question about heat, before a dish the
     * taqueria does not make */
    {.text = "xtra spicy chicken enchiladas",
     .category = "order",
     .status = "rejected",
     .intents = {"order"},
     .unknown = {"chicken enchiladas"}},
    /* words of one item ending in what its description says first it is name that item,
     * though its description puts another word between them ("orange" of "mandarin orange
     * soda") */
    {.text = "3 carnitas tacos and 2 mandarin sodas",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Carnitas Taco", .qty = 3}, {.name = "Jarritos Mandarin", .qty = 2}}},
    /* two dishes offered as "A or B", then a request pointing back with "that one" without
     * naming either: the choice is not made, so it is asked back, not the last one taken */
    {.text = "which is better, the flan or the churros? ill get that one and an elote",
     .category = "order",
     .status = "review",
     .intents = {"inquiry", "order"},
     .items = {{.name = "Elote", .qty = 1}},
     .clarify = {{.phrase = "flan or churros", .candidates = {"Churros", "Flan"}}}},
    /* a pair "each want"-ing counts the dishes they want, not the one the speaker, named as
     * another subject after them, asks for */
    {.text = "the twins each want a carnitas taco, and me, i just want the flan",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Carnitas Taco", .qty = 2}, {.name = "Flan", .qty = 1}}},
    /* "extra" before things of the table that name no dish (napkins, forks) is asked for the
     * bag: no change of the dish before it */
    {.text = "2 churros, extra spoons and napkins please",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Churros", .qty = 2}}},
    /* the Spanish word for pork is a food the customer asks about avoiding: a question of
     * the menu, not chat */
    {.text = "you guys got anything sin cerdo? asking for my wife",
     .category = "inquiry",
     .status = "answered",
     .intents = {"inquiry"}},
    /* a question in another language that names the menu itself asks about the menu, as
     * "do you have a kids menu?" does */
    {.text = "¿Hay menú del día?",
     .category = "inquiry",
     .status = "review",
     .intents = {"inquiry"},
     .language = "es"},
    /* a wish ("happy ...", "feliz ...") names an occasion: a food word in its name and a
     * dish's picture after its exclamation (other pictures between) ask for nothing */
    {.text = "happy national mayo day!! 🎉🌯",
     .category = "other",
     .status = "logged",
     .intents = {"other"}},
    /* a counted kind of dish, then "mix of" kinds joined by "and": how many of each is not
     * said, so the kind is asked back among those, none ordered on its own */
    {.text = "8 tacos, mix of carnitas and fish",
     .category = "order",
     .status = "review",
     .intents = {"order"},
     .clarify = {{.phrase = "tacos", .candidates = {"Baja Fish Taco", "Carnitas Taco"}}}},
    /* more of a part asked by the first word of its name, which the dish's description
     * joins with "de" to more of it, is written as the description names it */
    {.text = "3 fish tacos with extra pico",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Baja Fish Taco", .qty = 3, .mods = {"extra pico de gallo"}}}},
    /* "con", the "with" of Spanish mixed into an English order, leads a change as "with"
     * does and is no part of it */
    {.text = "3 carnitas tacos con extra salsa verde",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Carnitas Taco", .qty = 3, .mods = {"extra salsa verde"}}}},
    /* a size before a unit of serving ("a large order of", "2 small cups of") is the size of
     * the dish after the unit */
    {.text = "2 small cups of horchata and a carnitas taco",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Horchata", .qty = 2, .mods = {"small"}},
               {.name = "Carnitas Taco", .qty = 1}}},
    /* an adjective before a dish that judges it (no size, no change the understanding
     * knows, no word of its description) is what the customer thinks of it, no change */
    {.text = "gimme an authentic al pastor taco and a horchata",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Al Pastor Taco", .qty = 1}, {.name = "Horchata", .qty = 1}}},
    /* "on the side" right after a whole dish of the menu says the dish is served as a side:
     * no change of it */
    {.text = "a carnitas bowl, and refried beans on the side",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Carnitas Bowl", .qty = 1}, {.name = "Refried Beans", .qty = 1}}},
    /* a wish for a day in another language ("¡feliz ...!") is a pleasantry, as greetings
     * and thanks are, and a dish's picture after its exclamation decorates it */
    {.text = "¡Feliz Navidad amigos! 🎄🌯",
     .category = "other",
     .status = "review",
     .intents = {"other"},
     .language = "es"},
    /* "that one" alone after a choice asked about points at the choice: asked back, not lost
     * for a word ("one") that names no dish */
    {.text = "the elote or the churros, which is better? ill get that one",
     .category = "order",
     .status = "review",
     .intents = {"inquiry", "order"},
     .clarify = {{.phrase = "elote or churros", .candidates = {"Elote", "Churros"}}}},
    /* things of the table after two lead words ("add extra") change no dish either */
    {.text = "a flan, and add extra spoons",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Flan", .qty = 1}}},
    /* the chat spellings of a conjunction ("tho", "altho") are words of the language, no
     * dish the customer asked for */
    {.text = "one carnitas taco pls, tho im wondering if the flan has eggs?",
     .category = "order",
     .status = "accepted",
     .intents = {"order", "inquiry"},
     .items = {{.name = "Carnitas Taco", .qty = 1}}},
    /* a menu word split in two is read joined in its plural too, the plural's singular being
     * the word ("quesa birrias") */
    {.text = "3 quesa birrias and a coke",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Quesabirria Taco", .qty = 3}, {.name = "Mexican Coca-Cola", .qty = 1}}},
    /* a dish named again bare with a change, opening a parenthesis right after it was
     * counted, is an aside about that dish: the change is for all of it, none is added */
    {.text = "a horchata and 2 fish tacos (fish with extra crema)",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Horchata", .qty = 1},
               {.name = "Baja Fish Taco", .qty = 2, .mods = {"extra crema"}}}},
    /* a change's words in another language are written in English where the menu writes
     * them so and not in that language, as the labels write changes */
    {.text = "a carne asada burrito sin frijoles and a horchata",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Carne Asada Burrito", .qty = 1, .mods = {"no beans"}},
               {.name = "Horchata", .qty = 1}}},
    /* "the X one with Y": where no dish holding X by name holds Y, the one dish of the menu
     * that holds Y and, through the menu's names, X is the dish pointed at */
    {.text = "a horchata and the steak one with the french fries inside",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Horchata", .qty = 1}, {.name = "California Burrito", .qty = 1}}},
    /* a few words pointing back at the dish asked about, between two questions of it, say
     * why the customer asks: no other matter */
    {.text = "is the elote spicy? never tried one, does it have cheese",
     .category = "inquiry",
     .status = "answered",
     .intents = {"inquiry"}},
    /* a dish named after a denied tasting ("never even tried the horchata") is no report of
     * what came: it only says why the customer asks */
    {.text = "is it sweet or more like cinnamon milk?? i never even tried the horchata",
     .category = "inquiry",
     .status = "answered",
     .intents = {"inquiry"}},
    /* "on" and one bare word the menu puts before the base a dish is served on, where the
     * dish has another, swaps the base: the change names it whole */
    {.text = "2 carnitas tacos on flour please",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Carnitas Taco", .qty = 2, .mods = {"flour tortilla"}}}},
    /* a picture of an occasion alone at the end, right after words, decorates what they
     * asked for: no dish of its own */
    {.text = "2 flans for the party 🎂",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Flan", .qty = 2}}},
    /* a kind of dish said once is carried down a list, not into a request of its own that
     * follows the join ("my son wants the ..."): there the dish is asked back */
    {.text = "a carnitas bowl, my son wants the veggie",
     .category = "order",
     .status = "review",
     .intents = {"order"},
     .items = {{.name = "Carnitas Bowl", .qty = 1}},
     .clarify = {{.phrase = "veggie",
                  .candidates = {"Grilled Veggie Taco", "Roasted Veggie Bowl"}}}},
    /* a kind said in the plural is pointed back at with "them": "with X in them" describes
     * the one dish of that kind that holds X, as "with X in it" does */
    {.text = "can we get 4 of the tacos with pineapple in them and a flan",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Al Pastor Taco", .qty = 4}, {.name = "Flan", .qty = 1}}},
    /* "something with" what is in it asks for a dish left open among those that hold it:
     * asked back with them, never dropped; asked about ("do you have ..."), it orders none */
    {.text = "a horchata and something w steak for my husband",
     .category = "order",
     .status = "review",
     .intents = {"order"},
     .items = {{.name = "Horchata", .qty = 1}},
     .clarify = {{.phrase = "something w steak",
                  .candidates = {"Carne Asada Taco", "Carne Asada Burrito"}}}},
    {.text = "do you have something with steak?",
     .category = "inquiry",
     .status = "answered",
     .intents = {"inquiry"}},
    /* "all of them" and a kind, said as a sentence of its own, names the kind of every dish
     * of the list before it; a change "on all of them" after it is every dish's */
    {.text = "3 asada and 2 carnitas. all of them tacos please. extra salsa on all of them",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Carne Asada Taco", .qty = 3, .mods = {"extra salsa"}},
               {.name = "Carnitas Taco", .qty = 2, .mods = {"extra salsa"}}}},
    /* counts written after the dishes and one misspelt article before a name are no
     * sentence of another language: the message stays English */
    {.text = "el pastor tacos 4, horchatas 2",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Al Pastor Taco", .qty = 4}, {.name = "Horchata", .qty = 2}}},
    /* a dish name sounded out syllable by syllable, hyphens between them, is the menu word
     * that sounds so */
    {.text = "could we get three of the kay-sa-beer-ee-ah tacos",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Quesabirria Taco", .qty = 3}}},
    /* a name heard as several words keys as spoken: "kn" is n, so the words together
     * sound as the menu word */
    {.text = "can i get 2 car knee toss bowls",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Carnitas Bowl", .qty = 2}}},
    /* Spanish "gua" is spoken "wa"; a name heard as words after "and" that joins a menu
     * word is the next dish of the list */
    {.text = "churros and chips and wack a mole",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Churros", .qty = 1}, {.name = "Chips and Guacamole", .qty = 1}}},
    /* a Spanish dish name spelt as heard, its "ll" written "y", is the menu word that
     * sounds so */
    {.text = "one kesadiya and 2 churros",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Kids Quesadilla", .qty = 1}, {.name = "Churros", .qty = 2}}},
    /* the number of an order placed before counts nothing and names no dish: what that
     * order came with is told of the past, a complaint, no new order */
    {.text = "hey my order #5120 came with a horchata but i asked for a jamaica",
     .category = "other",
     .status = "logged",
     .intents = {"other"}},
    /* changing a counted dish on the order into another: the new dish takes its count, and
     * where it sits ("on my order") and the order's number name nothing */
    {.text = "could you change the 3 carnitas tacos on my order to al pastor tacos? order 9032",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Al Pastor Taco", .qty = 3}}},
    /* "u" is "you" as texted: "can u add" asks as "can you add" does, and the order told of
     * before it is the request's context */
    {.text = "ordered 10 min ago under Marco, can u add 2 churros?",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Churros", .qty = 2}}},
    /* a verb of changing, a count "of the" dish asked for before, then "to" another: that
     * many of the first become the second */
    {.text = "4 carnitas tacos please. actually switch 2 of the carnitas to al pastor",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Carnitas Taco", .qty = 2}, {.name = "Al Pastor Taco", .qty = 2}}},
    /* "change N of them to Y": that many of the dish asked for before become Y */
    {.text = "3 carne asada tacos. could you change 2 of them to carnitas tacos",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Carne Asada Taco", .qty = 1}, {.name = "Carnitas Taco", .qty = 2}}},
    /* a request after "so" that a story of time and money led up to: a softening word
     * between "could i" and its verb ("could i please grab") keeps it the request it is */
    {.text = "running late and i have maybe 10 min so could i please grab 2 al pastor tacos and a "
             "horchata",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Al Pastor Taco", .qty = 2}, {.name = "Horchata", .qty = 1}}},
    /* after a list of dishes, "could we pay ..." asks how the order is handed over: a
     * question of its own about logistics, not words of the list */
    {.text = "3 al pastor tacos and a horchata, could we pay when we get there?",
     .category = "order",
     .status = "accepted",
     .intents = {"order", "other"},
     .items = {{.name = "Al Pastor Taco", .qty = 3}, {.name = "Horchata", .qty = 1}}},
    /* the same question with its mark left off is still asked: "can we pay ..." after the
     * dishes is no pleasantry to let pass */
    {.text = "2 chicken tinga burritos, can we pay cash at the window",
     .category = "order",
     .status = "accepted",
     .intents = {"order", "other"},
     .items = {{.name = "Chicken Tinga Burrito", .qty = 2}}},
    /* a request run on after a story of time or money with no join ("... on break can i just
     * grab") or after "so lemme get" starts a clause of its own: the story does not drown it */
    {.text = "only got 10 minutes on break can i just grab a carne asada burrito",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Carne Asada Burrito", .qty = 1}}},
    {.text = "ive got 12 dollars on me so lemme get 2 fish tacos",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Baja Fish Taco", .qty = 2}}},
    /* "we'll split" / "we can share" and a dish asks for it, pickup said after it or not */
    {.text = "2 carnitas tacos for me. we'll split the churros. pick up around 6",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Carnitas Taco", .qty = 2}, {.name = "Churros", .qty = 1}}},
    /* "so im getting" and a dish after a story starts the request's clause as "so lemme
     * get" does; the story is its reason, no matter of its own */
    {.text = "we were in on friday and my cousin loved the churros, anyway so im getting the "
             "churros again and a horchata",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Churros", .qty = 1}, {.name = "Horchata", .qty = 1}}},
    /* two softening words between "could i" and its verb keep the request one */
    {.text = "on my lunch break with 20 min so could i please just grab a chicken tinga burrito",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Chicken Tinga Burrito", .qty = 1}}},
    /* a question that a story leads to with "so" is asked in a clause of its own: the dish
     * kind it names is asked about, not ordered */
    {.text = "ive only got like 8 dollars so whats the cheapest taco",
     .category = "inquiry",
     .status = "answered",
     .intents = {"inquiry"}},
    /* after "so", "can i do", "gimme" and "just" a dish ask for it as "can i get" does */
    {.text = "payday is friday so just a bean and cheese burrito for now",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Bean and Cheese Burrito", .qty = 1}}},
    /* "still" between "can i" and its verb softens the request as "just" does */
    {.text = "i know you close soon but could i still grab a pollo asado bowl",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Pollo Asado Bowl", .qty = 1}}},
    /* "another one" or "N more" after a sentence that asked for a dish asks for that many
     * more of it: the count adds to the dish's */
    {.text = "3 carnitas tacos. oh and 2 more for my sister",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Carnitas Taco", .qty = 5}}},
    {.text = "one horchata please. and another one for my kid",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Horchata", .qty = 2}}},
    /* "keep the X" after a removal of X takes the removal back: the dish comes as it is,
     * and the two lines left alike are one line of their total count */
    {.text = "2 chicken tinga burritos, one with no cheese. actually nah keep the cheese on both",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Chicken Tinga Burrito", .qty = 2}}},
    /* "and the X on the side" where X is written in the dish's description (a word of it
     * found in no menu name) is that dish's part served apart, not a dish of its own */
    {.text = "2 pollo asado bowls, no lettuce and the corn salsa on the side",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Pollo Asado Bowl",
                .qty = 2,
                .mods = {"no lettuce", "corn salsa on the side"}}}},
    /* menu words the menu lacks together, one a letter off a word of a dish of that kind
     * ("asada", the Pollo Asado Bowl): which dish is asked back, not declined */
    {.text = "an asada bowl and a horchata",
     .category = "order",
     .status = "review",
     .intents = {"order"},
     .items = {{.name = "Horchata", .qty = 1}},
     .clarify = {{"asada bowl", {"Pollo Asado Bowl"}}}},
    /* a dish, an apology, then "not" and a kind: the kind is what the dish is not, no
     * dish of it asked for */
    {.text = "can i get an al pastor taco. sorry not a burrito",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Al Pastor Taco", .qty = 1}}},
    /* someone else eating one of the dishes counted tells who eats it, no dish more */
    {.text = "3 carnitas tacos please, my daughter will eat one",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Carnitas Taco", .qty = 3}}},
    /* a verdict on a dish eaten before ("slapped") judges it: no dish asked for there, no
     * change of it; the request after names it again */
    {.text = "the horchata slapped last time so 2 horchatas please",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Horchata", .qty = 2}}},
    /* a diet, a word of asking, then the change in brackets: the bracket says the diet
     * precisely, it alone is the change */
    {.text = "a roasted veggie bowl made vegan please (no cotija)",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Roasted Veggie Bowl", .qty = 1, .mods = {"no cotija"}}}},
    /* "just" before a removal asks for little; it is no word of the change */
    {.text = "a carnitas bowl but just hold the cotija",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Carnitas Bowl", .qty = 1, .mods = {"no cotija"}}}},
    /* one word of a name written as two as it sounds ("kaysa birria"): the word before the
     * dish, joined to the next, is the name's word, no change */
    {.text = "three kaysa birria tacos and a horchata",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Quesabirria Taco", .qty = 3}, {.name = "Horchata", .qty = 1}}},
    /* a count heard as another word ("to") before a name whose first word was heard as a
     * word of the language a letter off ("all" for "al"): both are what was said */
    {.text = "could we get to all pastor tacos please",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Al Pastor Taco", .qty = 2}}},
    /* "hold the X and the Y": the article said again repeats the removal's, Y goes too, even a
     * part the dish does not list */
    {.text = "one pollo asado bowl, hold the lettuce and the sour cream thanks",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Pollo Asado Bowl", .qty = 1, .mods = {"no lettuce", "no sour cream"}}}},
    /* a kind of filling alone after "the" ("the pork") points at its dishes as "the pork one"
     * does; "with ..." picks the one of them holding that too */
    {.text = "can i get the pork with pineapple on it and a horchata",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Al Pastor Taco", .qty = 1}, {.name = "Horchata", .qty = 1}}},
    /* a name autocorrected into a word of the language one letter off ("elite") where that
     * letter tells one dish of the whole menu apart: that dish, not a choice asked back */
    {.text = "a horchata and an elite please",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Horchata", .qty = 1}, {.name = "Elote", .qty = 1}}},
    /* a change after "with" belongs to the thing right before it, even one the reading did
     * not name (a name autocorrected into another word), never to the dish before that */
    {.text = "2 carnitas tacos and an elite with no cotija",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Carnitas Taco", .qty = 2},
               {.name = "Elote", .qty = 1, .mods = {"no cotija"}}}},
    /* "wait" that breaks off to forget a dish ("wait forgot to ask for ...") adds to the order; it
     * is no complaint about waiting */
    {.text = "ah wait forgot to ask for 2 horchatas",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Horchata", .qty = 2}}},
    /* a change named in Spanish ("piña") is written as the menu's own word for it */
    {.text = "can i get 3 al pastor tacos with no piña",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Al Pastor Taco", .qty = 3, .mods = {"no pineapple"}}}},
    /* "a dozen" counts twelve though an article opens it: dishes counted so, with only the
     * pickup told around them, are an order, never a remark about pickup */
    {.text = "a dozen carnitas tacos for the office, pickup at noon, name Lee",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Carnitas Taco", .qty = 12}}},
    /* a guess before the whole of "a dozen" ("like a dozen") sketches the order asked
     * about, as "like 25" does: no dishes counted out */
    {.text = "can we order for friday? like a dozen tacos",
     .category = "inquiry",
     .status = "answered",
     .intents = {"inquiry"}},
    /* a count the customer is unsure of ("2 or 3", hedged or not) still counts dishes
     * wanted: an order a person confirms, the count asked back, never one lost as a remark */
    {.text = "maybe 2 or 3 carnitas tacos, we are starving lol",
     .category = "order",
     .status = "review",
     .intents = {"order"},
     .clarify = {{"carnitas tacos", {"Carnitas Taco"}, .how_many = true}},
     .unsure = true},
    /* "grande" after a drink, the Spanish size texts mix in, is "large" */
    {.text = "2 carnitas tacos and one jamaica grande thx",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Carnitas Taco", .qty = 2},
               {.name = "Jamaica Agua Fresca", .qty = 1, .mods = {"large"}}}},
    /* a dish someone "never had" or "never tried", asked for by name later, only tells why the
     * customer orders; "can we do" opens the request, after "so" as at a clause's start */
    {.text = "my brother has never tried proper birria, so can we do 2 quesabirria tacos and a "
             "horchata",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Quesabirria Taco", .qty = 2}, {.name = "Horchata", .qty = 1}}},
    /* food named by no dish for a group counted, right after a question, is what the question
     * is about: no order */
    {.text = "do you guys do party platters? we need food for about 25 people next sunday",
     .category = "other",
     .status = "logged",
     .intents = {"other"}},
    /* an order built from Spanish grammar (two of its verbs, most words its own) stays Spanish
     * with an English tail borrowed after it */
    {.text = "oye me das dos de carnitas y una horchata con hielo, pickup pls",
     .category = "order",
     .status = "review",
     .intents = {"order"},
     .language = "es"},
    /* so is one said of a word the dish's description holds ("the pork" of the al pastor) */
    {.text = "2 al pastor tacos with the pork well done",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Al Pastor Taco", .qty = 2, .mods = {"cooked well done"}}}},
    /* "plzz": a doubled last letter of a chat word is no change of the dish */
    {.text = "2 horchatas plzz",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Horchata", .qty = 2}}},
    {.text = "tacos al pastor x3 sooo bad",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Al Pastor Taco", .qty = 3}}},
    {.text = "a carnival taco *carnitas and a horchata",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Carnitas Taco", .qty = 1}, {.name = "Horchata", .qty = 1}}},
    /* "an" before a count is the "and" it was typed for */
    {.text = "a carnitas bowl an 3 churros",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Carnitas Bowl", .qty = 1}, {.name = "Churros", .qty = 3}}},
    /* an adjective before a kind that one item's description holds picks that item */
    {.text = "3 crispy pork tacos and a horchata",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Carnitas Taco", .qty = 3}, {.name = "Horchata", .qty = 1}}},
    /* a word of a change that is a menu word with its last letter dropped is that word */
    {.text = "a carne asada burrito extra sals roja",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Carne Asada Burrito", .qty = 1, .mods = {"extra salsa roja"}}}},
    /* where on the menu a dish stands points at it, no change of it */
    {.text = "my son wants the cheese quesadilla from the kids menu",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Kids Quesadilla", .qty = 1}}},
    {.text = "a flan off the dessert menu and 2 carnitas tacos",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Flan", .qty = 1}, {.name = "Carnitas Taco", .qty = 2}}},
    /* two words the menu joins with a hyphen are written in the change as the menu does */
    {.text = "a carnitas bowl, black beans instead of the cilantro lime rice",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Carnitas Bowl",
                .qty = 1,
                .mods = {"black beans instead of the cilantro-lime rice"}}}},
    {.text = "roasted veggie bowl w/ extra cilantro lime rice",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Roasted Veggie Bowl", .qty = 1, .mods = {"extra cilantro-lime rice"}}}},
    /* a price checked in brackets with a tag and a question mark asks, beside the order */
    {.text = "3 horchatas (3.75 each right?)",
     .category = "order",
     .status = "accepted",
     .intents = {"order", "inquiry"},
     .items = {{.name = "Horchata", .qty = 3}}},
    {.text = "a carne asada burrito ($12.50 yeah?) and a flan",
     .category = "order",
     .status = "accepted",
     .intents = {"order", "inquiry"},
     .items = {{.name = "Carne Asada Burrito", .qty = 1}, {.name = "Flan", .qty = 1}}},
};

static size_t run_cases(const struct order_case *table, size_t n)
{
    size_t failed = 0;
    for (size_t i = 0; i < n; i++)
        if (!run_case(&table[i]))
            failed++;
    fprintf(stderr, "%zu of %zu cases failed\n", failed, n);
    return failed;
}

int main(void)
{
    fixture_open(&f);
    check_failures += (int)run_cases(cases, sizeof(cases) / sizeof(cases[0]));
    fixture_close(&f);
    setenv("FIXTURE_MENU", "bench/data/taqueria/menu.csv", 1);
    fixture_open(&f);
    check_failures +=
        (int)run_cases(taqueria_cases, sizeof(taqueria_cases) / sizeof(taqueria_cases[0]));
    fixture_close(&f);
    return check_finish("test_order_cases");
}
