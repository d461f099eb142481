/* emoji.c — food and drink emoji as words (see emoji.h). */
#include "gateway/order/emoji.h"

#include <stdbool.h>
#include <stddef.h>
#include <string.h>

#include "gateway/order/order_assert.h"

struct emoji_word {
    int32_t cp;
    const char *word;
    bool dish; /* a dish or drink served whole (🍔, 🥤), not what goes into one (🍓, 🧀) */
};

/* Sorted by codepoint (checked on lookup); Unicode's short names as a customer writes them. */
static const struct emoji_word emoji_words[] = {
    {0x2615, "coffee", true},        {0x1F32D, "hot dog", true},
    {0x1F32E, "taco", true},         {0x1F32F, "burrito", true},
    {0x1F33D, "corn", false},        {0x1F344, "mushroom", false},
    {0x1F345, "tomato", false},      {0x1F346, "eggplant", false},
    {0x1F347, "grapes", false},      {0x1F348, "melon", false},
    {0x1F349, "watermelon", false},  {0x1F34A, "orange", false},
    {0x1F34B, "lemon", false},       {0x1F34C, "banana", false},
    {0x1F34D, "pineapple", false},   {0x1F34E, "apple", false},
    {0x1F34F, "apple", false},       {0x1F350, "pear", false},
    {0x1F351, "peach", false},       {0x1F352, "cherries", false},
    {0x1F353, "strawberry", false},  {0x1F354, "burger", false},
    {0x1F355, "pizza", true},        {0x1F356, "meat", false},
    {0x1F357, "chicken", false},     {0x1F358, "rice cracker", false},
    {0x1F359, "rice ball", true},    {0x1F35A, "rice", false},
    {0x1F35B, "curry", true},        {0x1F35C, "noodles", true},
    {0x1F35D, "spaghetti", true},    {0x1F35E, "bread", false},
    {0x1F35F, "fries", true},        {0x1F360, "sweet potato", false},
    {0x1F363, "sushi", true},        {0x1F364, "shrimp", false},
    {0x1F366, "ice cream", true},    {0x1F367, "shaved ice", true},
    {0x1F368, "ice cream", true},    {0x1F369, "doughnut", true},
    {0x1F36A, "cookie", true},       {0x1F36B, "chocolate", false},
    {0x1F36C, "candy", true},        {0x1F36D, "lollipop", true},
    {0x1F36E, "custard", true},      {0x1F36F, "honey", false},
    {0x1F370, "cake", true},         {0x1F371, "bento", true},
    {0x1F372, "stew", true},         {0x1F375, "tea", true},
    {0x1F376, "sake", true},         {0x1F377, "wine", true},
    {0x1F378, "cocktail", true},     {0x1F379, "cocktail", true},
    {0x1F37A, "beer", true},         {0x1F37B, "beers", true},
    {0x1F37E, "champagne", true},    {0x1F37F, "popcorn", true},
    {0x1F382, "cake", true},         {0x1F950, "croissant", true},
    {0x1F951, "avocado", false},     {0x1F952, "cucumber", false},
    {0x1F953, "bacon", false},       {0x1F954, "potato", false},
    {0x1F955, "carrot", false},      {0x1F956, "baguette", true},
    {0x1F957, "salad", true},        {0x1F958, "paella", true},
    {0x1F959, "wrap", true},         {0x1F95A, "egg", false},
    {0x1F95B, "milk", true},         {0x1F95C, "peanuts", false},
    {0x1F95D, "kiwi", false},        {0x1F95E, "pancakes", true},
    {0x1F95F, "dumpling", true},     {0x1F960, "fortune cookie", true},
    {0x1F964, "drink", true}, /* a cup with a straw holds any cold drink, no one kind */
    {0x1F965, "coconut", false},     {0x1F966, "broccoli", false},
    {0x1F967, "pie", true},          {0x1F968, "pretzel", true},
    {0x1F969, "steak", false},       {0x1F96A, "sandwich", true},
    {0x1F96D, "mango", false},       {0x1F96E, "moon cake", true},
    {0x1F96F, "bagel", true},        {0x1F9C0, "cheese", false},
    {0x1F9C1, "cupcake", true},      {0x1F9C3, "juice", true},
    {0x1F9C4, "garlic", false},      {0x1F9C5, "onion", false},
    {0x1F9C6, "falafel", true},      {0x1F9C7, "waffle", true},
    {0x1F9C8, "butter", false},      {0x1F9CB, "bubble tea", true},
    {0x1FAD0, "blueberries", false}, {0x1FAD2, "olive", false},
    {0x1FAD3, "flatbread", true},    {0x1FAD4, "tamale", true},
    {0x1FAD5, "fondue", true},       {0x1FAD6, "tea", true},
};

static const struct emoji_word *emoji_find(int32_t cp)
{
    size_t lo = 0, hi = sizeof(emoji_words) / sizeof(emoji_words[0]);
    if (cp < emoji_words[0].cp || cp > emoji_words[hi - 1].cp)
        return NULL;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        ORDER_ASSERT(mid == 0 || emoji_words[mid - 1].cp < emoji_words[mid].cp);
        if (emoji_words[mid].cp == cp)
            return &emoji_words[mid];
        if (emoji_words[mid].cp < cp)
            lo = mid + 1;
        else
            hi = mid;
    }
    return NULL;
}

/* What a picture also stands for beside its name: a cup with a straw pictures any cold
 * drink served so ("chocolate shake 🥤", "🥤 lemonade", "🥤 iced tea", "🥤 cold brew");
 * the burrito, any dish rolled in a flatbread ("🌯 falafel wrap"); the fries, any fried side
 * served in its carton ("🍟 onion rings"); the chocolate bar, the sweets and drinks made of
 * chocolate ("two brownies to go 🍫"); the birthday cake, a birthday ("its my bday 🎂").
 * Space-separated.
 */
static const char *emoji_also(int32_t cp)
{
    if (cp == 0x1F382)
        return "birthday bday";
    if (cp == 0x1F32F)
        return "wrap";
    if (cp == 0x1F36B)
        return "brownie cocoa mocha fudge truffle";
    if (cp == 0x1F35F)
        return "ring bite tot wedge chip nugget";
    return cp == 0x1F964 ? "shake milkshake smoothie lemonade drink juice tea coke cola soda "
                           "coffee brew latte cold iced"
                         : NULL;
}

bool order_emoji_pictures(int32_t cp, const char *w, size_t len)
{
    const char *word = order_emoji_word(cp);
    if (!word)
        return false;
    if (strlen(word) == len && memcmp(word, w, len) == 0)
        return true;
    for (const char *a = emoji_also(cp); a && *a;) {
        const char *e = strchr(a, ' ');
        size_t al = e ? (size_t)(e - a) : strlen(a);
        if (al == len && memcmp(a, w, len) == 0)
            return true;
        a = e ? e + 1 : a + al;
    }
    return false;
}

const char *order_emoji_word(int32_t cp)
{
    const struct emoji_word *w = emoji_find(cp);
    return w ? w->word : NULL;
}

bool order_emoji_dish(int32_t cp)
{
    const struct emoji_word *w = emoji_find(cp);
    return w && w->dish;
}

bool order_emoji_occasion(int32_t cp)
{
    const char *also = emoji_also(cp);
    return also && strstr(also, "birthday") != NULL;
}
