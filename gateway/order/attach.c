/* attach.c — quantities, modifiers and leftovers around the spans of a clause (see reading.h,
 * pass 4). order_read_attach runs the pass over one clause; what it reads is in the files
 * beside it: the counts before and right after a span (attach_quantity.c,
 * attach_heard_count.c, attach_count_after.c), the pieces and changes after it
 * (attach_parts.c, attach_modifiers.c), counts that add up to a dish's and count it out in
 * parts (attach_counted_parts.c), the words no span read (attach_leftovers.c,
 * attach_unknown.c), words pointing back at a dish and dishes asked for again
 * (attach_references.c, attach_again.c), kinds of dish (attach_kinds.c), counts for several
 * dishes or people (attach_each.c), and the corrections and swaps that reach back
 * (attach_corrections.c). attach_internal.h holds what these files share. */
#include <stdlib.h>

#include <string.h>

#include "gateway/order/attach_internal.h"

/* The clause's things in the order they were written. Insertion, stable as glibc's merge sort
 * was, and without its scratch buffer: qsort mallocs one for arrays over 1 KiB, which a long
 * message's things are, and a message allocates nothing once its job is warm. */
static void attach_sort_things(struct order_thing *things, size_t n)
{
    for (size_t i = 1; i < n; i++) {
        if (things[i - 1].begin <= things[i].begin)
            continue;
        struct order_thing moved = things[i];
        size_t j = i;
        for (; j > 0 && things[j - 1].begin > moved.begin; j--)
            things[j] = things[j - 1];
        things[j] = moved;
    }
}

/* "3 burgers: one plain, one no pickles, one extra sauce": "plain" beside parts of the same
 * dish that are each changed is the one left as it comes, no change of its own; so is
 * "regular" ("4 tacos no onion, 4 tacos regular"), the way the menu makes it. Beside one said
 * as it comes ("one plain, one with everything", "other normal") it is the change. The other
 * lines of the dish may stand in a clause before ("2 tacos no onion. one plain"). */
static void attach_plain_among_changed(struct order_reading *out, size_t first)
{
    for (size_t s = first; s < out->n_things; s++) {
        struct order_thing *th = &out->things[s];
        if (!th->is_span || th->item < 0 || th->mods.n != 1 ||
            (strcmp(th->mods.text[0], "plain") != 0 && strcmp(th->mods.text[0], "regular") != 0))
            continue;
        size_t others = 0;
        bool all_changed = true;
        for (size_t o = 0; o < out->n_things; o++) {
            const struct order_thing *ot = &out->things[o];
            if (o == s || !ot->is_span || ot->reference || ot->item != th->item)
                continue;
            others++;
            all_changed = all_changed && ot->mods.n > 0;
        }
        if (others > 0 && all_changed)
            th->mods.n = 0;
    }
}

/* Each span's changes, in text order: the words before it back to where the span before
 * stopped reading, then the words after it up to the next span (or the clause's end); then
 * what reads the counts and changes so attached (a count of people each wanting a dish, a
 * kind's "one" with changes of its own). */
static void attach_spans_in_order(struct attach_state *st, size_t first, size_t end)
{
    struct order_reading *out = st->rg;
    size_t pos = st->b;
    attach_count_not_other(st);             /* "4 not 3 onion rings": the 3 taken back */
    attach_count_instead(st);               /* "one burger instead of two": the two */
    attach_both_want(st, first, end, true); /* "both want X, his with ...": a part of two */
    for (size_t s = first; s < end; s++) {
        struct order_thing *th = &out->things[s];
        if (!th->is_span)
            continue; /* a dish of the food lexicon made of menu words: read as a leftover */
        attach_before(st, th, attach_pre_start(st, th, pos));
        size_t next = s + 1;
        while (next < end && !out->things[next].is_span)
            next++;
        size_t limit = next < end ? out->things[next].begin : st->e;
        pos = attach_after(st, th, th->end, limit, next < end);
    }
    attach_kind_parts_named(st, first, end);
    attach_people_want(st, first, end);            /* "6 of them also want a burrito" */
    attach_kind_then_one_changes(st, first, end);  /* "..., the one with tofu, no onions" */
    attach_kind_one_after_changes(st, first, end); /* "..., the halloumi one, no onions" */
}

/* "sin arroz (no rice)": a change written as the menu writes it the same as one before
 * it on the dish, though said in other words, is that change glossed: once. A change said
 * twice in the same words stays as said. */
static void attach_drop_glossed(struct order_modifiers *mods, const struct order_modifiers *said)
{
    struct order_modifiers kept = {.n = 0};
    for (size_t m = 0; m < mods->n; m++) {
        bool glossed = false;
        for (size_t k = 0; k < m && !glossed; k++)
            glossed = strcmp(mods->text[k], mods->text[m]) == 0 &&
                      strcmp(said->text[k], said->text[m]) != 0;
        if (!glossed)
            memcpy(kept.text[kept.n++], mods->text[m], sizeof(mods->text[m]));
    }
    *mods = kept;
}

/* Every dish's changes written as the menu writes them (typos, the menu's spellings, synonyms
 * and translations, swaps, parts): of every clause so far, since a change may reach a dish of
 * a clause before. */
static void attach_normalise_changes(struct attach_state *st)
{
    const struct order_reader *rd = st->rd;
    struct order_reading *out = st->rg;
    for (size_t s = 0; s < out->n_things; s++) {
        struct order_thing *th = &out->things[s];
        if (!th->is_span)
            continue;
        attach_no_shared(st, th, th->mods_shared);
        struct order_modifiers said = th->mods; /* as the customer wrote them */
        for (size_t m = 0; m < th->mods.n; m++) {
            order_change_taken_off(th->mods.text[m], sizeof(th->mods.text[m]));
            order_change_typos(rd, th->mods.text[m], sizeof(th->mods.text[m]));
            order_menu_part_whole(rd->lex, th->item, th->mods.text[m], sizeof(th->mods.text[m]));
            order_menu_spelling(rd->lex, th->mods.text[m], sizeof(th->mods.text[m]));
            order_menu_synonyms(rd->u, rd->lex, th->mods.text[m], sizeof(th->mods.text[m]));
            order_menu_translations(rd->u, rd->lex, th->mods.text[m], sizeof(th->mods.text[m]));
            attach_instead_shared_head(rd->lex, th->mods.text[m], sizeof(th->mods.text[m]));
            attach_instead_of_ordinary(rd->u, rd->lex->menu, th->mods.text[m],
                                       sizeof(th->mods.text[m]));
            order_menu_swap_head(rd->lex, th->item, th->mods.text[m], sizeof(th->mods.text[m]));
            order_menu_bare_base(rd->lex, th->item, th->mods.text[m], sizeof(th->mods.text[m]));
            order_menu_hyphen_part(rd->lex, th->item, th->mods.text[m], sizeof(th->mods.text[m]));
        }
        attach_drop_glossed(&th->mods, &said);
    }
}

/* The dish's parts, the people and dishes a count is for, and what the words of clause c point
 * back at, over the spans things[first, end), in the order each relies on the one before. */
static void attach_parts_and_references(struct attach_state *st, size_t c, size_t first, size_t end)
{
    attach_come_asked(st, first, end); /* "do the sodas come in large?" */
    attach_part_of_named(st, first, end);
    attach_half_and_half(st, first, end);
    attach_more_of_part(st, first, end);
    attach_part_on_side(st, first, end);
    attach_with_each(st, first, end);
    attach_each_with(st, first, end);
    attach_section_for(st, first, end);
    attach_correction(st, first, end);
    attach_references(st, first);
    attach_if_yes_again(st, first, end);
    attach_another_dish(st, first, end);
    attach_counted_again(st, first, end);
    attach_apposition(st, first, end);
    attach_restated(st, first, end);
    attach_definite_plural(st, first, end);
    attach_named_again(st, first, end);
    attach_gloss(st, first, end);
    attach_kind_then_pick(st, first, end);
    attach_restated_changed(st, first, end);
    attach_named_in_reason(st, first, end);    /* "churros because i deserve churros" */
    attach_aside_kind_changes(st, first, end); /* "a falafel wrap (the wrap without tahini)" */
    attach_confirmed(st, c, first, end);
    attach_come_changed(st, first, end);
    attach_each_for_people(st, first, end);
    attach_swap_part(st, first, end);
    attach_everyone_gets(st, first, end);
    attach_all_want(st, first, end); /* "tom, ana and raj all want ..." */
    attach_part_be(st, first, end);  /* "... but can the fish be well done" */
    attach_group_counts(st, first, end);
    attach_bare_for_everyone(st, first, end);
}

/* The spans of clause cl from things[first] described by what follows them ("the bowl with
 * tofu"), then those picked among by what they are said to come without ("the wrap w/ no
 * celery"); a description may add a span ("..., one with steak"), which the second reads. */
static void attach_described_spans(struct attach_state *st, const struct order_clause *cl,
                                   size_t first)
{
    size_t end = first + cl->n_spans;
    for (size_t s = first; s < end; s++)
        if (st->rg->things[s].is_span)
            attach_described(st, &st->rg->things[s]);
    end = first + cl->n_spans;
    for (size_t s = first; s < end; s++)
        if (st->rg->things[s].is_span)
            attach_removal_picks(st, &st->rg->things[s]);
}

/* Spans of the clause's from things[first] that name no dish, dropped before the changes
 * are read: a size and "ones", a meal named "tea", what a dish is split into. */
static void attach_spans_no_dish(struct attach_state *st, size_t first)
{
    attach_size_ones(st, first);   /* "... but small ones", "(med)": a size, no dish */
    attach_diet_parts(st, first);  /* "two black bean burgers, one vegan" */
    attach_tea_meal(st, first);    /* "for my grandson's birthday tea" */
    attach_split_parts(st, first); /* "split the bowl into 2 bowls" */
}

/* Spans of clause c from things[first] that say again, or decline, what the message names:
 * no more dishes asked for. */
static void attach_spans_said_again(struct attach_state *st, size_t c, size_t first)
{
    attach_kind_restated(st, c);       /* "3 drinks in all", "ok to dessert. the flan" */
    attach_description_and(st, first); /* "the burger that's got X and the red slaw" */
    attach_declined_or(st, first);     /* "NO brownies or carrot cake please" */
}

void order_read_attach(const struct order_reader *rd, const char *text,
                       const struct order_token *tokens, size_t c, struct order_reading *out)
{
    struct order_clause *cl = &out->clauses[c];
    size_t first = out->n_things - cl->n_spans;
    struct attach_state st = {rd,    text, tokens, out, cl->begin, cl->end, 0,
                              first, 0,    0,      0,   0,         {{0}}};
    order_clause_cues_build(&st.cues, text, tokens, cl->begin, cl->end);
    attach_doubled_leads(&st);    /* "extra extra spicy": one lead */
    attach_doubled_order(&st, c); /* "actually double that": the order before, twice */
    attach_what_stays(&st);       /* "no onion just meat and salsa": no change */
    attach_joked_about(&st);      /* "only joking about the stout": taken back */
    attach_spans_no_dish(&st, first);
    /* before "the one my sister had" can read as a count pointing back; the spans stay
     * things[first, first + n_spans), what it adds comes after them */
    bool same = attach_same(&st, c) > 0; /* before "the same again" reads as a past order */
    same = same || attach_another(&st, c) > 0;
    size_t before_past = out->n_things;
    attach_past(&st, c);
    /* "yes that one", "i'll have that again": what it points at is not here */
    if (out->n_things == before_past && !attach_pointed_outside(&st, c))
        attach_again_outside(&st, c);
    /* "Three burgers. One plain, one no onion": the parts of the dish before, no reference */
    size_t parted_dish = 0;
    bool parted =
        !same && out->n_things == before_past && attach_parts_after_stop(&st, c, &parted_dish);
    if (!same && !parted && cl->n_spans == 0 && out->n_things == before_past &&
        !attach_named_kind_again_after(&st, c)) /* "And also one with the quinoa" */
        attach_back_reference(&st, c);
    else if (!same && !parted && out->n_things == before_past) {
        attach_back_count_before(&st, c, first);
        attach_pronoun_object(&st, c);
        attach_whichever_beside(&st, c); /* "ill get whichever you say + a lemonade" */
    }
    attach_vessel_of_asked(&st, c); /* "got any menudo? i'll take a small bowl" */
    attach_counted_parts(&st, first, first + cl->n_spans);
    attach_set_off_word(&st, first); /* "a cold brew, black, and ...", "mini burger, cheese only" */
    size_t end = first + cl->n_spans;
    size_t each_at = 0;
    int32_t each = attach_each_phrase(&st, &each_at);
    attach_swap_one_of(&st, first, end); /* before a part of the earlier dish is read alone */
    attach_swap_some_of_them(&st, first, end);
    attach_swap_whole(&st, first, end); /* "make the lemonade an iced tea" */
    attach_parts_of_earlier(&st, first, end);
    attach_headings(&st, first, end);
    attach_list_heading(&st, first, end);
    attach_heading_lines(&st, first, end); /* "shakes\n- chocolate\n- vanilla x2" */
    attach_list_tail_kind(&st, first, end);
    attach_served_as_kind(&st, first, end);
    order_read_shared_heads(rd, text, tokens, c, out); /* headings first: "for dessert, a ..." */
    attach_the_other(&st, first, end);
    attach_elided_heads(&st, first, end);
    attach_served_over(&st, first, end);      /* "the pork one over rice": the bowl */
    attach_swap_before_dish(&st, first, end); /* "beans instead of rice on the bowl" */
    attach_described_spans(&st, cl, first);
    end = first + cl->n_spans;               /* "..., one with steak": one more described */
    attach_restated_copula(&st, first, end); /* "whichever shake is the vegan one" */
    attach_kind_then_one(&st, first, end);   /* "one bowl pls, the one with chicken in it" */
    attach_kind_one_after(&st, first, end);  /* "the cheese burger, the halloumi one" */
    attach_per_person_mark(&st, first, end);
    attach_spans_in_order(&st, first, end);
    if (each > 0)
        attach_each_apply(&st, first, end, each, each_at);
    else
        attach_each_closing(&st, first, end); /* "2 orders of rice & beans each" */
    attach_parts_and_references(&st, c, first, end);
    attach_alternatives(&st, first);
    attach_own_things(&st, c, first);
    attach_left_off_dish_after(&st, first, end); /* before the zone is read as a leftover */
    attach_change_on_mine(&st, first, end);      /* "no onions on mine, 2 tacos" */
    attach_leftovers_and_other(&st, c);          /* "the other flavor" is a leftover till then */
    attach_ones_asked(&st, c, first);
    attach_substitutions(&st, first);
    attach_late_forms(&st, first);    /* "sides: ...", "grilled not fried", "rice n beans" */
    attach_merge_substitutes(&st, 0); /* "no pickles. jalapenos instead" reaches a dish before */
    attach_degree_after_added(&st, first);
    attach_substitute_part(&st, first, end);
    attach_unit_words(&st, c);
    attach_normalise_changes(&st);
    attach_part_named_before(&st); /* "one with no sweet chilli jam, one extra jam" */
    attach_part_owner(&st, first); /* "2 birria tacos + a horchata, extra consome" */
    if (same)
        attach_same_changes(&st, c, first);
    attach_plain_among_changed(out, parted ? parted_dish : first);
    attach_spans_said_again(&st, c, first);
    attach_sort_things(out->things + first, out->n_things - first);
    attach_nickname(&st, first, out->n_things); /* "'the sunset' (my name for ...)" */
    for (size_t s = first; s < out->n_things; s++)
        cl->has_quantity = cl->has_quantity || out->things[s].qty_explicit;
}
