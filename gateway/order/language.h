/* language.h — is a customer message written in a language other than English?
 *
 * The order domain reads English; a message in another language goes to a person
 * ("review") instead of being guessed at. Detection is deliberately conservative, because a
 * false "foreign" sends a good English order to a person while a missed one only costs a
 * failed match: a message counts as foreign only when Debian's libcld2 reliably names one
 * language for most of it AND the message holds enough common function words of that
 * language ("quiero", "bitte", "voudrais", ...) and fewer English ones ("i", "the",
 * "pls", ...). Dish names, slang, typos and a lone "gracias!" therefore read as English.
 * Other languages written in Latin letters, with no function-word list here, are never
 * reported, whatever cld2 says; a text written mostly in a script English never is (Han,
 * kana, Hangul, Cyrillic, ...) is reported by its script (order_language_script).
 *
 * cld2 is C++; language_cld2.cc wraps it behind order_language_cld2_guess below. */
#ifndef BRIGADE_GATEWAY_ORDER_LANGUAGE_H
#define BRIGADE_GATEWAY_ORDER_LANGUAGE_H

#include <stdbool.h>
#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

enum {
    ORDER_LANGUAGE_CODE_MAX = 8,    /* "es" and a NUL; cld2's longest codes ("zh-Hant") fit */
    ORDER_LANGUAGE_SCAN_MAX = 1024, /* bytes of a message read; plenty to tell a language */
};

/* Detects whether the UTF-8 text (any case, as the customer wrote it) is written in a
 * language other than English. Returns true and writes the ISO 639-1 code ("es", "de", ...)
 * into code (NUL-terminated) only when confident; false for English, for text too short or
 * too mixed to tell, for invalid UTF-8 and for anything uncertain (code is then ""). Only
 * the first ORDER_LANGUAGE_SCAN_MAX bytes are read. cld2 is asked only when the function
 * words could make the text foreign whatever it answered (one language's words the whole
 * text, or enough of them and more than twice as many as English ones): most English
 * messages are settled by one scan of their words. Thread-safe, allocates nothing per call on
 * the C side (cld2 mallocs a few scratch buffers inside), takes well under 50 µs for a
 * 200-byte message (about 9 µs for a foreign message, far less for most English ones). */
bool order_language_foreign(const char *text, size_t len, char code[ORDER_LANGUAGE_CODE_MAX]);

/* The part [*from, *to) of text[0..len) inside an English greeting that opens it ("hey
 * there!", "good morning,") and an English thanks that closes it ("thanks!", "thank you
 * 🙏"): borrowed courtesies, no evidence of the language of the words between them. The
 * whole text when none, or when no letter would be left (language_edges.c). */
void order_language_courtesy_edges(const char *text, size_t len, size_t *from, size_t *to);

/* The start of an English thanks that closes text[from..len) ("thanks!", "thank you so much
 * 🙏"), after a blank or a mark and followed by marks, blanks or pictures alone, any case;
 * len when none (language_edges.c). */
size_t order_language_thanks_start(const char *text, size_t from, size_t len);

/* True when most of text[0..len) is written in a script English never is: Cyrillic, Greek,
 * Hebrew, Arabic, Devanagari, Thai, kana, Han or Hangul letters outnumber the words of Latin
 * letters, two signs of a script written without blanks counting one word ("有素食吗？",
 * "horchata 하나 주세요"; not "2 tacos for 王小明"). The script's language is written to code
 * ("ja" for Han beside kana). One pass over the bytes; a text with no lead byte of those
 * scripts is settled at once (language_script.c). */
bool order_language_script(const char *text, size_t len, char code[ORDER_LANGUAGE_CODE_MAX]);

/* The frame of a message in Chinese, Japanese or Korean, found as strings inside the text
 * since those scripts put no blank between words (language_signs.c): a word of asking for or
 * giving ("ください", "주세요", "我要"), a counter after a number ("2つ", "两个"), thanks or
 * a greeting ("谢谢", "감사"), a question's mark or ending ("？", "吗", "ですか") and a word of
 * a question about the menu (its menu, a diet, a price: "素", "메뉴", "いくら"). All false
 * for a text with no letter of those scripts. */
struct order_language_signs {
    bool request, counted, courtesy, asks, menu;
};
void order_language_signs(const char *text, size_t len, struct order_language_signs *out);

/* True when text[0..len) holds a Hindi question word or the particle "kya": Hindi asks with
 * them where other languages write '?'. */
bool order_language_hindi_asks(const char *text, size_t len);

/* True when the lowercase word w[0..len) is a function word of one of the languages listed
 * here and not an English one ("ist", "der", "une"): a frame word's misspelling it is not
 * (frame.h). */
bool order_language_function_word(const char *w, size_t len);

/* True when the lowercase word w[0..len) is a function word of the language code ("es")
 * and not an English one ("dos", "por"). */
bool order_language_word_of(const char *code, const char *w, size_t len);

/* True when the lowercase word w[0..len) is a strong function word of the language code (a
 * verb, pronoun or question word: "macie", "vous", "graag") and not an English one. Russian
 * and Vietnamese included. */
bool order_language_strong_of(const char *code, const char *w, size_t len);

/* The code of the i-th language listed here ("es", "de", ..., "hi" last), NULL past the last:
 * which languages order_language_word_of, order_language_please and order_language_and know
 * (Hindi has no counts or "please" listed), and whose words are spelt as the match form spells
 * them. Russian and Vietnamese are detected and known to those, not listed here: the match form
 * folds away their letters and marks. Tagalog is detected and known to those too, and not
 * listed here: the readers of the match form were measured without it. */
const char *order_language_code(size_t i);

/* True when the lowercase word w[0..len) counts dishes in the language code ("tres",
 * "zwei", "deux"); the lists leave out spellings English shares ("six"). */
bool order_language_count(const char *code, const char *w, size_t len);

/* The NULL-terminated phrases that say "please" in the language code, in the match form
 * (normalize.h) with words split by one space ("por favor", "sil vous plait", "bitte");
 * an empty list for a code not listed. */
const char *const *order_language_please(const char *code);

/* The word of the language code that joins two dishes ("y", "und", "et"); "" for a code
 * not listed. It may be an English spelling too (Polish "i"). */
const char *order_language_and(const char *code);

/* True when the lowercase word w[0..len) is one of the English function and chat words the
 * detection counts as English ("also", "just", "the", "pls"): no noun that names a kind of
 * dish ("and also smoothie" is no "also smoothie"). */
bool order_language_english_word(const char *w, size_t len);

/* Calls each(ctx, word, strlen(word)) once for every word order_language_english_word or
 * order_language_function_word answers true for, in no particular order. */
void order_language_each_word(void (*each)(void *ctx, const char *w, size_t len), void *ctx);

/* Does a count of the language code stand right before a word of no ASCII letter ("два
 * тако")? Such a word is written in a script the menu's words are not, so no dish of it is
 * ever read: the count says a dish is asked for all the same. */
bool order_language_counted_unread(const char *code, const char *text, size_t len);

/* Scans the UTF-8 text (as the customer wrote it) for the words a foreign message is framed
 * with, in the languages listed here: *request when it holds a verb of wanting or getting or
 * a modal that opens a request ("quiero", "möchte", "posso"), *courtesy when it greets,
 * thanks or takes leave ("gracias", "bonjour", "bedankt"), *past when it tells what happened
 * ("gestern", "fue", "era", "wczoraj": a past form of being or a word of an earlier day). */
/* Does the text hold a word of a question about the menu in another language (a price, what
 * a dish holds, a diet: "Czy macie opcje bezglutenowe?")? */
bool order_language_menu_question(const char *text, size_t len);

/* Does the text hold a verb of recommending in another language ("recomiendan",
 * "consigliate", "empfehlt", "recommandez")? Asking what the shop recommends is a question
 * about its dishes, with or without '?'. */
bool order_language_recommends(const char *text, size_t len);
/* Does a text not in English open as a question in its own language ("¿Tienen ...", "Est-ce
 * que ...", "Czy macie ...", "Ist die ..."), '?' or not (language_question_opens.c)? */
bool order_language_opens_question(const char *text, size_t len);

void order_language_frame(const char *text, size_t len, bool *request, bool *courtesy, bool *past);

/* Is a word of text[0..len) a greeting, thanks or other courtesy: order_language_frame's
 * *courtesy alone, without the lists of requests and of the past. */
bool order_language_courtesy_in(const char *text, size_t len);

/* Does the text ask as a wish to know, a verb of knowing and the word that opens the
 * question after it ("saber si", "wissen, ob", "sapere se")? The wanting before it
 * ("necesito saber si ...") wants an answer, no dish (language_whether.c). */
bool order_language_asks_whether(const char *text, size_t len);

/* Does the text name an order already placed, the word for an order after a definite article
 * or a possessive ("el pedido", "meine Bestellung")? Without a dish, a count or a verb of
 * wanting, it speaks of that order, never a new one (language_placed.c). */
bool order_language_names_placed(const char *text, size_t len);

/* Is the text, of at most eight words, courtesies alone in one listed language: each word
 * its own function word or courtesy, or part of a set phrase of taking leave, thanking or
 * wishing a good day, one such phrase at least ("Danke, bis später!", "gracias, hasta luego",
 * "Bonne journée")? Then its code is written to code (language_courtesy_pairs.c). courtesy
 * is what order_language_courtesy_in tells of the text, which the caller's scan has read. */
bool order_language_courtesies_alone(const char *text, size_t len, bool courtesy,
                                     char code[ORDER_LANGUAGE_CODE_MAX]);

/* Is the text one or two words and a question particle of a listed language closing it
 * before its '?' ("Cay không?", "Acı mı?")? Then its code is written to code
 * (language_particle.c). */
bool order_language_particle_question(const char *text, size_t len,
                                      char code[ORDER_LANGUAGE_CODE_MAX]);

/* Does the text hold, as two words in a row, one of the n_pairs pairs (lowercase; letters
 * beyond ASCII compared as written)? Words are runs of letters; a word over 16 bytes is cut
 * (language_pairs.c). */
bool order_language_has_pair(const char *text, size_t len, const char *const (*pairs)[2],
                             size_t n_pairs);

/* Does the text hold a word of cancelling an order or of being late in another language
 * ("cancelar", "stornieren", "atrasado", "ritardo")? Such a message orders nothing. */
bool order_language_other(const char *text, size_t len);

/* Does the text hold a word of how long the food takes in another language ("tarda",
 * "dauert", "demora")? Asked after an order, it is a question of pickup, another matter. */
bool order_language_wait(const char *text, size_t len);

/* Internal to this module, shared only so that language.c and the C++ shim agree on one
 * prototype. cld2's verdict on text[0..len): its top language's code ("" when cld2 has
 * none or the code does not fit), the percentage of the text in that language,
 * and cld2's own reliability flag. Returns false for invalid UTF-8 or len over INT_MAX. */
struct order_language_guess {
    char code[ORDER_LANGUAGE_CODE_MAX];
    int percent;
    bool reliable;
};
bool order_language_cld2_guess(const char *text, size_t len, struct order_language_guess *out);

#ifdef __cplusplus
}
#endif

#endif
