/* classify.c — clause intents and the message category (see classify.h; reading.h, pass 5).
 * order_classify runs the pass: each clause's own intent first, then the readings of clauses
 * against those around them. What it reads is in the files beside it: the facts of a clause
 * and whether it asks (classify_facts.c), the intent of one clause by its form and its cues
 * (classify_clause.c), follow-ups, topics and asides read against the clause before
 * (classify_follow_ups.c), and changes asked of a dish, remarks, pleasantries and clauses
 * withdrawn or resumed (classify_remarks.c). classify_internal.h holds what these files
 * share. */
#include <string.h>

#include "gateway/order/classify_internal.h"
#include "gateway/order/order_assert.h"
#include "gateway/order/pattern_index.h"

/* Marks in found_all the cues that occur in tokens[b..e) outside menu names, and in
 * found_core those of them that occur outside greetings, openers and fillers too
 * (order_cue_scores). */
static void cue_found(const struct order_understanding *u, const char *text,
                      const struct order_token *tokens, size_t b, size_t e, const uint8_t *roles,
                      uint64_t found_all[ORDER_PATTERNS_MAX / 64],
                      uint64_t found_core[ORDER_PATTERNS_MAX / 64])
{
    /* Each cue counts once however often it occurs: find which occur at some token (trying
     * only the cues that start with that token's word). */
    bool asked = false; /* a '?': "mexican coke is the real sugar one right?" asks */
    for (size_t i = b; i < e; i++)
        asked = asked || (tokens[i].kind == ORDER_TOKEN_PUNCT && tokens[i].punct == '?');
    for (size_t i = b; i < e; i++) {
        uint8_t role = roles ? roles[i] : ORDER_ROLE_NONE;
        /* "spicy" in "the spicy burger" names, not asks; a rank in price names the dish and
         * asks which it is ("cheapest drink?") */
        static const char *const ranks[] = {"cheapest", "priciest", "dearest"};
        if (role == ORDER_ROLE_ITEM &&
            !order_tok_in(text, tokens, i, e, ranks, ORDER_WORDS_N(ranks)))
            continue;
        bool frame =
            role == ORDER_ROLE_FILLER || role == ORDER_ROLE_GREETING || role == ORDER_ROLE_OPENER;
        if (tokens[i].kind != ORDER_TOKEN_WORD)
            continue;
        /* "the mushroom burger with vegan mayo?": a diet said of a part put on the dish
         * names the part, asks nothing of the dish */
        size_t diet = role == ORDER_ROLE_MODIFIER
                          ? order_patterns_longest(&u->diet_cues, text, tokens, i, e, NULL)
                          : 0; /* "... with gluten free bun?": of two words */
        /* "dairy free yes?", "gluten free possible?": still asked of the dish */
        static const char *const asking[] = {"yes",  "possible", "right",     "ok",
                                             "okay", "please",   "available", "option"};
        bool asks_if = false; /* "gluten free bun on the cheeseburger possible?" */
        for (size_t q = i + diet; diet > 1U && q < e && !asks_if; q++)
            asks_if = order_tok_in(text, tokens, q, e, asking, ORDER_WORDS_N(asking));
        if (diet > 0 && i + diet < e && roles[i + diet] == ORDER_ROLE_MODIFIER &&
            tokens[i + diet].kind == ORDER_TOKEN_WORD && !asks_if) {
            i += diet - 1U;
            continue;
        }
        /* "the jackfruit burger but less spicy?": how much of it, a change put on the dish */
        static const char *const degrees[] = {"less", "more", "extra", "too", "very", "super"};
        if (role == ORDER_ROLE_MODIFIER && i > b && roles[i - 1U] == ORDER_ROLE_MODIFIER &&
            order_tok_in(text, tokens, i - 1U, e, degrees, ORDER_WORDS_N(degrees)))
            continue;
        size_t n;
        const uint16_t *cand =
            order_patterns_candidates(&u->cues, text + tokens[i].off, tokens[i].len, &n);
        if (n == 0)
            continue; /* no cue starts here: what follows only rules out cues that do */
        /* "the carne asada burrito is the move": "is" right after a dish named is the verb
         * of a statement about it, no question ("is the rice vegan" opens one) */
        if (roles && !asked && i > b && roles[i - 1] == ORDER_ROLE_ITEM &&
            tokens[i - 1].kind == ORDER_TOKEN_WORD &&
            (order_tok_is(text, tokens, i, e, "is") || order_tok_is(text, tokens, i, e, "are")))
            continue;
        /* "whatever bowl is best": the complement of a free relative picks a dish */
        if (classify_free_complement(text, tokens, b, i, e))
            continue;
        /* "my pickup order", "the delivery order": a word between a possessive or article
         * and the noun "order" is an attribute saying which order is meant, not a word of the
         * message's matter (how it is picked up or brought) */
        static const char *const owners[] = {"my", "our", "the", "this", "that", "your", "ur"};
        if (i > b && i + 1 < e &&
            (order_tok_is(text, tokens, i + 1, e, "order") ||
             order_tok_is(text, tokens, i + 1, e, "orders")) &&
            order_tok_in(text, tokens, i - 1, e, owners, ORDER_WORDS_N(owners)))
            continue;
        if (order_cue_taken_back(u, text, tokens, roles, b, i, e))
            continue; /* "do i pay for the brownie", "we spent 4 hours hiking" */
        for (size_t j = 0; j < n; j++) {
            size_t k = order_pattern_candidate(cand, j);
            const struct order_pattern *p = &u->cues.items[k];
            uint64_t bit = UINT64_C(1) << (k % 64);
            if ((frame ? found_all[k / 64] : found_core[k / 64]) & bit)
                continue;
            if (p->word_lens[0] != tokens[i].len || p->words[0][0] != text[tokens[i].off])
                continue; /* the first word decides most: test it inline */
            if (order_pattern_match(p, text, tokens, i, e) > 0) {
                found_all[k / 64] |= bit;
                if (!frame)
                    found_core[k / 64] |= bit;
            }
        }
    }
}

/* The weights of the found cues summed per class, in the cues' order (the order the sums
 * have always been taken in). */
static void cue_sum(const struct order_understanding *u,
                    const uint64_t found[ORDER_PATTERNS_MAX / 64], float out[ORDER_CATEGORY_MAX])
{
    memset(out, 0, sizeof(float) * ORDER_CATEGORY_MAX);
    for (size_t w = 0; w < ORDER_PATTERNS_MAX / 64; w++)
        for (uint64_t bits = found[w]; bits; bits &= bits - 1) {
            const struct order_pattern *p = &u->cues.items[w * 64 + (size_t)__builtin_ctzll(bits)];
            ORDER_ASSERT(p->value >= 0 && p->value < ORDER_CATEGORY_MAX);
            out[p->value] += p->weight;
        }
}

void order_cue_scores_both(const struct order_understanding *u, const struct order_class_input *in,
                           size_t b, size_t e, const uint8_t *roles,
                           float with_frames[ORDER_CATEGORY_MAX], float without[ORDER_CATEGORY_MAX])
{
    const struct order_cue_memo_entry *kept =
        in->cue_memo ? order_cue_memo_find(in->cue_memo, b, e, roles) : NULL;
    if (kept) {
        memcpy(with_frames, kept->with_frames, sizeof(kept->with_frames));
        memcpy(without, kept->without, sizeof(kept->without));
        return;
    }
    uint64_t found_all[ORDER_PATTERNS_MAX / 64] = {0}, found_core[ORDER_PATTERNS_MAX / 64] = {0};
    cue_found(u, in->text, in->tokens, b, e, roles, found_all, found_core);
    cue_sum(u, found_all, with_frames);
    cue_sum(u, found_core, without);
    if (in->cue_memo)
        order_cue_memo_keep(in->cue_memo, b, e, roles, with_frames, without);
}

void order_cue_scores(const struct order_understanding *u, const struct order_class_input *in,
                      size_t b, size_t e, const uint8_t *roles, bool frames_count,
                      float out[ORDER_CATEGORY_MAX])
{
    float with_frames[ORDER_CATEGORY_MAX], without[ORDER_CATEGORY_MAX];
    order_cue_scores_both(u, in, b, e, roles, with_frames, without);
    memcpy(out, frames_count ? with_frames : without, sizeof(with_frames));
}

bool classify_no_other_cue(const struct order_understanding *u, const struct order_class_input *in,
                           const struct order_reading *rg, size_t b, size_t e)
{
    float cue[ORDER_CATEGORY_MAX];
    order_cue_scores(u, in, b, e, rg->roles, true, cue);
    return cue[ORDER_CATEGORY_OTHER] == 0;
}

enum order_category order_intent_category(enum order_intent i)
{
    switch (i) {
    case ORDER_INTENT_REQUEST:
        return ORDER_CATEGORY_ORDER;
    case ORDER_INTENT_QUESTION:
        return ORDER_CATEGORY_INQUIRY;
    default:
        return ORDER_CATEGORY_OTHER;
    }
}

void order_class_scores_of(const struct order_understanding *u, const struct order_class_input *in,
                           const struct order_reading *rg, struct order_class_scores *scores)
{
    scores->question = false;
    for (size_t c = 0; c < rg->n_clauses; c++)
        scores->question = scores->question || rg->clauses[c].question_form;
    order_cue_scores(u, in, 0, in->n_tokens, rg->roles, false, scores->score);
    for (int c = 0; c < ORDER_CATEGORY_MAX; c++)
        scores->score[c] += u->prototype_weight * in->prototype_sim[c];
}

enum order_category order_classify(const struct order_understanding *u,
                                   const struct order_class_input *in, struct order_reading *rg,
                                   struct order_class_scores *scores)
{
    bool any[ORDER_INTENT_ASIDE + 1] = {false};
    rg->unsure = false;
    for (size_t c = 0; c < rg->n_clauses; c++) {
        enum order_intent i = classify_clause(u, in, rg, c);
        rg->clauses[c].intent = (uint8_t)i;
        any[i] = true;
    }
    classify_superlatives_asked(u, in, rg);
    classify_topics(u, in, rg);
    classify_asked_of_ordered(u, in, rg);
    classify_follow_ups(in, rg);
    classify_elliptic_questions(in, rg);
    classify_properties_asked(u, in, rg);
    classify_ways_asked(in, rg);
    classify_pointer_follow_ups(in, rg);
    classify_echoed_contents(in, rg);
    classify_same_subject(u, in, rg);
    classify_diet_follow_ups(u, in, rg);
    classify_negated_follow_ups(in, rg);
    classify_food_asides(in, rg);
    classify_asks_if_possible(in, rg);
    classify_statement_asides(u, in, rg);
    classify_other_continued(in, rg);
    classify_amount_sketched(in, rg);
    classify_group_food_asked(in, rg);
    classify_remark_after_other(u, in, rg);
    classify_singled_out(in, rg);
    classify_demonstrative_remarks(in, rg);
    classify_dishes_told(in, rg);
    classify_foods_told(in, rg);
    classify_own_views(in, rg);
    classify_own_answers(in, rg);
    classify_changes_for_kind(in, rg);
    classify_dash_topics(in, rg);
    classify_praised_again(in, rg);
    classify_kind_asked_after(in, rg);
    classify_next_time(in, rg);
    classify_food_statements(u, in, rg);
    classify_changes_asked(in, rg);
    classify_dish_then_change(u, in, rg);
    classify_pleasantries(in, rg);
    classify_list_openers(in, rg);
    classify_reasons(in, rg);
    classify_order_placed_before(in, rg);
    classify_withdrawn(in, rg);
    classify_list_resumed(u, in, rg);
    classify_conditions(in, rg);
    classify_hinged_questions(u, in, rg);
    classify_food_asked_back(in, rg);
    classify_permission_asked(in, rg);
    classify_counted_capability(in, rg);
    classify_question_announced(in, rg);
    classify_asking_reason(in, rg);  /* "... in house? asking as the owner next door" */
    classify_made_then_more(in, rg); /* "could you make the wrap vegan? and a lemonade" */
    classify_between_questions(in, rg);
    classify_doubtful_requests(u, in, rg);
    classify_short_answers(u, in, rg);
    classify_pointed_picks(in, rg);
    classify_plans_given_up(in, rg);
    classify_remedy_asked(in, rg);
    classify_life_stories(in, rg);
    classify_past_reasons(in, rg);
    rg->names_menu_words = classify_menu_words(u, in->text, in->tokens, 0, in->n_tokens);
    memset(any, 0, sizeof(any));
    for (size_t c = 0; c < rg->n_clauses; c++)
        any[rg->clauses[c].intent] = true;
    /* a statement with only inquiry cues is the question when nothing else is said */
    bool alone =
        !any[ORDER_INTENT_REQUEST] && !any[ORDER_INTENT_QUESTION] && !any[ORDER_INTENT_OTHER];
    for (size_t c = 0; c < rg->n_clauses; c++)
        if (rg->clauses[c].intent == ORDER_INTENT_ASIDE)
            rg->clauses[c].intent = alone ? ORDER_INTENT_QUESTION : ORDER_INTENT_NONE;
    any[ORDER_INTENT_QUESTION] = any[ORDER_INTENT_QUESTION] || (alone && any[ORDER_INTENT_ASIDE]);
    if (scores)
        order_class_scores_of(u, in, rg, scores);
    if (any[ORDER_INTENT_REQUEST])
        return ORDER_CATEGORY_ORDER;
    if (any[ORDER_INTENT_QUESTION])
        return ORDER_CATEGORY_INQUIRY;
    return ORDER_CATEGORY_OTHER;
}
