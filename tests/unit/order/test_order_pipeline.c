/* test_order_pipeline.c — classification cues, threshold edges, name matching with typos,
 * size words, reply texts and result JSON, exact, through the whole pipeline on the sample
 * menu with the lexical backend; and understanding.json's validation. */
#include <errno.h>
#include <math.h>

#include "order_fixture.h"

static struct fixture f;

static const char *category_of(const char *text)
{
    return order_category_name(fixture_run(&f, text)->category);
}

static void test_classify(void)
{
    /* the three cases that define the classes */
    /* a request phrased as a question is an order, whatever it asks for */
    CHECK_STR_EQ(category_of("Can I order a pork burger with bacon?"), "order");
    CHECK_STR_EQ(category_of("Can I get a cheeseburger and onion rings"), "order");
    CHECK_STR_EQ(category_of("Where can I pick up my order?"), "other");
    /* question cues: '?', question openings with and without '?' */
    CHECK_STR_EQ(category_of("Do you have any vegan desserts?"), "inquiry");
    CHECK_STR_EQ(category_of("Are the sweet potato fries vegan"), "inquiry");
    CHECK_STR_EQ(category_of("how much is the falafel wrap"), "inquiry");
    CHECK_STR_EQ(category_of("I was wondering if the brownie is vegan"), "inquiry");
    CHECK_STR_EQ(category_of("What's in the power bowl?"), "inquiry");
    /* service questions */
    CHECK_STR_EQ(category_of("What time do you open on Sunday?"), "other");
    CHECK_STR_EQ(category_of("Is there parking nearby?"), "other");
    CHECK_STR_EQ(category_of("Do you deliver to Camden?"), "other");
    CHECK_STR_EQ(category_of("Are you hiring?"), "other");
    CHECK_STR_EQ(category_of("How do I get a refund?"), "other");
    /* statements */
    CHECK_STR_EQ(category_of("Please cancel my order"), "other");
    CHECK_STR_EQ(category_of("My cheeseburger was cold when I got it"), "other");
    CHECK_STR_EQ(category_of("Thanks so much, the food was great!"), "other");
    CHECK_STR_EQ(category_of("Good morning, Nadia"), "other");
    CHECK_STR_EQ(category_of("2 hot dogs"), "order");
    CHECK_STR_EQ(category_of("Pepperoni pizza please, for Priya"), "order");
    /* a cue inside a filler is not a cue: "pickup" here is part of the order */
    CHECK_STR_EQ(category_of("order for pickup: 2 fries, for pickup at 6"), "order");
    CHECK_STR_EQ(category_of("Can I order a tuna melt for pickup?"), "order");
    CHECK_STR_EQ(category_of("Can I order for tomorrow?"), "inquiry");
    struct order_class_scores s = fixture_run(&f, "Is the brownie vegan")->class_scores;
    CHECK(s.question);
    CHECK(s.score[ORDER_CATEGORY_INQUIRY] > s.score[ORDER_CATEGORY_OTHER]);
}

static void test_thresholds(void)
{
    float accept = f.u->accept_threshold, review = f.u->review_threshold;
    CHECK(review < accept);
    CHECK_INT_EQ(order_match_decide(f.u, accept), ORDER_MATCH_ACCEPT);
    CHECK_INT_EQ(order_match_decide(f.u, nextafterf(accept, 0.0f)), ORDER_MATCH_REVIEW);
    CHECK_INT_EQ(order_match_decide(f.u, review), ORDER_MATCH_REVIEW);
    CHECK_INT_EQ(order_match_decide(f.u, nextafterf(review, 0.0f)), ORDER_MATCH_UNKNOWN);
    CHECK_INT_EQ(order_match_decide(f.u, 1.0f), ORDER_MATCH_ACCEPT);
    /* top-k rows to two distinct items: rows 0 and 1 are both item 5 */
    int32_t row_item[4] = {5, 5, 7, 9};
    uint32_t rows[3] = {0, 1, 2};
    float scores[3] = {accept, accept, review};
    struct order_match m;
    order_match_from_topk(f.u, rows, scores, 3, row_item, &m);
    CHECK_INT_EQ(m.kind, ORDER_MATCH_ACCEPT);
    CHECK_INT_EQ(m.n_candidates, 2);
    CHECK_INT_EQ(m.candidates[0], 5);
    CHECK_INT_EQ(m.candidates[1], 7);
    scores[0] = nextafterf(accept, 0.0f);
    order_match_from_topk(f.u, rows, scores, 3, row_item, &m);
    CHECK_INT_EQ(m.kind, ORDER_MATCH_REVIEW);
    scores[0] = nextafterf(review, 0.0f);
    order_match_from_topk(f.u, rows, scores, 1, row_item, &m);
    CHECK_INT_EQ(m.kind, ORDER_MATCH_UNKNOWN);
    CHECK_INT_EQ(m.n_candidates, 1);
}

static void test_names(void)
{
    const struct order_result *r =
        fixture_run(&f, "2 chedar cheeseburgers, a swet potato fries, 3 kids nuggets and fries");
    CHECK_INT_EQ(r->n_items, 4);
    CHECK_STR_EQ(fixture_item_name(&f, 0), "Cheddar Cheeseburger");
    CHECK_STR_EQ(fixture_item_name(&f, 1), "Sweet Potato Fries");
    CHECK_STR_EQ(fixture_item_name(&f, 2), "Kids Chicken Nuggets");
    CHECK_STR_EQ(fixture_item_name(&f, 3), "Classic Fries"); /* the alias, not any fries */
    CHECK_INT_EQ(r->items[2].qty, 3);
    r = fixture_run(&f, "a vegan burger with extra avocado and no onions");
    CHECK_INT_EQ(r->items[0].mods.n, 2);
    CHECK_STR_EQ(fixture_modifier(&f, 0, 0), "extra avocado");
    CHECK_STR_EQ(fixture_modifier(&f, 0, 1), "no onions");
    CHECK(r->items[0].score == 1.0f);
    r = fixture_run(&f, "a jackfruit burger and the halloumi burgers");
    CHECK_STR_EQ(fixture_item_name(&f, 0), "Spicy Jackfruit Burger");
    CHECK_STR_EQ(fixture_item_name(&f, 1), "Grilled Halloumi Burger");
    r = fixture_run(&f, "a pepperoni pizza, 2 sushi rolls and a lemonade");
    CHECK_INT_EQ(r->status, ORDER_STATUS_REJECTED);
    CHECK_INT_EQ(r->n_unknown, 2);
    CHECK_STR_EQ(r->unknown[0], "pepperoni pizza");
    CHECK_STR_EQ(r->unknown[1], "sushi rolls");
    CHECK_STR_EQ(r->reply, "Sorry, we don't offer pepperoni pizza or sushi rolls.");
}

static void test_replies(void)
{
    CHECK_STR_EQ(fixture_run(&f, "2x The Green Garden Vegan Burger with extra avocado, 1 Classic "
                                 "Fries")
                     ->reply,
                 "Thanks! 2 × The Green Garden Vegan Burger (extra avocado), 1 × Classic Fries "
                 "— total $23.65.");
    CHECK_STR_EQ(fixture_run(&f, "How much is the Cheddar Cheeseburger?")->reply,
                 "The Cheddar Cheeseburger is $11.50.");
    CHECK_STR_EQ(fixture_run(&f, "How much is a falafel wrap and a side salad?")->reply,
                 "The Falafel Wrap is $9.25. The Side Salad is $3.95.");
    CHECK_STR_EQ(fixture_run(&f, "Is the brownie vegan?")->reply,
                 "Yes, the Vegan Chocolate Brownie is vegan.");
    CHECK_STR_EQ(fixture_run(&f, "is the kale caesar vegan?")->reply,
                 "The Kale Caesar Salad isn't marked vegan: Massaged kale and romaine with garlic "
                 "croutons, parmesan cheese and a creamy anchovy Caesar dressing.");
    CHECK_STR_EQ(fixture_run(&f, "What comes on the sparkling water?")->reply,
                 "The Sparkling Water ($2.25): Chilled sparkling mineral water with a slice of "
                 "lemon.");
    CHECK_STR_EQ(fixture_run(&f, "Do you have any vegan desserts?")->reply,
                 "Our vegan desserts: Vegan Chocolate Brownie.");
    CHECK_STR_EQ(fixture_run(&f, "Which wraps are gluten-free?")->reply,
                 "Sorry, we don't have any gluten-free wraps at the moment.");
    CHECK_STR_EQ(fixture_run(&f, "Can I order a pork burger?")->reply,
                 "Sorry, we don't offer pork burger.");
    CHECK_STR_EQ(fixture_run(&f, "Do you do meal deals?")->reply,
                 "Thanks for asking — we'll get back to you shortly.");
    CHECK_STR_EQ(fixture_run(&f, "Where do I pick up my order?")->reply,
                 "Thanks for letting us know — the counter team has your pickup message.");
    CHECK_STR_EQ(fixture_run(&f, "What time do you close tonight?")->reply,
                 "Thanks for asking — a team member will confirm our opening hours shortly.");
    /* a cue the words around it take back raises no matter: hours spent are the
     * customer's day, a meal picked up is food got */
    CHECK_STR_EQ(fixture_run(&f, "we spent 4 hours hiking")->reply,
                 "Thanks for your message — a team member will get back to you shortly.");
    CHECK_STR_EQ(
        fixture_run(&f, "after six hours of packing boxes, what time do you close?")->reply,
        "Thanks for asking — a team member will confirm our opening hours shortly.");
    CHECK_STR_EQ(fixture_run(&f, "my brother will pick up dinner for us later")->reply,
                 "Thanks for your message — a team member will get back to you shortly.");
    CHECK_STR_EQ(fixture_run(&f, "please cancel my order")->reply,
                 "Got it — we've passed your cancellation to the kitchen and will confirm "
                 "shortly.");
    CHECK_STR_EQ(fixture_run(&f, "My fries were burnt")->reply,
                 "We're sorry to hear that — a manager will get back to you shortly.");
    CHECK_STR_EQ(fixture_run(&f, "Are you hiring?")->reply,
                 "Thanks for your message — a team member will get back to you shortly.");
    /* a dish named by its price reads as no kind after "Which" */
    CHECK_STR_EQ(fixture_run(&f, "whatever is 11.50")->reply,
                 "By \"whatever is 11.50\", did you mean the Cheddar Cheeseburger or the Tofu "
                 "Teriyaki Bowl?");
    /* a dish that did not come through is asked back as such, the symbols quoted */
    CHECK_STR_EQ(
        fixture_run(&f, "1 onion rings and 1 \xe2\x96\x92\xe2\x96\x92\xe2\x96\x92")->reply,
        "Part of your message didn't come through (\"\xe2\x96\x92\xe2\x96\x92\xe2\x96\x92\"): "
        "which item did you mean? So far: 1 × Onion Rings.");
}

/* Inquiries: item questions answer from the named item; general ones from retrieval over
 * "name. description" filtered by the diet / section asked; the rest honestly. */
static void test_inquiry_replies(void)
{
    const struct order_result *r = fixture_run(&f, "do you have vegan desserts?");
    CHECK_STR_EQ(order_status_name(r->status), "answered");
    CHECK_STR_EQ(r->reply, "Our vegan desserts: Vegan Chocolate Brownie.");
    /* the milkshake made with dairy milk is left out; vegan ones count as dairy-free */
    CHECK_STR_EQ(fixture_run(&f, "what drinks are dairy-free?")->reply,
                 "Our dairy-free drinks: Mango Smoothie, Strawberry Banana Smoothie and Vanilla "
                 "Oat Milkshake.");
    /* retrieval order (best first), not menu order: Sweet Potato Fries comes first there */
    CHECK_STR_EQ(fixture_run(&f, "anything gluten-free on the sides?")->reply,
                 "Our gluten-free sides: Classic Fries, Side Salad and Sweet Potato Fries.");
    /* "vegetarian, can be made vegan" is no vegan claim */
    CHECK_STR_EQ(
        fixture_run(&f, "is the black bean burger vegan?")->reply,
        "The Black Bean Chipotle Burger isn't marked vegan: A spiced black bean and corn "
        "patty with chipotle mayo, avocado, pickled jalapeños and lettuce; vegetarian, can "
        "be made vegan.");
    CHECK_STR_EQ(fixture_run(&f, "is the black bean burger vegetarian?")->reply,
                 "Yes, the Black Bean Chipotle Burger is vegetarian.");
    CHECK_STR_EQ(fixture_run(&f, "is the spicy jackfruit burger vegan?")->reply,
                 "Yes, the Spicy Jackfruit Burger is vegan.");
    CHECK_STR_EQ(fixture_run(&f, "is the falafel wrap vegetarian?")->reply,
                 "Yes, the Falafel Wrap is vegetarian.");
    /* "vegan bun" and "vegan sriracha mayo" in a description are ingredients, not claims */
    CHECK_STR_EQ(fixture_run(&f, "which burgers are vegan?")->reply,
                 "Our vegan burgers: The Green Garden Vegan Burger and Spicy Jackfruit Burger.");
    CHECK_STR_EQ(fixture_run(&f, "how much is the cheddar cheeseburger?")->reply,
                 "The Cheddar Cheeseburger is $11.50.");
    CHECK_STR_EQ(fixture_run(&f, "how much is the green garden burger?")->reply,
                 "The Green Garden Vegan Burger is $9.95.");
    CHECK_STR_EQ(fixture_run(&f, "what's in the quinoa power bowl?")->reply,
                 "The Quinoa Power Bowl ($11.95): Red quinoa, roasted sweet potato, black beans, "
                 "avocado, kale, pumpkin seeds and a lime tahini dressing; vegan and gluten-free.");
    CHECK_STR_EQ(fixture_run(&f, "Do you have anything with halloumi?")->reply,
                 "Thanks for asking — we'll get back to you shortly. Closest on our menu: the "
                 "Grilled Halloumi Burger ($11.75).");
    /* off the menu: the nearest items are offered as such, not as a yes */
    CHECK_STR_EQ(fixture_run(&f, "Do you have chicken wings?")->reply,
                 "Sorry, we don't offer chicken wings. Closest on our menu: the Kids Chicken "
                 "Nuggets ($6.25).");
    r = fixture_run(&f, "do you sell beer?");
    CHECK_STR_EQ(order_status_name(r->status), "answered");
    CHECK_STR_EQ(r->reply, "Sorry, we don't offer beer.");
    /* a service question, not about the menu: logged with the general reply */
    r = fixture_run(&f, "do you cater weddings?");
    CHECK_STR_EQ(order_status_name(r->status), "logged");
    CHECK_STR_EQ(r->reply, "Thanks for your message — a team member will get back to you shortly.");
}

/* The built-in understanding with `from` replaced by `to` (both present once). */
static int parse_edited(const char *from, const char *to, struct order_understanding **u, char *err,
                        size_t err_size)
{
    extern const char order_understanding_json[];
    char *at = strstr(order_understanding_json, from);
    CHECK(at != NULL);
    if (!at)
        return -1;
    size_t head = (size_t)(at - order_understanding_json);
    char *copy = malloc(strlen(order_understanding_json) + strlen(to) + 1);
    CHECK(copy != NULL);
    snprintf(copy, strlen(order_understanding_json) + strlen(to) + 1, "%.*s%s%s", (int)head,
             order_understanding_json, to, at + strlen(from));
    int rc = order_understanding_parse(copy, strlen(copy), u, err, err_size);
    free(copy);
    return rc;
}

/* The retrieval threshold is data: raised past every score, nothing is retrieved. */
static void test_retrieval_threshold(void)
{
    struct order_understanding *u;
    struct order_pipeline *p;
    char err[ORDER_ERROR_MAX];
    CHECK_INT_EQ(parse_edited("\"retrieval_threshold\": 0.25", "\"retrieval_threshold\": 0.9", &u,
                              err, sizeof(err)),
                 0);
    CHECK_INT_EQ(order_pipeline_new(&f.menu, u, f.engine, &p, err, sizeof(err)), 0);
    struct order_work *w = order_work_new(p);
    const char *text = "Do you have anything with halloumi?";
    struct order_message m = {NULL, 0, text, strlen(text)};
    int rc = -1;
    CHECK_INT_EQ(order_analyze_batch(p, f.engine, &m, 1, &w, &f.r, &rc), 0);
    CHECK_INT_EQ(rc, 0);
    CHECK_STR_EQ(f.r.reply, "Thanks for asking — we'll get back to you shortly.");
    /* lists stay complete without retrieval, in menu order */
    text = "anything gluten-free on the sides?";
    m = (struct order_message){NULL, 0, text, strlen(text)};
    CHECK_INT_EQ(order_analyze_batch(p, f.engine, &m, 1, &w, &f.r, &rc), 0);
    CHECK_STR_EQ(f.r.reply,
                 "Our gluten-free sides: Sweet Potato Fries, Classic Fries and Side Salad.");
    order_work_free(w);
    order_pipeline_free(p);
    order_understanding_free(u);
    CHECK_INT_EQ(
        parse_edited("\"retrieval_topk\": 8", "\"retrieval_topk\": 17", &u, err, sizeof(err)),
        -EINVAL);
    CHECK_STR_EQ(err, "inquiry.retrieval_topk: expected an integer in 1..16");
    CHECK_INT_EQ(parse_edited("\"dairy-free\": [\"vegan\"]", "\"dairy-free\": [\"keto\"]", &u, err,
                              sizeof(err)),
                 -EINVAL);
    CHECK_STR_EQ(err, "inquiry.diet_implied_by.dairy-free: expected names of diets");
}

static void test_json(void)
{
    fixture_run(&f, "Hi, can I get 2 cheeseburgers no pickles and a lemonade (no ice) please");
    CHECK_STR_EQ(f.json,
                 "{\"id\": \"t\", \"category\": \"order\", \"status\": \"accepted\", "
                 "\"intents\": [\"order\"], \"clauses\": [{\"text\": \"hi, can i get 2 "
                 "cheeseburgers no pickles and a lemonade (no ice) please\", \"intent\": "
                 "\"order\"}], \"items\": [{\"name\": \"Cheddar Cheeseburger\", \"qty\": 2, "
                 "\"modifiers\": [\"no pickles\"], \"unit_price\": 11.50, \"score\": 1.000}, "
                 "{\"name\": \"Fresh Lemonade\", \"qty\": 1, \"modifiers\": [\"no ice\"], "
                 "\"unit_price\": 3.25, \"score\": 1.000}], \"unknown\": [], \"clarify\": [], "
                 "\"total\": 26.25, \"reply\": \"Thanks! 2 × Cheddar Cheeseburger (no "
                 "pickles), 1 × Fresh Lemonade (no ice) — total $26.25.\"}");
    fixture_run(&f, "1 hot dog + 1 fries");
    CHECK_STR_EQ(f.json,
                 "{\"id\": \"t\", \"category\": \"order\", \"status\": \"rejected\", "
                 "\"intents\": [\"order\"], \"clauses\": [{\"text\": \"1 hot dog + 1 fries\", "
                 "\"intent\": \"order\"}], \"items\": [{\"name\": \"Classic Fries\", \"qty\": "
                 "1, \"modifiers\": [], \"unit_price\": 3.75, \"score\": 1.000}], \"unknown\": "
                 "[\"hot dog\"], \"clarify\": [], \"reply\": \"Sorry, we don't offer hot "
                 "dog.\"}");
    fixture_run(&f, "Where can I park? \"Thanks\"");
    CHECK_STR_EQ(f.json,
                 "{\"id\": \"t\", \"category\": \"other\", \"status\": \"logged\", "
                 "\"intents\": [\"other\"], \"clauses\": [{\"text\": \"where can i park?\", "
                 "\"intent\": \"other\"}, {\"text\": \"thanks\", \"intent\": \"none\"}], "
                 "\"items\": [], \"unknown\": [], \"clarify\": [], \"reply\": \"Thanks for "
                 "your message — a team member will get back to you shortly.\"}");
    /* a review: what is asked back names its candidates */
    struct order_result r = f.r;
    r.category = ORDER_CATEGORY_ORDER;
    r.status = ORDER_STATUS_REVIEW;
    snprintf(r.id, sizeof(r.id), "q\"\\\n\x01");
    r.n_items = 0;
    r.n_clarify = 1;
    r.clarify[0] = (struct order_clarify){.candidates = {2, 1}, .n_candidates = 2};
    snprintf(r.clarify[0].phrase, sizeof(r.clarify[0].phrase), "cheese burgr");
    snprintf(r.reply, sizeof(r.reply), "Did you mean the Cheddar Cheeseburger?");
    char buf[ORDER_RESULT_JSON_MAX];
    CHECK(order_result_json(&r, buf, sizeof(buf)) > 0);
    CHECK_STR_EQ(buf, "{\"id\": \"q\\\"\\\\\\n\\u0001\", \"category\": \"order\", \"status\": "
                      "\"review\", \"intents\": [\"other\"], \"clauses\": [{\"text\": \"where can "
                      "i park?\", \"intent\": \"other\"}, {\"text\": \"thanks\", \"intent\": "
                      "\"none\"}], \"items\": [], \"unknown\": [], \"clarify\": [{\"phrase\": "
                      "\"cheese burgr\", \"candidates\": [\"Cheddar Cheeseburger\", \"Classic Beef "
                      "Burger\"]}], \"reply\": \"Did you mean the Cheddar Cheeseburger?\"}");
    CHECK_INT_EQ(order_result_json(&r, buf, 40), -ENOSPC);
    r.has_id = false;
    CHECK(order_result_json(&r, buf, sizeof(buf)) > 0);
    CHECK(strncmp(buf, "{\"id\": null, ", 13) == 0);
    CHECK_STR_EQ(fixture_run(&f, "Thank you!")->reply,
                 "Thank you so much — we're glad you enjoyed it!");
}

/* Size words through the whole pipeline: the item by name with its size as a modifier;
 * names holding "kids", "mini", "regular" or "small" unchanged. */
static void test_sizes(void)
{
    fixture_run(&f,
                "two Green Garden vegan burgers with extra avocado and a large lemonade please");
    CHECK_STR_EQ(f.json,
                 "{\"id\": \"t\", \"category\": \"order\", \"status\": \"accepted\", "
                 "\"intents\": [\"order\"], \"clauses\": [{\"text\": \"two green garden vegan "
                 "burgers with extra avocado and a large lemonade please\", \"intent\": "
                 "\"order\"}], \"items\": [{\"name\": \"The Green Garden Vegan Burger\", "
                 "\"qty\": 2, \"modifiers\": [\"extra avocado\"], \"unit_price\": 9.95, "
                 "\"score\": 1.000}, {\"name\": \"Fresh Lemonade\", \"qty\": 1, \"modifiers\": "
                 "[\"large\"], \"unit_price\": 3.25, \"score\": 1.000}], \"unknown\": [], "
                 "\"clarify\": [], \"total\": 23.15, \"reply\": \"Thanks! 2 × The Green Garden "
                 "Vegan Burger (extra avocado), 1 × Fresh Lemonade (large) — total $23.15.\"}");
    const struct order_result *r = fixture_run(
        &f, "small fries, regular cold brew, a big chocolate milkshake, medium onion rings "
            "with extra salt, an extra large lemonade, kids size nuggets x2");
    CHECK_INT_EQ(r->status, ORDER_STATUS_ACCEPTED);
    CHECK_INT_EQ(r->n_items, 6);
    static const char *const want[][3] = {
        {"Classic Fries", "small", NULL},        {"Cold Brew Coffee", "regular", NULL},
        {"Chocolate Milkshake", "large", NULL},  {"Onion Rings", "medium", "extra salt"},
        {"Fresh Lemonade", "extra large", NULL}, {"Kids Chicken Nuggets", "kids size", NULL},
    };
    for (size_t i = 0; i < 6 && i < r->n_items; i++) {
        CHECK_STR_EQ(fixture_item_name(&f, i), want[i][0]);
        CHECK(r->items[i].score == 1.0f);
        CHECK_INT_EQ(r->items[i].mods.n, want[i][2] ? 2 : 1);
        CHECK_STR_EQ(fixture_modifier(&f, i, 0), want[i][1]);
        if (want[i][2] && r->items[i].mods.n == 2)
            CHECK_STR_EQ(fixture_modifier(&f, i, 1), want[i][2]);
    }
    CHECK_INT_EQ(r->items[5].qty, 2);
    fixture_run(&f, "a Kids Mini Burger, 2 kids chicken nuggets, regular fries and a small salad");
    CHECK_STR_EQ(f.json,
                 "{\"id\": \"t\", \"category\": \"order\", \"status\": \"accepted\", "
                 "\"intents\": [\"order\"], \"clauses\": [{\"text\": \"a kids mini burger, 2 "
                 "kids chicken nuggets, regular fries and a small salad\", \"intent\": "
                 "\"order\"}], \"items\": [{\"name\": \"Kids Mini Burger\", \"qty\": 1, "
                 "\"modifiers\": [], \"unit_price\": 6.50, \"score\": 1.000}, {\"name\": "
                 "\"Kids Chicken Nuggets\", \"qty\": 2, \"modifiers\": [], \"unit_price\": "
                 "6.25, \"score\": 1.000}, {\"name\": \"Classic Fries\", \"qty\": 1, "
                 "\"modifiers\": [], \"unit_price\": 3.75, \"score\": 1.000}, {\"name\": "
                 "\"Side Salad\", \"qty\": 1, \"modifiers\": [], \"unit_price\": 3.95, "
                 "\"score\": 1.000}], \"unknown\": [], \"clarify\": [], \"total\": 26.70, "
                 "\"reply\": \"Thanks! 1 × Kids Mini Burger, 2 × Kids Chicken Nuggets, 1 × "
                 "Classic Fries, 1 × Side Salad — total $26.70.\"}");
    r = fixture_run(&f, "a large pork burger and a large lemonade");
    CHECK_INT_EQ(r->status, ORDER_STATUS_REJECTED);
    CHECK_STR_EQ(r->unknown[0], "large pork burger");
    CHECK_STR_EQ(r->reply, "Sorry, we don't offer large pork burger.");
}

static void test_prepare_errors(void)
{
    CHECK_INT_EQ(order_prepare(f.p, NULL, 0, "bad \xc3", 5, f.w), -EINVAL);
    CHECK_INT_EQ(order_prepare(f.p, NULL, 0, " \n ", 3, f.w), -EINVAL);
    static char big[ORDER_TEXT_BYTES_MAX + 2];
    memset(big, 'a', sizeof(big) - 1);
    CHECK_INT_EQ(order_prepare(f.p, NULL, 0, big, sizeof(big) - 1, f.w), -E2BIG);
    char id[ORDER_ID_BYTES_MAX + 1];
    memset(id, 'i', sizeof(id));
    CHECK_INT_EQ(order_prepare(f.p, id, sizeof(id), "fries", 5, f.w), -E2BIG);
    CHECK_INT_EQ(order_prepare(f.p, "x", 1, "2 fries and a cola", 18, f.w), 0);
    /* "cola" only: "fries" is a name the lexicon read, and the message is an order whatever
     * its prototypes say, "cola" matched or not */
    CHECK_INT_EQ(f.w->n_embed, 1);
    CHECK(!f.w->message_embedded);
    CHECK_STR_EQ(f.w->embed_texts[0], "cola");
    /* a question's prototypes decide between inquiry and other: the message is embedded */
    CHECK_INT_EQ(order_prepare(f.p, "x", 1, "any cola?", 9, f.w), 0);
    CHECK(f.w->message_embedded);
    CHECK_INT_EQ(f.w->n_embed, 2);
    CHECK_STR_EQ(f.w->embed_texts[0], "any cola?");
    CHECK_STR_EQ(f.w->embed_texts[1], "cola");
    /* a general question: its vector is what retrieval reads */
    CHECK_INT_EQ(order_prepare(f.p, "x", 1, "do you have vegan options?", 26, f.w), 0);
    CHECK(f.w->message_embedded);
    CHECK_INT_EQ(f.w->n_embed, 1);
    /* menu names only: nothing to embed */
    CHECK_INT_EQ(order_prepare(f.p, "x", 1, "2 Cheddar Cheeseburger please", 29, f.w), 0);
    CHECK(!f.w->message_embedded);
    CHECK_INT_EQ(f.w->n_embed, 0);
    const struct order_result *r = fixture_run(&f, "2 Cheddar Cheeseburger please");
    CHECK_INT_EQ(r->status, ORDER_STATUS_ACCEPTED);
    CHECK_INT_EQ(r->n_items, 1);
    /* the same phrase twice is embedded once, and both things read it */
    CHECK_INT_EQ(order_prepare(f.p, "x", 1, "a cola, a pepsi and a cola", 26, f.w), 0);
    CHECK_INT_EQ(f.w->n_embed, 2);
    CHECK_STR_EQ(f.w->embed_texts[0], "cola");
    CHECK_STR_EQ(f.w->embed_texts[1], "pepsi");
}

static void test_understanding_errors(void)
{
    struct order_understanding *u;
    char err[ORDER_ERROR_MAX];
    CHECK_INT_EQ(order_understanding_parse("[1]", 3, &u, err, sizeof(err)), -EINVAL);
    CHECK_STR_EQ(err, "not a JSON object");
    const char *bad = "{\"accept_threshold\": 0.5, \"review_threshold\": 0.9}";
    CHECK_INT_EQ(order_understanding_parse(bad, strlen(bad), &u, err, sizeof(err)), -EINVAL);
    CHECK_STR_EQ(err, "review_threshold must not exceed accept_threshold");
    CHECK_INT_EQ(order_understanding_load("/nonexistent/u.json", &u, err, sizeof(err)), -ENOENT);
    /* the built-in file with a misplaced wildcard is refused */
    extern const char order_understanding_json[];
    extern const size_t order_understanding_json_len;
    char *copy = strdup(order_understanding_json);
    char *filler = strstr(copy, "\"im * away\"");
    CHECK(filler != NULL);
    if (filler)
        memcpy(filler, "\"* im away\"", 11);
    CHECK_INT_EQ(
        order_understanding_parse(copy, order_understanding_json_len, &u, err, sizeof(err)),
        -EINVAL);
    CHECK(strstr(err, "fillers: \"* im away\"") == err);
    free(copy);
}

/* A document that extends the built-in one changes only what it names: the two thresholds and
 * one number of "classify"; every list is the built-in one's. */
static void test_understanding_extends(void)
{
    struct order_understanding *u, *base = order_understanding_default();
    char err[ORDER_ERROR_MAX];
    const char *doc = "{\"version\": 1, \"extends\": \"built-in\", \"accept_threshold\": 0.9,"
                      " \"review_threshold\": 0.6, \"classify\": {\"prototype_weight\": 3.5}}";
    CHECK_INT_EQ(order_understanding_parse(doc, strlen(doc), &u, err, sizeof(err)), 0);
    if (u) {
        CHECK(u->accept_threshold == 0.9f);
        CHECK(u->review_threshold == 0.6f);
        CHECK(u->prototype_weight == 3.5f);
        CHECK(base->prototype_weight != 3.5f);
        CHECK_INT_EQ(u->openers.count, base->openers.count);
        CHECK_INT_EQ(u->fillers.count, base->fillers.count);
        CHECK_INT_EQ(u->n_labels, base->n_labels);
        CHECK_STR_EQ(u->openers.items[0].words[0], base->openers.items[0].words[0]);
        order_understanding_free(u);
    }
    order_understanding_free(base);
    const char *other = "{\"extends\": \"understanding-v0.json\", \"accept_threshold\": 0.9}";
    CHECK_INT_EQ(order_understanding_parse(other, strlen(other), &u, err, sizeof(err)), -EINVAL);
    CHECK_STR_EQ(err, "extends: only \"built-in\" can be extended");
    /* the merged document is checked as a whole: a review threshold above the built-in
     * accept threshold is refused */
    const char *high = "{\"extends\": \"built-in\", \"review_threshold\": 0.99}";
    CHECK_INT_EQ(order_understanding_parse(high, strlen(high), &u, err, sizeof(err)), -EINVAL);
    CHECK_STR_EQ(err, "review_threshold must not exceed accept_threshold");
}

static void test_pipeline_limits(void)
{
    struct menu big = {0};
    struct order_pipeline *p;
    char err[ORDER_ERROR_MAX];
    CHECK_INT_EQ(order_pipeline_new(&big, f.u, f.engine, &p, err, sizeof(err)), -EINVAL);
    CHECK_STR_EQ(err, "the menu is empty");
    for (int i = 0; i < ORDER_NAME_ROWS_MAX / 2; i++) {
        char name[32];
        snprintf(name, sizeof(name), "dish %d", i);
        menu_append(&big, name, name, "mains", "", 100);
    }
    CHECK_INT_EQ(order_pipeline_new(&big, f.u, f.engine, &p, err, sizeof(err)), -E2BIG);
    CHECK(strstr(err, "more than 2048 names") != NULL);
    menu_free(&big);
}

/* More dishes than a message keeps (ORDER_ITEMS_MAX), in one clause or one a line: never
 * accepted short, the first ones read back and the whole order left to a person. */
static void test_too_many_dishes(void)
{
    char text[1024];
    size_t n = 0;
    for (int i = 0; i < 10; i++)
        n += (size_t)snprintf(text + n, sizeof(text) - n, "a falafel wrap, a mango smoothie, ");
    snprintf(text + n, sizeof(text) - n, "thanks");
    fixture_run(&f, text);
    CHECK_INT_EQ(f.r.status, ORDER_STATUS_REVIEW);
    CHECK(f.r.truncated);
    CHECK(strstr(f.json, "\"intent\": \"order\"}], \"truncated\": true, \"items\": "
                         "[{\"name\": \"Falafel Wrap\", \"qty\": 8, ") != NULL);
    CHECK(strstr(f.json, "\"total\"") == NULL);
    CHECK_STR_EQ(f.r.reply, "This order names more dishes than we can read in one message. We "
                            "read 8 × Falafel Wrap, 8 × Mango Smoothie; a team member will "
                            "confirm the whole order with you shortly.");
    n = 0;
    for (int i = 0; i < ORDER_ITEMS_MAX + 1; i++)
        n += (size_t)snprintf(text + n, sizeof(text) - n, "1 classic burger\n");
    fixture_run(&f, text);
    CHECK_INT_EQ(f.r.status, ORDER_STATUS_REVIEW);
    CHECK(f.r.truncated);
    CHECK_INT_EQ(f.r.n_items, 1);
    CHECK_INT_EQ(f.r.items[0].qty, ORDER_ITEMS_MAX);
    /* exactly as many as it keeps: accepted */
    n = 0;
    for (int i = 0; i < ORDER_ITEMS_MAX; i++)
        n += (size_t)snprintf(text + n, sizeof(text) - n, "1 classic burger\n");
    fixture_run(&f, text);
    CHECK_INT_EQ(f.r.status, ORDER_STATUS_ACCEPTED);
    CHECK(!f.r.truncated);
    CHECK(strstr(f.json, "truncated") == NULL);
    CHECK_INT_EQ(f.r.items[0].qty, ORDER_ITEMS_MAX);
}

int main(void)
{
    fixture_open(&f);
    test_classify();
    test_thresholds();
    test_names();
    test_replies();
    test_inquiry_replies();
    test_retrieval_threshold();
    test_json();
    test_sizes();
    test_prepare_errors();
    test_understanding_errors();
    test_understanding_extends();
    test_pipeline_limits();
    test_too_many_dishes();
    fixture_close(&f);
    return check_finish("test_order_pipeline");
}
