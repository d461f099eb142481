/* emoji.c — food and drink emoji as words (see emoji.h). */
#include "gateway/order/emoji.h"

#include <stddef.h>

#include "gateway/order/order_assert.h"

struct emoji_word {
    int32_t cp;
    const char *word;
};

/* Sorted by codepoint (checked on lookup); Unicode's short names as a customer writes them. */
static const struct emoji_word emoji_words[] = {
    {0x2615, "coffee"},
    {0x1F32D, "hot dog"},
    {0x1F32E, "taco"},
    {0x1F32F, "burrito"},
    {0x1F336, "chili"},
    {0x1F33D, "corn"},
    {0x1F344, "mushroom"},
    {0x1F345, "tomato"},
    {0x1F346, "eggplant"},
    {0x1F347, "grapes"},
    {0x1F348, "melon"},
    {0x1F349, "watermelon"},
    {0x1F34A, "orange"},
    {0x1F34B, "lemon"},
    {0x1F34C, "banana"},
    {0x1F34D, "pineapple"},
    {0x1F34E, "apple"},
    {0x1F34F, "apple"},
    {0x1F350, "pear"},
    {0x1F351, "peach"},
    {0x1F352, "cherries"},
    {0x1F353, "strawberry"},
    {0x1F354, "burger"},
    {0x1F355, "pizza"},
    {0x1F356, "meat"},
    {0x1F357, "chicken"},
    {0x1F358, "rice cracker"},
    {0x1F359, "rice ball"},
    {0x1F35A, "rice"},
    {0x1F35B, "curry"},
    {0x1F35C, "noodles"},
    {0x1F35D, "spaghetti"},
    {0x1F35E, "bread"},
    {0x1F35F, "fries"},
    {0x1F360, "sweet potato"},
    {0x1F363, "sushi"},
    {0x1F364, "shrimp"},
    {0x1F366, "ice cream"},
    {0x1F367, "shaved ice"},
    {0x1F368, "ice cream"},
    {0x1F369, "doughnut"},
    {0x1F36A, "cookie"},
    {0x1F36B, "chocolate"},
    {0x1F36C, "candy"},
    {0x1F36D, "lollipop"},
    {0x1F36E, "custard"},
    {0x1F36F, "honey"},
    {0x1F370, "cake"},
    {0x1F371, "bento"},
    {0x1F372, "stew"},
    {0x1F375, "tea"},
    {0x1F376, "sake"},
    {0x1F377, "wine"},
    {0x1F378, "cocktail"},
    {0x1F379, "cocktail"},
    {0x1F37A, "beer"},
    {0x1F37B, "beers"},
    {0x1F37E, "champagne"},
    {0x1F37F, "popcorn"},
    {0x1F382, "cake"},
    {0x1F950, "croissant"},
    {0x1F951, "avocado"},
    {0x1F952, "cucumber"},
    {0x1F953, "bacon"},
    {0x1F954, "potato"},
    {0x1F955, "carrot"},
    {0x1F956, "baguette"},
    {0x1F957, "salad"},
    {0x1F958, "paella"},
    {0x1F959, "wrap"},
    {0x1F95A, "egg"},
    {0x1F95B, "milk"},
    {0x1F95C, "peanuts"},
    {0x1F95D, "kiwi"},
    {0x1F95E, "pancakes"},
    {0x1F95F, "dumpling"},
    {0x1F960, "fortune cookie"},
    {0x1F964, "soda"},
    {0x1F965, "coconut"},
    {0x1F966, "broccoli"},
    {0x1F967, "pie"},
    {0x1F968, "pretzel"},
    {0x1F969, "steak"},
    {0x1F96A, "sandwich"},
    {0x1F96D, "mango"},
    {0x1F96E, "moon cake"},
    {0x1F96F, "bagel"},
    {0x1F9C0, "cheese"},
    {0x1F9C1, "cupcake"},
    {0x1F9C3, "juice"},
    {0x1F9C4, "garlic"},
    {0x1F9C5, "onion"},
    {0x1F9C6, "falafel"},
    {0x1F9C7, "waffle"},
    {0x1F9C8, "butter"},
    {0x1F9CB, "bubble tea"},
    {0x1FAD0, "blueberries"},
    {0x1FAD2, "olive"},
    {0x1FAD3, "flatbread"},
    {0x1FAD4, "tamale"},
    {0x1FAD5, "fondue"},
    {0x1FAD6, "tea"},
};

const char *order_emoji_word(int32_t cp)
{
    size_t lo = 0, hi = sizeof(emoji_words) / sizeof(emoji_words[0]);
    if (cp < emoji_words[0].cp || cp > emoji_words[hi - 1].cp)
        return NULL;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        ORDER_ASSERT(mid == 0 || emoji_words[mid - 1].cp < emoji_words[mid].cp);
        if (emoji_words[mid].cp == cp)
            return emoji_words[mid].word;
        if (emoji_words[mid].cp < cp)
            lo = mid + 1;
        else
            hi = mid;
    }
    return NULL;
}
