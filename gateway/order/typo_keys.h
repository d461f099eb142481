/* typo_keys.h — a changed letter that is no slip (typo_keys.c). */
#ifndef BRIGADE_ORDER_TYPO_KEYS_H
#define BRIGADE_ORDER_TYPO_KEYS_H

#include <stdbool.h>
#include <stddef.h>

/* Do w and x, both len letters, differ in exactly one letter, two consonants neither beside
 * each other on the keyboard nor alike in sound ("bikes" against "bites")? Such a word is
 * another word, no misspelling of x. */
bool order_typo_far_letter(const char *w, const char *x, size_t len);

#endif
