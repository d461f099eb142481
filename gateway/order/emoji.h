/* emoji.h — the food and drink a picture stands for.
 *
 * Customers text pictures for dishes: "1 🍔 + 1 🍟", "🌮🌮 and a 🥤". The match form
 * reads each food or drink emoji as the plain noun it shows (Unicode's short names, shortened to
 * what a customer would write: 🍔 "burger", 🍟 "fries", 🥤 "soda"), so the menu's lexicon
 * and the food lexicon treat it as the word: a generic "burger" is asked back, "pizza" is
 * declined. Other emoji still end a phrase, as a comma would (normalize.h); so does the hot
 * pepper, which in an order pictures heat ("🌶️🌶️ extra spicy"), never a chili asked for.
 * The table is Unicode's, not any menu's. */
#ifndef BRIGADE_GATEWAY_ORDER_EMOJI_H
#define BRIGADE_GATEWAY_ORDER_EMOJI_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* The lowercase noun food or drink emoji cp pictures, or NULL for any other codepoint. */
const char *order_emoji_word(int32_t cp);

/* Is the lowercase word w[0..len) (singular) what emoji cp pictures: its noun, or a kind it
 * also stands for ("shake" for 🥤)? */
bool order_emoji_pictures(int32_t cp, const char *w, size_t len);

/* Does food or drink emoji cp picture a dish or drink served whole ("🍔", "🥤") rather than
 * what goes into one ("🍓", "🧀")? Two pictures side by side name one dish only when both
 * are of what goes into one ("🍓🍌": strawberry banana); "🍔🍟🥤" are three things. */
/* Does the food picture cp also picture an occasion (the birthday cake)? */
bool order_emoji_occasion(int32_t cp);
bool order_emoji_dish(int32_t cp);

#endif
