/* order_cases_taqueria.c — the cases of the second menu (bench/data/taqueria/menu.csv), read
 * with the same understanding (order_cases.h). */
#include "order_cases.h"

const struct order_case order_cases_taqueria[] = {
    /* a first choice the menu lacks, said under "if u have it", fails its condition: the
     * dish after "otherwise" is the order, and nothing is off the menu to decline */
    {.text = "a pozole if u have it, otherwise 2 carnitas tacos",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Carnitas Taco", .qty = 2}}},
    /* after an article, a word one edit from a frame verb ("panna": "wanna") before a word
     * neither the dictionary nor the menu knows opens a dish's name in its own language:
     * declined beside the dish of the menu */
    {.text = "could we get a panna cotta and 2 churros",
     .category = "order",
     .status = "rejected",
     .intents = {"order"},
     .items = {{.name = "Churros", .qty = 2}},
     .unknown = {"panna cotta"}},
    /* a kind of dish the menu names in part, counted in digits before a strong "please" of
     * a language: the frame is that language's, the order goes to a person */
    {.text = "3 taco lütfen",
     .category = "order",
     .status = "review",
     .intents = {"order"},
     .language = "tr"},
    /* Hindi in Latin letters: "ek" (one) and "dena" (give) are no English, the order goes to
     * a person */
    {.text = "ek horchata aur do churros dena",
     .category = "order",
     .status = "review",
     .intents = {"order"},
     .language = "hi"},
    /* a past participle after a dish and a comma, alone or after a degree, tells how the dish
     * is cooked, though no dictionary lists it: its modifier, no dish the menu lacks */
    {.text = "a carnitas bowl - lightly seared",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Carnitas Bowl", .qty = 1, .mods = {"lightly seared"}}}},
    {.text = "elote, well charred please",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Elote", .qty = 1, .mods = {"well charred"}}}},
    {.text = "2 churros, lightly sugared, and a horchata",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Churros", .qty = 2, .mods = {"lightly sugared"}},
               {.name = "Horchata", .qty = 1}}},
    /* a dish, then the customer never having had it, the subject left out: why the dish is
     * asked for, no report of an order that came and no change of the dish */
    {.text = "2 elote never had them before",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Elote", .qty = 2}}},
    {.text = "a flan, i havent tried it yet",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Flan", .qty = 1}}},
    /* "cant wait" after a dish is eagerness: no wait asked about, no change of the dish */
    {.text = "2 churros cant wait to try them",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Churros", .qty = 2}}},
    /* an informal word of diet after a person run together with the copula ("shes veggie")
     * says what the person eats, though the menu names dishes with it: nothing asked back */
    {.text = "a carnitas bowl and 2 horchatas, shes veggie",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Carnitas Bowl", .qty = 1}, {.name = "Horchata", .qty = 2}}},
    /* a vessel no menu word names ("a plate", "2 cups"), asked for after a question about a
     * food the menu lacks, is a serving of that food: declined with the food, not dropped */
    {.text = "do you have tamales? ill take a plate",
     .category = "order",
     .status = "rejected",
     .intents = {"inquiry", "order"},
     .unknown = {"tamales"}},
    /* the same of a dish of the menu asked about: the serving asks for that dish */
    {.text = "do you have flan? ill take a plate",
     .category = "order",
     .status = "accepted",
     .intents = {"inquiry", "order"},
     .items = {{.name = "Flan", .qty = 1}}},
    {.text = "u guys have horchata?? ill take 2 glasses",
     .category = "order",
     .status = "accepted",
     .intents = {"inquiry", "order"},
     .items = {{.name = "Horchata", .qty = 2}}},
    /* a bottle or a can holds a serving of the drink asked about, as a glass does */
    {.text = "got any horchata? ill take 2 bottles",
     .category = "order",
     .status = "accepted",
     .intents = {"inquiry", "order"},
     .items = {{.name = "Horchata", .qty = 2}}},
    /* counted after a question about a kind of several dishes, a vessel is no thing to drop
     * as one made by people: what it holds is asked back */
    {.text = "do you sell jarritos? we'll take 3 bottles",
     .category = "order",
     .status = "review",
     .intents = {"inquiry", "order"},
     .clarify = {{.phrase = "bottles",
                  .candidates = {"Horchata", "Jamaica Agua Fresca", "Watermelon Agua Fresca",
                                 "Mexican Coca-Cola", "(more)"}}}},
    /* a word of the list that only a description spells ("skirt steak", the carne asada)
     * may name a dish: asked back, not dropped as a thing made by people */
    {.text = "can i get 2 skirt please",
     .category = "order",
     .status = "review",
     .intents = {"order"},
     .clarify = {{.phrase = "skirt", .candidates = {"Elote", "Jarritos Tamarind"}}}},
    /* a count, a drink's word and a vessel ("3 tea mugs"): the drinks or the vessels, asked
     * back beside the dish, not declined as tea the menu lacks */
    {.text = "3 tea mugs and a flan",
     .category = "order",
     .status = "review",
     .intents = {"order"},
     .items = {{.name = "Flan", .qty = 1}},
     .clarify = {{.phrase = "tea mugs"}}},
    /* a counted noun alone that ends a food's name ("taco shell", "pie shell") may be that
     * food: asked back beside the dish, never dropped as a thing no kitchen makes */
    {.text = "2 shells and a flan",
     .category = "order",
     .status = "review",
     .intents = {"order"},
     .items = {{.name = "Flan", .qty = 1}},
     .clarify = {{.phrase = "shells", .candidates = {"Carne Asada Taco", "Tres Leches Cake"}}}},
    /* a counted vessel one drinks from, alone, asks for drinks: which one is asked among the
     * menu's drinks only, never dishes spelt near the vessel's word */
    {.text = "2 bottles please",
     .category = "order",
     .status = "review",
     .intents = {"order"},
     .clarify = {{.phrase = "bottles",
                  .candidates = {"Horchata", "Jamaica Agua Fresca", "Watermelon Agua Fresca",
                                 "Mexican Coca-Cola", "(more)"}}}},
    /* the measured vessel alone in its clause, "please" after it, asks as a dish named alone */
    {.text = "got any pozole? a large bowl please",
     .category = "order",
     .status = "rejected",
     .intents = {"inquiry", "order"},
     .unknown = {"pozole"}},
    /* a fallback after "or if youre out" is for when the first choice cannot be had: the
     * first is on the menu, so it alone is ordered */
    {.text = "a jamaica or if youre out a horchata, and 2 carnitas tacos",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Jamaica Agua Fresca", .qty = 1}, {.name = "Carnitas Taco", .qty = 2}}},
    /* a "not" of how the food is wanted ("not too spicy") is no "if not": the vessel is still
     * a serving of the food asked about */
    {.text = "got any menudo? i'll take a small bowl, not too spicy",
     .category = "order",
     .status = "rejected",
     .intents = {"inquiry", "order"},
     .unknown = {"menudo"}},
    /* "wondering if, if its no bother, i could get": the aside between the frame's "if" and
     * the request is politeness, the request is read as after "wondering if" */
    {.text = "wondering if, if its no bother, we could get 2 carnitas bowls",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Carnitas Bowl", .qty = 2}}},
    /* a size after "for the kid," is the dish's, as after "for my son,": the word of the
     * kids section names the person there, no dish that would take the size */
    {.text = "a horchata for the kid, large",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Horchata", .qty = 1, .mods = {"large"}}}},
    /* "for the kids" after a dish several items fit picks the one of the kids section */
    {.text = "2 horchatas and the chicken one for the kids please",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Horchata", .qty = 2}, {.name = "Kids Chicken Taquitos", .qty = 1}}},
    /* "he is" / "she's" after a comma describes the one the dish is for, a sentence of its
     * own: the request before it stands, and a word of age or taste after it is no dish */
    {.text = "one churros for my niece please, she is 9 and loves cinnamon",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Churros", .qty = 1}}},
    {.text = "a bean and cheese burrito for my dad, hes 80 so nothing spicy",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Bean and Cheese Burrito", .qty = 1}}},
    /* "she is" in a sentence that ends in a question mark cuts nothing: the dish named
     * before it is asked about, not ordered */
    {.text = "the churros, she is allergic to nuts, are they safe?",
     .category = "inquiry",
     .status = "answered",
     .intents = {"inquiry"}},
    /* not eating "anything else" (or "anything") takes no part off the dish: how picky the
     * eater is, no change written */
    {.text = "2 carnitas tacos, my brother wont eat anything else",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Carnitas Taco", .qty = 2}}},
    {.text = "a horchata and a flan, she will not eat anything",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Horchata", .qty = 1}, {.name = "Flan", .qty = 1}}},
    /* a number written with a currency sign ("$4", "5$", "€4") is the dish's price, no
     * count of it: each dish here comes once */
    {.text = "flan $4 and a horchata",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Flan", .qty = 1}, {.name = "Horchata", .qty = 1}}},
    {.text = "churros 5$ and flan \xE2\x82\xAC"
             "4",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Churros", .qty = 1}, {.name = "Flan", .qty = 1}}},
    /* a dish and a price closing a clause asked with '?' asks whether that is its price: no
     * order, as "the spicy one?" would be; counted ("2 flans, $8?") or a line of a list of
     * dishes ordered without a price asked, the dishes are asked for */
    {.text = "horchata - 3$?\nchurros - $4.50?",
     .category = "inquiry",
     .status = "answered",
     .intents = {"inquiry"}},
    {.text = "2 flans, $8?",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Flan", .qty = 2}}},
    {.text = "1. al pastor taco x4\n2. churros $4??",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Al Pastor Taco", .qty = 4}, {.name = "Churros", .qty = 1}}},
    /* a price in brackets between a dish and its count ("($5) x3") is passed over: the
     * count after it is still the dish's */
    {.text = "1. elote ($5) x3\n2. jamaica agua fresca $3.25",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Elote", .qty = 3}, {.name = "Jamaica Agua Fresca", .qty = 1}}},
    /* the prices of a sum written after a dish ("@ $4.25 = $12.75") are numbers alone once
     * their signs are dropped: no change of the dish */
    {.text = "3x carne asada taco @ $4.25 = $12.75",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Carne Asada Taco", .qty = 3}}},
    /* "#2" opening a line ranks it in the customer's list: no count of the dish after it */
    {.text = "order below\n#1 elote\n#2 flan\n#3 2 horchatas",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Elote", .qty = 1},
               {.name = "Flan", .qty = 1},
               {.name = "Horchata", .qty = 2}}},
    /* a word of the dish's name in brackets between the dish and its count ("(kids) x3",
     * "(fish) x2") is passed over: the count after it is still the dish's */
    {.text = "QUESADILLA (KIDS) X3 AND TACO (FISH) X2",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Kids Quesadilla", .qty = 3}, {.name = "Baja Fish Taco", .qty = 2}}},
    /* words ending in a word for a meal before a colon and a counted dish ("team lunch: 3
     * elote") say whom the list is for: no dish of their own, nothing asked back */
    {.text = "hey its sam from next door, team lunch: 3 elote and 2 flan",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Elote", .qty = 3}, {.name = "Flan", .qty = 2}}},
    /* ... and so when the dish right after the colon is counted after it ("elote x3") */
    {.text = "study group snacks: elote x3, flan x2",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Elote", .qty = 3}, {.name = "Flan", .qty = 2}}},
    /* ... and so when the count's own words stand before its dish ("3 each of the ...") */
    {.text = "night crew dinner: 3 each of the elote and the flan",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Elote", .qty = 3}, {.name = "Flan", .qty = 3}}},
    /* ... and so with a number that tells the meal from others and an aside in brackets
     * before the colon: "meal #3" there names no numbered dish */
    {.text = "front desk meal #3 (the night shift): elote x2, flan x2",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Elote", .qty = 2}, {.name = "Flan", .qty = 2}}},
    /* a word the menu lacks that is no meal word before the colon is still a dish asked
     * back */
    {.text = "pozole: 2 flan",
     .category = "order",
     .status = "rejected",
     .intents = {"order"},
     .items = {{.name = "Flan", .qty = 2}},
     .unknown = {"pozole"}},
    /* a participle after a word of degree closing the clause ("lightly dusted") changes the
     * dish as an adjective does, though the adjective list does not hold it */
    {.text = "2 churros, lightly dusted pls",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Churros", .qty = 2, .mods = {"lightly dusted"}}}},
    /* "fast please", "real quick" after the dishes ask for speed as "asap" does: no change
     * of the dish before them */
    {.text = "elote and a jamaica agua fresca, fast please",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Elote", .qty = 1}, {.name = "Jamaica Agua Fresca", .qty = 1}}},
    {.text = "3 churros real quick",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Churros", .qty = 3}}},
    /* people counted after "the" or an owner other than "my" ("the two nieces", "her 3
     * sisters") are how many a dish "each" is for, as "my two kids" are */
    {.text = "the two nieces each get a horchata and her 3 sisters each want churros",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Horchata", .qty = 2}, {.name = "Churros", .qty = 3}}},
    /* a dish as the subject of a past not in "-ed" ("blew my mind", "broke me") tells what
     * it did to the customer: praise, no dish asked for */
    {.text = "honestly your elote blew my mind",
     .category = "other",
     .status = "logged",
     .intents = {"other"}},
    {.text = "your carnitas bowl yesterday broke me, thank you",
     .category = "other",
     .status = "logged",
     .intents = {"other"}},
    /* the same after a word read as the dish's change ("agua fresca cold undid me") */
    {.text = "your jamaica agua fresca cold undid me",
     .category = "other",
     .status = "logged",
     .intents = {"other"}},
    /* a dish as the subject of a negated verb no kitchen is told to do ("dont keep") says
     * what it does: a statement, no dish asked for with that as its change; "dont add" tells
     * the kitchen, a change of the dish */
    {.text = "are you open on mondays? churros dont keep overnight",
     .category = "other",
     .status = "logged",
     .intents = {"other"}},
    {.text = "carnitas taco dont add onions",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Carnitas Taco", .qty = 1, .mods = {"no onions"}}}},
    /* so does what another said the dish did to someone ("my sister swears ...", "... made
     * her week"): told, no dish asked for */
    {.text = "my sister swears your flan made her week",
     .category = "other",
     .status = "logged",
     .intents = {"other"}},
    /* "asking as ..." right after a question says why the customer asks: the question's,
     * whatever a shop or a job after it would otherwise be read as */
    {.text = "do you fry the churros in house? im just asking as the owner of the cafe next door",
     .category = "inquiry",
     .status = "answered",
     .intents = {"inquiry"}},
    /* a need of a degree right after a question ("need the most ...") says by what the
     * customer chooses among the dishes asked about: the question's, no empty order; a need
     * that names a dish still asks for it */
    {.text = "which taco has the most meat on it? i need the most protein today",
     .category = "inquiry",
     .status = "answered",
     .intents = {"inquiry"}},
    {.text = "is the flan sweet? need more churros too",
     .category = "order",
     .status = "accepted",
     .intents = {"inquiry", "order"},
     .items = {{.name = "Churros", .qty = 1}}},
    /* a swap after a dish talked of bare after a verb ("he wont eat flan") replaces the
     * same dish asked for before the talk, not only the mention */
    {.text = "a horchata and a flan. he wont eat flan. make that churros",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Horchata", .qty = 1}, {.name = "Churros", .qty = 1}}},
    /* a dish named again in the reason for it ("because i love flan") points back at the
     * dish asked for: no second one */
    {.text = "a horchata and a flan because honestly i love flan",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Horchata", .qty = 1}, {.name = "Flan", .qty = 1}}},
    /* a dish, then two ways it may come joined by "or" ("on a plate or in a cup?") with a
     * question mark and nothing else, asks how it comes: nothing ordered */
    {.text = "churros, on a plate or in a cup?",
     .category = "inquiry",
     .status = "answered",
     .intents = {"inquiry"}},
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
     .items = {{.name = "Jamaica Agua Fresca", .qty = 3, .mods = {"no ice"}},
               {.name = "Jamaica Agua Fresca", .qty = 1}}},
    /* dishes the customer says they have already are no order; the request after them is */
    {.text = "we have 2 carnitas tacos already, need a horchata",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Horchata", .qty = 1}}},
    /* "the rest" after a part split off a count is what the count leaves, with its own
     * changes */
    {.text = "5 al pastor tacos, one with no pineapple, the remaining ones with extra salsa",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Al Pastor Taco", .qty = 1, .mods = {"no pineapple"}},
               {.name = "Al Pastor Taco", .qty = 4, .mods = {"extra salsa"}}}},
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
    /* the same behind a relative and its verb of being ("that is", "thats"): it points at
     * the dish as the participle alone does, no change */
    {.text = "could i get the cake that is soaked in milk please",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Tres Leches Cake", .qty = 1}}},
    {.text = "2 of the cake thats soaked in milk",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Tres Leches Cake", .qty = 2}}},
    /* two foods joined by a hyphen before a noun ("chile-lime") are one describing word read
     * as its two words: the corn whose description holds both is the dish */
    {.text = "2 chile-lime corn",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Elote", .qty = 2}}},
    /* a word joined by a hyphen to a past participle describes the dish as the two words
     * apart do: "milk-soaked" is the cake's soaking in milks, no change of it, and
     * "slow-braised pork" the pork its description holds */
    {.text = "a milk-soaked cake and 2 slow-braised pork tacos",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Tres Leches Cake", .qty = 1}, {.name = "Carnitas Taco", .qty = 2}}},
    /* "of" and a word the dish's description holds says what it is made of, as a customer
     * without its name says it: words of its naming, no change */
    {.text = "one horchata of cinnamon and a flan",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Horchata", .qty = 1}, {.name = "Flan", .qty = 1}}},
    /* "from" and a place the description names says where the dish comes from as the menu
     * does: words of its naming, no change */
    {.text = "2 mexican cokes from mexico please",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Mexican Coca-Cola", .qty = 2}}},
    /* the same closed by a vague noun ("... thingy", "... one"): the words still only point
     * at the dish */
    {.text = "the cake soaked in milk thingy and a flan",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Tres Leches Cake", .qty = 1}, {.name = "Flan", .qty = 1}}},
    /* a food phrase one description says, then "with" and what that description says it comes
     * with, names the dish as the phrase alone does; with a thing the description lacks it
     * stays a thing the menu lacks */
    {.text = "the baked custard with the caramel",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Flan", .qty = 1}}},
    {.text = "the baked custard with sprinkles",
     .category = "order",
     .status = "rejected",
     .intents = {"order"},
     .unknown = {"baked custard", "sprinkles"}},
    /* a dish pointed at by how the menu says it is made: no change, and "soaked" there is no
     * complaint */
    {.text = "could i get the cake soaked in milk please",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Tres Leches Cake", .qty = 1}}},
    /* a party counted out before a modal and a verb of getting is who asks, as "we" is:
     * a dish the menu lacks is declined, not dropped */
    {.text = "5 of us would like lamb tacos",
     .category = "order",
     .status = "rejected",
     .intents = {"order"},
     .unknown = {"lamb tacos"}},
    /* the words after a cup or a pot name a drink, though each is an ordinary word */
    {.text = "2 carnitas tacos and a pot of lady grey",
     .category = "order",
     .status = "rejected",
     .intents = {"order"},
     .items = {{.name = "Carnitas Taco", .qty = 2}},
     .unknown = {"lady grey"}},
    /* "the kids", a menu word never a dish alone, before a modal of getting is who asks */
    {.text = "the kids would like a michelada",
     .category = "order",
     .status = "rejected",
     .intents = {"order"},
     .unknown = {"michelada"}},
    /* the party's share between subject and verb ("we would all like") keeps the request */
    {.text = "we would all like a michelada",
     .category = "order",
     .status = "rejected",
     .intents = {"order"},
     .unknown = {"michelada"}},
    /* a count "each" after the dish, the party's size said in the message: each one's */
    {.text = "theres 4 of us, 2 al pastor tacos each and one flan to share",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Al Pastor Taco", .qty = 8}, {.name = "Flan", .qty = 1}}},
    /* what a dish is ordered for, an infinitive of tasting or finding out after it, is no
     * change of it, as "to share" is none; a change after it still is one */
    {.text = "a churro to taste, no sugar, and 2 carnitas tacos to see if theyre any good",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Churros", .qty = 1, .mods = {"no sugar"}},
               {.name = "Carnitas Taco", .qty = 2}}},
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
    /* a kind, "of" and one word no name holds ("a drink of mint") describes the kind as "a
     * mint drink" does: the one drink whose description holds it */
    {.text = "2 carnitas tacos and a drink of mint",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Carnitas Taco", .qty = 2}, {.name = "Watermelon Agua Fresca", .qty = 1}}},
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
    /* a dish named whole, then "with" what is "in it" that it does not hold: the one other
     * dish of its section that holds those words and the name's own is meant, no change */
    {.text = "one carne asada burrito with fries in it",
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
    /* a vessel alone, measured only by its size, asked for right after a question about a
     * food the menu lacks is a serving of that food: declined, no bowl of the menu asked
     * back; after "if not" it is a dish of the menu instead */
    {.text = "any chance you make menudo? id love a large bowl",
     .category = "order",
     .status = "rejected",
     .intents = {"inquiry", "order"},
     .unknown = {"menudo"}},
    {.text = "any chance you make menudo? if not id love a large bowl",
     .category = "order",
     .status = "review",
     .intents = {"inquiry", "order"},
     .clarify = {{"bowl", {"Carnitas Bowl", "Pollo Asado Bowl", "Roasted Veggie Bowl"}}}},
    /* a choice come to ("we finally settled on") opens a request as "ill go with" does: the
     * dish the menu lacks after it is asked for and declined, not told of as the past */
    {.text = "ok we finally settled on 2 lobster tacos and a horchata",
     .category = "order",
     .status = "rejected",
     .intents = {"order"},
     .items = {{.name = "Horchata", .qty = 1}},
     .unknown = {"lobster tacos"}},
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
    /* a verb of being ends what is in the kind: what follows is said of the dish, and a
     * diet its description holds ("gluten-free") asks about it, no dish is ordered */
    {.text = "the bowl with pork is gluten free?",
     .category = "inquiry",
     .status = "answered",
     .intents = {"inquiry"}},
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
    /* a correction naming only another kind replaces the dish before it with one of that
     * kind, told apart by the words that told the first apart; a later correction back to
     * the first kind names the dish taken back: the last word counts */
    {.text = "a carnitas taco, no wait the bowl",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Carnitas Bowl", .qty = 1}}},
    {.text = "the chicken tinga burrito, no the taco, actually the burrito",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Chicken Tinga Burrito", .qty = 1}}},
    /* a correction after a comma ("wait no", "actually no") opens a clause of its own, which
     * replaces the dish before that it names again */
    {.text = "3 carnitas tacos, actually no, 2 fish tacos and 1 carnitas taco",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Baja Fish Taco", .qty = 2}, {.name = "Carnitas Taco", .qty = 1}}},
    /* a correction by a name dishes of several kinds share picks the one of the kind it
     * corrects, in the count of the dish it replaces */
    {.text = "2 al pastor tacos, wait no, carnitas",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Carnitas Taco", .qty = 2}}},
    /* "the" and words after a dash closing a list of dishes name the list, they order
     * nothing more */
    {.text = "an elote, a horchata and churros - the corn fiesta",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Elote", .qty = 1},
               {.name = "Horchata", .qty = 1},
               {.name = "Churros", .qty = 1}}},
    /* "papas", Spanish for the fries a dish holds, read in English in its change */
    {.text = "a california burrito sin papas and a horchata",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "California Burrito", .qty = 1, .mods = {"no fries"}},
               {.name = "Horchata", .qty = 1}}},
    /* a dish another person ate on an earlier visit is told of, not asked for */
    {.text = "my cousin had the quesabirria last time she visited, so we'd like 2 churros",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Churros", .qty = 2}}},
    /* "instead" and "with" after a dish swapped in: the change starts after them */
    {.text = "a carnitas bowl... no wait, the roasted veggie bowl instead w extra guac",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Roasted Veggie Bowl", .qty = 1, .mods = {"extra guacamole"}}}},
    /* a kind, "de" and the whole name of an item of the kind's section is that item ("agua
     * de horchata"); a filling no item of the kind holds is a dish the menu lacks */
    {.text = "an agua de horchata and 2 tacos de pollo",
     .category = "order",
     .status = "rejected",
     .intents = {"order"},
     .items = {{.name = "Horchata", .qty = 1}},
     .unknown = {"tacos de pollo"}},
    /* a kind, "with" and a filling of other dishes that none of the kind holds: the dish
     * the menu lacks that "asada bowl" names, declined, not the kind asked back */
    {.text = "one bowl with asada, and a flan",
     .category = "order",
     .status = "rejected",
     .intents = {"order"},
     .items = {{.name = "Flan", .qty = 1}},
     .unknown = {"asada bowl"}},
    /* ... and so does a kind, "of" and such a filling, in the order of "de" */
    {.text = "two tacos of chicken and a flan",
     .category = "order",
     .status = "rejected",
     .intents = {"order"},
     .items = {{.name = "Flan", .qty = 1}},
     .unknown = {"tacos of chicken"}},
    /* "w" before a word is "with" as texted: what is in a kind picks its dish as after "with"
     * ("w o" is "without") */
    {.text = "the chips w salsa",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Chips and Salsa", .qty = 1}}},
    /* a whole dish after "and" that the described kind's candidates do not hold is a dish
     * of its own, not more of what is in the kind */
    {.text = "chips with salsa and elote",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Chips and Salsa", .qty = 1}, {.name = "Elote", .qty = 1}}},
    /* a word opening several names and no other ("jarritos") is their kind: a food before
     * it picks the one whose description holds the food, a food none holds is off the menu */
    {.text = "2 orange jarritos and a lime jarrito",
     .category = "order",
     .status = "rejected",
     .intents = {"order"},
     .items = {{.name = "Jarritos Mandarin", .qty = 2}},
     .unknown = {"lime jarrito"}},
    /* a dish called by what its description says first it is: the head of that lead
     * ("dough sticks", "baked custard") no other item's text holds, the words of a
     * coordination in it ("rice and almond milk"), a word no dictionary knows in it
     * ("dried hibiscus flowers") */
    {.text = "hibiscus x2, the sugar sticks and a rice milk",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Jamaica Agua Fresca", .qty = 2},
               {.name = "Churros", .qty = 1},
               {.name = "Horchata", .qty = 1}}},
    {.text = "can i get the custard and 2 rice milks",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Flan", .qty = 1}, {.name = "Horchata", .qty = 2}}},
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
    /* a letter left out put back ("wihout": a removal), but not into a menu word the
     * customer wrote in the singular ("jarrito" of "jarritos") nor into another spelling of
     * one the menu writes with its accent ("consome" of "consomé": no "consomme") */
    {.text = "3 carnitas tacos wihout onion and a jarrito",
     .category = "order",
     .status = "review",
     .intents = {"order"},
     .items = {{.name = "Carnitas Taco", .qty = 3, .mods = {"no onion"}}},
     .clarify = {{.phrase = "jarrito", .candidates = {"Jarritos Mandarin", "Jarritos Tamarind"}}}},
    {.text = "4 quesabirria tacos extra consome",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Quesabirria Taco", .qty = 4, .mods = {"extra consomé"}}}},
    /* food words before "one" or after "one with", held by one item's name and description
     * alone, point at that item */
    {.text = "2 of the hibiscus one and the one with the consome",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Jamaica Agua Fresca", .qty = 2}, {.name = "Quesabirria Taco", .qty = 1}}},
    /* "and", past a sound of hesitation, then an article and a dish's word opens the next
     * thing: the description after "with" ends before it */
    {.text = "the thing with the consome and uh the flan",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Quesabirria Taco", .qty = 1}, {.name = "Flan", .qty = 1}}},
    /* ... and so does an article with a word of how the next dish looks before its name */
    {.text = "the burrito with fries inside and the tall jamaica",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "California Burrito", .qty = 1},
               {.name = "Jamaica Agua Fresca", .qty = 1}}},
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
    /* so does a kind after "for" and an article or owner ("for the drink", "for our
     * desserts") before a dish of that kind: a heading, nothing to ask back */
    {.text = "two elote and for the dessert the churros please",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Elote", .qty = 2}, {.name = "Churros", .qty = 1}}},
    {.text = "a carnitas bowl, and for my drink, a jarritos mandarin",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Carnitas Bowl", .qty = 1}, {.name = "Jarritos Mandarin", .qty = 1}}},
    /* a part the dish's description holds, in brackets right after it, says what it comes
     * with: no dish the menu lacks, no change; a change beside it is still read */
    {.text = "2 baja fish tacos (flour tortilla, extra crema), 1 horchata",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Baja Fish Taco", .qty = 2, .mods = {"extra crema"}},
               {.name = "Horchata", .qty = 1}}},
    /* heat as a taste in general ("scared of spice", "sensitive to heat") tells how the
     * customer eats: no dish the menu lacks; led by a word of change it is a change */
    {.text = "my kids are scared of spice so two kids quesadillas please",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Kids Quesadilla", .qty = 2}}},
    {.text = "one carnitas bowl with the salsa on the side, im sensitive to heat",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Carnitas Bowl", .qty = 1, .mods = {"salsa on the side"}}}},
    {.text = "a carne asada taco, no spice please",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Carne Asada Taco", .qty = 1, .mods = {"no spice"}}}},
    /* a dish several items fit, then "in" / "as" and a kind, is the one of that kind: the
     * kind is the form it comes in; where several of the kind still fit, both are asked */
    {.text = "the chicken one as a burrito please",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Chicken Tinga Burrito", .qty = 1}}},
    {.text = "two of the pork ones in tacos",
     .category = "order",
     .status = "review",
     .intents = {"order"},
     .clarify = {{.phrase = "the pork ones",
                  .candidates = {"Al Pastor Taco", "Carnitas Taco", "Carnitas Bowl"}},
                 {.phrase = "tacos",
                  .candidates = {"Carne Asada Taco", "Al Pastor Taco", "Baja Fish Taco",
                                 "Carnitas Taco", "(more)"}}}},
    /* a dish asked for named again after a comma by fewer of its words or by its kind, no
     * count or article of its own, with a change: the change is that dish's, no dish more;
     * with "a" it is another dish */
    {.text = "a pollo asado bowl and a flan, the bowl with no beans",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Pollo Asado Bowl", .qty = 1, .mods = {"no beans"}},
               {.name = "Flan", .qty = 1}}},
    {.text = "3 carnitas tacos and an al pastor taco, carnitas with no onion",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Carnitas Taco", .qty = 3, .mods = {"no onions"}},
               {.name = "Al Pastor Taco", .qty = 1}}},
    {.text = "a carnitas bowl and a flan, a bowl with no beans",
     .category = "order",
     .status = "review",
     .intents = {"order"},
     .items = {{.name = "Carnitas Bowl", .qty = 1}, {.name = "Flan", .qty = 1}},
     .clarify = {{.phrase = "bowl",
                  .candidates = {"Carnitas Bowl", "Pollo Asado Bowl", "Roasted Veggie Bowl"}}}},
    /* a conjunction of time and a subject after a dish say when it is wanted: no change */
    {.text = "a dozen al pastor tacos before they close the kitchen",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Al Pastor Taco", .qty = 12}}},
    {.text = "a flan once we land pls",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Flan", .qty = 1}}},
    /* a conjunction of time and a subject inside a change ends it: when, no part of it */
    {.text = "a carnitas bowl with no onion when we get there",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Carnitas Bowl", .qty = 1, .mods = {"no onions"}}}},
    /* a greeting or thanks in another language in an English order is a pleasantry, no
     * dish the menu lacks nor a misspelt one */
    {.text = "hola, 2 churros and a flan, gracias!",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Churros", .qty = 2}, {.name = "Flan", .qty = 1}}},
    /* "para" says "for" in Spanish: who the dish is for ("para mi abuela") or how it is taken
     * ("para llevar") is no change of the dish, as "for my grandma" and "to go" are not */
    {.text = "a flan and 2 horchatas para mi abuela",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Flan", .qty = 1}, {.name = "Horchata", .qty = 2}}},
    {.text = "2 carnitas tacos para llevar please",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Carnitas Taco", .qty = 2}}},
    /* thanks in another language before "for" a dish ("gracias for the churros") thanks
     * the kitchen for what came already, as "thanks for" does: no request */
    {.text = "muchas gracias for the churros on friday, the kids loved them",
     .category = "other",
     .status = "logged",
     .intents = {"other"}},
    /* how many the customers are, in a part of its own ("there are five of us", "we are 4"),
     * counts people, not a dish: its verb of being made the message a statement and the dish
     * was lost; how many is asked */
    {.text = "some elotes each, there are five of us",
     .category = "order",
     .status = "review",
     .intents = {"order"},
     .clarify = {{"elotes", {"Elote"}, .how_many = true}}},
    {.text = "flans for everyone, we are 4",
     .category = "order",
     .status = "review",
     .intents = {"order"},
     .clarify = {{"flans", {"Flan"}, .how_many = true}}},
    /* a count given as a choice of two ("3 or 4") is unclear: asked how many */
    {.text = "maybe 3 or 4 elotes and a horchata",
     .category = "order",
     .status = "review",
     .intents = {"order"},
     .items = {{.name = "Horchata", .qty = 1}},
     .clarify = {{.phrase = "elotes", .candidates = {"Elote"}, .how_many = true}}},
    /* "poquito" before a part of the dish asks for a little of it: "light rice", no side of
     * rice ordered */
    {.text = "a carnitas bowl con poquito rice",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Carnitas Bowl", .qty = 1, .mods = {"light rice"}}}},
    /* a sum of money before a dish says what to spend, not how many: its number counts no
     * dish and the count is asked back, as a vague amount's is; the dish counted after it
     * keeps its own count */
    {.text = "could we do fifteen bucks worth of elotes and 3 horchatas",
     .category = "order",
     .status = "review",
     .intents = {"order"},
     .items = {{.name = "Horchata", .qty = 3}},
     .clarify = {{.phrase = "elotes", .candidates = {"Elote"}, .how_many = true}}},
    /* "unas cuantas" says "a few" in Spanish: a count left open, asked how many */
    {.text = "can we get unas cuantas horchatas and 2 flans",
     .category = "order",
     .status = "review",
     .intents = {"order"},
     .items = {{.name = "Flan", .qty = 2}},
     .clarify = {{.phrase = "horchatas", .candidates = {"Horchata"}, .how_many = true}}},
    /* a vague amount that the words after a dish end in, right before the next dish, is that
     * dish's count, asked how many: it was read as a word of the first dish's change */
    {.text = "2 carnitas tacos we also want a few elotes",
     .category = "order",
     .status = "review",
     .intents = {"order"},
     .items = {{.name = "Carnitas Taco", .qty = 2}},
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
    /* ... and so when a word of stance comes before the "yes" ("oh yeah") and the dish comes
     * again with the count it was asked with ("one churros"): still one dish confirmed */
    {.text = "a carne asada burrito and churros? oh yeah, the churros, one please",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Carne Asada Burrito", .qty = 1}, {.name = "Churros", .qty = 1}}},
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
    /* "anything" someone would eat asks for food, a question about the menu, though no word
     * of the menu or of food is said; "anything for a toddler" may ask for a seat */
    {.text = "do you have anything a toddler would eat?",
     .category = "inquiry",
     .status = "answered",
     .intents = {"inquiry"}},
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
    /* a word that is the stem of one menu word ("carne") and the start of another
     * ("carnitas") may be either: where both fit the dish it is asked which */
    {.text = "can i get 3 carn tacos and a flan",
     .category = "order",
     .status = "review",
     .intents = {"order"},
     .items = {{.name = "Flan", .qty = 1}},
     .clarify = {{.phrase = "carn tacos", .candidates = {"Carne Asada Taco", "Carnitas Taco"}}}},
    /* ... and where one reading alone fits the dish named, it is that one */
    {.text = "one carn burrito please",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Carne Asada Burrito", .qty = 1}}},
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
    /* ... but "best" that picks among dishes ("the best one", "whichever is best") praises
     * nothing: the kind is asked back, not lost to a remark */
    {.text = "a bowl, the best one",
     .category = "order",
     .status = "review",
     .intents = {"order"},
     .clarify = {{.phrase = "bowl",
                  .candidates = {"Carnitas Bowl", "Pollo Asado Bowl", "Roasted Veggie Bowl"}}}},
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
    /* counted lines parted by semicolons, closed by "both": the semicolons part one list as
     * commas do, so the kind and the change that close it are every line's */
    {.text = "two carnitas; one asada - both tacos, both no cilantro",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Carnitas Taco", .qty = 2, .mods = {"no cilantro"}},
               {.name = "Carne Asada Taco", .qty = 1, .mods = {"no cilantro"}}}},
    /* an even count of a kind, then "half" and two dishes of it, is half of each */
    {.text = "8 tacos, half carnitas half pastor",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Carnitas Taco", .qty = 4}, {.name = "Al Pastor Taco", .qty = 4}}},
    /* a letter held for emphasis is the word with it once: "soooo" is "so", no word of the
     * menu, and "tacoss" the plural it stretches */
    {.text = "soooo hungry, 2 carnitas tacoss",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Carnitas Taco", .qty = 2}}},
    /* two neighbouring letters swapped in a word no vocabulary knows read as the word of the
     * menu's descriptions they spell: "cripsy" is the carnitas' crispy, "hiibscus" the
     * jamaica's hibiscus */
    {.text = "two cripsy pork tacos",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Carnitas Taco", .qty = 2}}},
    {.text = "the hiibscus drink and a flan",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Jamaica Agua Fresca", .qty = 1}, {.name = "Flan", .qty = 1}}},
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
    /* "and one with <food>" after such a kind described is one more of the kind, picked by
     * its own food, no change of the first dish */
    {.text = "a burrito with chicken, one with steak and a horchata",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Chicken Tinga Burrito", .qty = 1},
               {.name = "Carne Asada Burrito", .qty = 1},
               {.name = "Horchata", .qty = 1}}},
    /* so is each further "one with <food>", read as the first was */
    {.text = "a burrito with fries, one with steak, one with chicken",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "California Burrito", .qty = 1},
               {.name = "Carne Asada Burrito", .qty = 1},
               {.name = "Chicken Tinga Burrito", .qty = 1}}},
    /* where what is in it fits several dishes of the kind ("beans"), the one whose name
     * spells it is meant: the dish was lost */
    {.text = "a burrito with fries and one with beans",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "California Burrito", .qty = 1},
               {.name = "Bean and Cheese Burrito", .qty = 1}}},
    /* after a dish its kind's word and a whole name already picked ("a burrito with chicken
     * tinga", "a carne asada burrito"), "one with" and another dish's own name of the kind is
     * that dish: read as a change, the second dish was lost */
    {.text = "a burrito with chicken tinga, one with carne asada",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Chicken Tinga Burrito", .qty = 1},
               {.name = "Carne Asada Burrito", .qty = 1}}},
    {.text = "a carnitas bowl and one with pollo asado please",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Carnitas Bowl", .qty = 1}, {.name = "Pollo Asado Bowl", .qty = 1}}},
    /* the "one" the new dish's span read with it is its count, not one more of it */
    {.text = "a taco with carnitas, one with carne asada",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Carnitas Taco", .qty = 1}, {.name = "Carne Asada Taco", .qty = 1}}},
    /* "another" or "another one" before "with" and another dish's name of the kind is one
     * more dish, as "one" is: read as a change, the second dish was lost */
    {.text = "a carnitas taco and another one with al pastor",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Carnitas Taco", .qty = 1}, {.name = "Al Pastor Taco", .qty = 1}}},
    /* a change after "one with" is no dish: a change of the one dish */
    {.text = "a carne asada burrito, one with extra cheese",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Carne Asada Burrito", .qty = 1, .mods = {"extra cheese"}}}},
    /* a kind, then after a comma "the one" and what is in it: the one of that kind the
     * words pick, though they fit dishes of other kinds too ("chicken"), or one dish alone */
    {.text = "one bowl pls, the one with chicken in it",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Pollo Asado Bowl", .qty = 1}}},
    /* the kind read already as the one dish the words after it name: that dish, once */
    {.text = "a bowl, the one with the carnitas",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Carnitas Bowl", .qty = 1}}},
    /* a change after the restatement picked from its words is the dish's */
    {.text = "a burrito please, the one with chicken, extra cheese",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Chicken Tinga Burrito", .qty = 1, .mods = {"extra cheese"}}}},
    /* a kind counted more than once, restated as "the ones with ...": that dish, as counted */
    {.text = "3 tacos, the ones with the carnitas",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Carnitas Taco", .qty = 3}}},
    {.text = "a burrito please, the one with the fries in it, and a jamaica",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "California Burrito", .qty = 1},
               {.name = "Jamaica Agua Fresca", .qty = 1}}},
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
    /* a swap said before its dish: a side the menu sells, "instead of" what the dish after
     * "on the" holds, is that dish's swap, not a side of its own */
    {.text = "can i get beans instead of rice on the carnitas bowl",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Carnitas Bowl", .qty = 1, .mods = {"beans instead of rice"}}}},
    /* so is one whose dish, after "with my", stands in the change's zone and is no span: the
     * words after it name one dish alone */
    {.text = "mexican rice instead of beans with my carnitas bowl please",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Carnitas Bowl", .qty = 1, .mods = {"mexican rice instead of beans"}}}},
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
    /* "that" asked for "again" with no dish named before it points at one had outside the
     * message: asked back as "the usual" is, never dropped */
    {.text = "my brother raved about his lunch here on monday. could we get that again and 2 "
             "churros",
     .category = "order",
     .status = "review",
     .intents = {"order"},
     .items = {{.name = "Churros", .qty = 2}},
     .clarify = {{.phrase = "that again"}}},
    /* "again" with a time to come ("sometime") wishes a visit: nothing is asked now */
    {.text = "i want to try it again sometime, thanks guys",
     .category = "other",
     .status = "logged",
     .intents = {"other"}},
    /* what was had before, told or asked about ahead of a request for "that again", only
     * says what the request means: no report nor question of its own */
    {.text = "last weekend i had something spicy here and it was unreal. could we get that again "
             "and 2 churros",
     .category = "order",
     .status = "review",
     .intents = {"order"},
     .items = {{.name = "Churros", .qty = 2}},
     .clarify = {{.phrase = "that again"}}},
    {.text = "last weekend i had something spicy here and it was unreal, was it pork or "
             "chicken?? anyway could we get that again and 2 churros",
     .category = "order",
     .status = "review",
     .intents = {"order"},
     .items = {{.name = "Churros", .qty = 2}},
     .clarify = {{.phrase = "that again"}}},
    /* "the usual for me", then a comma and counted dishes: the count spells the usual out,
     * nothing left to ask */
    {.text = "the usual for me thanks, 4 carnitas tacos and an elote",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Carnitas Taco", .qty = 4}, {.name = "Elote", .qty = 1}}},
    /* the order of another day, then a sentence that opens on "so" and a request: what
     * follows from it spells it out as a colon would, nothing left to ask */
    {.text = "same as friday. so we'll take 6 al pastor tacos and 2 horchatas",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Al Pastor Taco", .qty = 6}, {.name = "Horchata", .qty = 2}}},
    /* a dish the menu lacks, then what fills it in brackets: one dish declined, the filling
     * asked back as no dish of its own */
    {.text = "2 enchiladas (chicken) and a flan",
     .category = "order",
     .status = "rejected",
     .intents = {"order"},
     .items = {{.name = "Flan", .qty = 1}},
     .unknown = {"chicken enchiladas"}},
    /* the filling after the question that asks for the dish the menu lacks, "if possible" */
    {.text = "could you do me a tamale? carnitas if possible",
     .category = "order",
     .status = "rejected",
     .intents = {"order"},
     .unknown = {"carnitas tamale"}},
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
    /* a message that is only "the" and a word of manner before "one" points at a dish the
     * customer has in mind: no question is asked of it, whatever mark ends it; a person asks
     * which one */
    {.text = "umm the sweet one?",
     .category = "order",
     .status = "review",
     .intents = {"order"},
     .clarify = {{.phrase = "the sweet one"}},
     .unsure = true},
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
     .items = {{.name = "Carnitas Taco", .qty = 1, .mods = {"extra salsa verde"}},
               {.name = "Carnitas Taco", .qty = 3, .mods = {"no cilantro"}}}},
    /* a number word of the dish's own name right before it ("tres" of Tres Leches) names it,
     * counts nothing */
    {.text = "a flan, and a horchata with tres leches",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Flan", .qty = 1},
               {.name = "Horchata", .qty = 1},
               {.name = "Tres Leches Cake", .qty = 1}}},
    /* so before the head word one item ends in ("cake" of the tres leches): a noun after an
     * article, no word of the menu, names a cake of its own, declined */
    {.text = "a horchata and a party cake",
     .category = "order",
     .status = "rejected",
     .intents = {"order"},
     .items = {{.name = "Horchata", .qty = 1}},
     .unknown = {"party cake"}},
    /* and a word of no dictionary there ("bundt") names a cake of its own, no change */
    {.text = "a flan and a bundt cake",
     .category = "order",
     .status = "rejected",
     .intents = {"order"},
     .items = {{.name = "Flan", .qty = 1}},
     .unknown = {"bundt cake"}},
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
    /* an adjective in "-y" the word list leaves out ("zesty") says what the kind should be
     * like: no foreign dish the menu lacks, the menu's kind asked which */
    {.text = "a zesty burrito and a flan",
     .category = "order",
     .status = "review",
     .intents = {"order"},
     .items = {{.name = "Flan", .qty = 1}},
     .clarify = {{.phrase = "burrito",
                  .candidates = {"Carne Asada Burrito", "Chicken Tinga Burrito",
                                 "Bean and Cheese Burrito", "California Burrito"}}}},
    /* a word that hedges the kind ("possibly") is no noun of a kind of its own: the kind
     * is the menu's, asked back, not a dish the menu lacks */
    {.text = "possibly burritos, not sure yet",
     .category = "order",
     .status = "review",
     .intents = {"order"},
     .clarify = {{.phrase = "burritos",
                  .candidates = {"Carne Asada Burrito", "Chicken Tinga Burrito",
                                 "Bean and Cheese Burrito", "California Burrito"}}}},
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
    /* so after the same count misspelt or spelt as heard ("thre (3)", "fower (4)"): the
     * digits say which count the word meant, no word of its own */
    {.text = "we'd like thre (3) carnitas bowls and fower (4) flans",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Carnitas Bowl", .qty = 3}, {.name = "Flan", .qty = 4}}},
    /* a count in brackets after the person a dish is for counts the dish, as it does right
     * after the dish; after people in the plural ("for the kids (3)") it counts them */
    {.text = "churros for my little sister (3 orders) and a flan for me (2)",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Churros", .qty = 3}, {.name = "Flan", .qty = 2}}},
    /* after people in the plural, a count that names portions ("2 orders") counts the dish */
    {.text = "taquitos for my kids (2 orders)",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Kids Chicken Taquitos", .qty = 2}}},
    /* a count "xN" closing an aside that declines a dish is the count of the dish meant
     * before the aside: the declined one is no order, and its count would be lost with it */
    {.text = "the carnitas bowl - not the burrito one - x3",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Carnitas Bowl", .qty = 3}}},
    /* a laugh closing the declining aside stands between it and the count: the same */
    {.text = "the flan, not the churros haha - x2",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Flan", .qty = 2}}},
    /* "not hungry (enough) for" a kind is not wanting it, as "not in the mood for": the kind
     * is not asked back as a dish */
    {.text = "not hungry enough for burritos, just 2 al pastor tacos",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Al Pastor Taco", .qty = 2}}},
    /* the article after "not hungry for" leads the kind not wanted, no next thing; a second
     * negated wanting after "and" leads its own zone: neither kind is asked back */
    {.text = "honestly not hungry for a burrito and sorta not in the mood for tacos. 1 carnitas "
             "bowl",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Carnitas Bowl", .qty = 1}}},
    /* a sentence summing up with "so" that restates the dishes asked for, one with a change
     * said only there: that dish comes so changed, once, not once bare and once changed */
    {.text = "she wanted a flan, i wanted churros. so 1 flan with no sauce and 1 churros",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Churros", .qty = 1}, {.name = "Flan", .qty = 1, .mods = {"no sauce"}}}},
    /* dishes declined one by one at the opening ("not the X, not the Y ones"), then what is
     * asked for instead: none of the declined is ordered, the second "not" no change */
    {.text = "not the chicken, not the fish ones - just a flan and a horchata",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Flan", .qty = 1}, {.name = "Horchata", .qty = 1}}},
    /* "N of each" between a list and "all" or "both" with a change: the count is every
     * dish's, and so is the change after it, not the last dish's alone */
    {.text = "a carnitas bowl and a pollo asado bowl - two of each, all with no onion",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Carnitas Bowl", .qty = 2, .mods = {"no onions"}},
               {.name = "Pollo Asado Bowl", .qty = 2, .mods = {"no onions"}}}},
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
    /* "would you be able to make" asks as "can you make" does: counted dishes of the menu
     * are ordered, a time for them after is no other matter */
    {.text = "would you be able to make 12 carnitas tacos and 6 horchatas for friday? thanks!",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Carnitas Taco", .qty = 12}, {.name = "Horchata", .qty = 6}}},
    /* a subject thinking of a dish ("we were thinking maybe ...") opens a request: what it
     * names is asked for, though the clause opens with a statement */
    {.text = "the weather is nice, we were thinking maybe a flan",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Flan", .qty = 1}}},
    /* after a comma, "i was thinking" and a dish turns from what was told to a request, a
     * clause of its own: a cue of another matter before it ("park") does not speak for it */
    {.text = "we met up at the park, i was thinking 2 horchatas",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Horchata", .qty = 2}}},
    /* "just" before a request opener opens the clause with it: what follows is asked for,
     * not said ("... you have") */
    {.text = "just get me the carnitas taco you have and a flan, thx",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Carnitas Taco", .qty = 1}, {.name = "Flan", .qty = 1}}},
    /* a name or word of address before a request opener ("tio", "buddy") is who is spoken
     * to: the request opens after it, and a dish the menu lacks is declined, not lost */
    {.text = "tio can we get a pambazo and 3 churros",
     .category = "order",
     .status = "rejected",
     .intents = {"order"},
     .items = {{.name = "Churros", .qty = 3}},
     .unknown = {"pambazo"}},
    {.text = "buddy i'd like a tlayuda",
     .category = "order",
     .status = "rejected",
     .intents = {"order"},
     .unknown = {"tlayuda"}},
    /* a word of address set off by a comma at the start or the end ("primo,", ", jefe") is
     * who is spoken to, no dish of the list the menu lacks */
    {.text = "primo, 3 churros and a horchata",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Churros", .qty = 3}, {.name = "Horchata", .qty = 1}}},
    {.text = "two flans and a horchata, jefe",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Flan", .qty = 2}, {.name = "Horchata", .qty = 1}}},
    /* cancelling a dish "from my order" takes it off an order placed before: nothing is
     * asked for */
    {.text = "can you cancel the 2 flans off my order",
     .category = "other",
     .status = "logged",
     .intents = {"other"}},
    /* "an" before a word that starts with no vowel is no article: between the words of a
     * name joined by "and" it is that "and", and the name is one dish, not beans and a
     * burrito; an "an" before a vowel stays the article */
    {.text = "2 bean an cheese burritos an a horchata",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Bean and Cheese Burrito", .qty = 2}, {.name = "Horchata", .qty = 1}}},
    {.text = "can i get a bean an cheese burrito no salsa",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Bean and Cheese Burrito", .qty = 1, .mods = {"no salsa"}}}},
    /* the same "an" between a word several sides share and a word of one of them makes
     * that side's name said whole ("Chips and Salsa"), not chips asked back beside it */
    {.text = "oh and we forgot the chips an salsa, plus 2 chips an queso",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Chips and Salsa", .qty = 1}, {.name = "Chips and Queso", .qty = 2}}},
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
    /* a kind, its count written after it, then the word that picks which: the count sets
     * the kind off from the pick as a mark does, one dish of that count */
    {.text = "bowl x2 carnitas and an elote",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Carnitas Bowl", .qty = 2}, {.name = "Elote", .qty = 1}}},
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
    /* ... and one opening with "like" that offers things joined by "or" gives examples of
     * what is asked: alternatives are neither all wanted nor one picked, nothing is ordered */
    {.text = "do you have anything sweet for kids? like churros or a small flan",
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
    /* ... but a span ending in a word that ends a name ("taco") names a dish again, each with
     * its own change */
    {.text = "pastor taco no onion, pastor taco extra pineapple",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Al Pastor Taco", .qty = 1, .mods = {"no onions"}},
               {.name = "Al Pastor Taco", .qty = 1, .mods = {"extra pineapple"}}}},
    /* "whichever <kind> is ..." picks one of the kind: asked which, no question of its own
     * and no dish the menu lacks */
    {.text = "a flan. whichever bowl is the biggest",
     .category = "order",
     .status = "review",
     .intents = {"order"},
     .items = {{.name = "Flan", .qty = 1}},
     .clarify = {{.phrase = "bowl",
                  .candidates = {"Carnitas Bowl", "Pollo Asado Bowl", "Roasted Veggie Bowl"}}}},
    /* "whichever one has / is" and words that open a change ("less ...") say which of the
     * kind asked back, no change of the dish named before it */
    {.text = "2 churros and a bowl, whichever one has less spice",
     .category = "order",
     .status = "review",
     .intents = {"order"},
     .items = {{.name = "Churros", .qty = 2}},
     .clarify = {{.phrase = "bowl",
                  .candidates = {"Carnitas Bowl", "Pollo Asado Bowl", "Roasted Veggie Bowl"}}}},
    /* "whatever <kind> is best" after a dish: "best" closes the free relative that picks
     * one of the kind, it praises nothing to the restaurant; the clause still orders */
    {.text = "a horchata and whatever burrito is best",
     .category = "order",
     .status = "review",
     .intents = {"order"},
     .items = {{.name = "Horchata", .qty = 1}},
     .clarify = {{.phrase = "burrito",
                  .candidates = {"Carne Asada Burrito", "Chicken Tinga Burrito",
                                 "Bean and Cheese Burrito", "California Burrito"}}}},
    /* "hit me with whatever <kind> ..." after a dish: the "with" gives the customer a free
     * choice, it changes no dish named before it */
    {.text = "a flan please. then hit me with whichever bowl u like",
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
    /* a count then "that way" points back at the dish asked about, with its change, as "2 of
     * them" does: not a dish of its own asked back */
    {.text = "could you make the carnitas bowl without beans? if so 3 that way please",
     .category = "order",
     .status = "accepted",
     .intents = {"inquiry", "order"},
     .items = {{.name = "Carnitas Bowl", .qty = 3, .mods = {"no beans"}}}},
    /* "like that" after a count in a sentence of its own counts the dish before, as "2 of
     * them" does, its change kept */
    {.text = "a chicken tinga burrito, no rice. 2 like that",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Chicken Tinga Burrito", .qty = 2, .mods = {"no rice"}}}},
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
    /* dishes whose count is left to the kitchen ("however many you think") are asked how
     * many, though a dish counted before them keeps its count */
    {.text = "2 flans and carnitas tacos, however many you think",
     .category = "order",
     .status = "review",
     .intents = {"order"},
     .items = {{.name = "Flan", .qty = 2}},
     .clarify = {{"carnitas tacos", {"Carnitas Taco"}, .how_many = true}}},
    /* a dish for as many as want it ("for whoever wants them") leaves its count unsaid: asked;
     * "for whoever wants it" asks for one */
    {.text = "2 flans and churros for anyone who wants some",
     .category = "order",
     .status = "review",
     .intents = {"order"},
     .items = {{.name = "Flan", .qty = 2}},
     .clarify = {{"churros", {"Churros"}, .how_many = true}}},
    {.text = "a horchata for whoever wants it",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Horchata", .qty = 1}}},
    /* a plural dish for everyone closing a list whose dishes are counted, one by its article:
     * the count of the plural is the group's, unsaid, and asked */
    {.text = "3 elotes, a flan and churros for everyone",
     .category = "order",
     .status = "review",
     .intents = {"order"},
     .items = {{.name = "Elote", .qty = 3}, {.name = "Flan", .qty = 1}},
     .clarify = {{"churros", {"Churros"}, .how_many = true}}},
    /* a count told after a dish for everyone ("make it 3 portions", units of serving after
     * it) says how many the group's is: nothing left to ask */
    {.text = "a horchata. then flans for everyone, make it 3 portions",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Horchata", .qty = 1}, {.name = "Flan", .qty = 3}}},
    /* a count each one's before "mix of" two kinds: the whole is open, nor is it split
     * one of each; which and how many are asked back */
    {.text = "family of 3: 2 burritos each, mix of carne asada and chicken tinga",
     .category = "order",
     .status = "review",
     .intents = {"order"},
     .clarify = {{"burritos", {"Carne Asada Burrito", "Chicken Tinga Burrito"}}}},
    /* a count pointing back set off after the group ("for the whole team, 6 of them")
     * counts the dish after all, and a smaller count after it splits a part off */
    {.text = "carnitas tacos for the whole team, 6 of them, 2 with no onions",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Carnitas Taco", .qty = 4},
               {.name = "Carnitas Taco", .qty = 2, .mods = {"no onions"}}}},
    /* a count opened by "and" in a clause after a dish changed in its whole count adds more
     * of it, each as its own words say: no part split off the changed ones */
    {.text = "2 al pastor tacos no pineapple. and one with extra salsa",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Al Pastor Taco", .qty = 2, .mods = {"no pineapple"}},
               {.name = "Al Pastor Taco", .qty = 1, .mods = {"extra salsa"}}}},
    /* "of them" after the count points at the dish's own count: a part of it */
    {.text = "3 al pastor tacos no pineapple. and 2 of them with extra salsa",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Al Pastor Taco", .qty = 1, .mods = {"no pineapple"}},
               {.name = "Al Pastor Taco", .qty = 2, .mods = {"extra salsa"}}}},
    /* "plain" beside lines of the same dish that are each changed, told in the sentence
     * before, is the one left as it comes: no change of its own */
    {.text = "2 carnitas bowls no cotija. one plain",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Carnitas Bowl", .qty = 1, .mods = {"no cotija"}},
               {.name = "Carnitas Bowl", .qty = 1}}},
    /* thanks in Vietnamese written in capitals: "Ơ" is folded to "ơ" as "Ả" is to "ả", so
     * the words are the listed "ơi", "cảm", "ơn" */
    {.text = "ƠI CẢM ƠN",
     .category = "other",
     .status = "review",
     .intents = {"other"},
     .language = "vi"},
    /* thanks said with "vielen", praise of the food ("Essen"), and the day and hours asked
     * about in Italian ("oggi", "aprite") are words of those languages: a person reads them */
    {.text = "Vielen Dank für alles",
     .category = "other",
     .status = "review",
     .intents = {"other"},
     .language = "de"},
    {.text = "A che ora aprite oggi?",
     .category = "other",
     .status = "review",
     .intents = {"other"},
     .language = "it"},
    /* in another language, a message that names no dish, counts nothing and holds no verb of
     * wanting nor "please" asks for nothing: other, as a coming by or a meeting later is */
    {.text = "Wir sind gleich da, alles klar",
     .category = "other",
     .status = "review",
     .intents = {"other"},
     .language = "de"},
    {.text = "Perfetto, allora ci vediamo dopo",
     .category = "other",
     .status = "review",
     .intents = {"other"},
     .language = "it"},
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
    /* ... and so is one with the noun of serving it counts ("3 or 4 portions"): the noun
     * names no dish of its own */
    {.text = "the flan, like 3 or 4 portions, and a horchata",
     .category = "order",
     .status = "review",
     .intents = {"order"},
     .items = {{.name = "Horchata", .qty = 1}},
     .clarify = {{"flan", {"Flan"}, .how_many = true}}},
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
    /* the second of the two with the condition of a fallback after it ("if u dont have
     * flan") is no choice left open: the first is ordered */
    {.text = "flan or churros if u dont have flan",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Flan", .qty = 1}}},
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
    /* "on" after a noun of writing ("a video on") leads a topic as "about" does, past words
     * that describe the kind ("street-style"): the kind is talked about, not asked back */
    {.text = "doing a little video on street-style tacos for my channel, anyway 2 al pastor "
             "tacos please",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Al Pastor Taco", .qty = 2}}},
    /* a word the customer calls the staff by ("dude", "bro") is no change of the dish before
     * it, nor a misspelt one ("rude") */
    {.text = "3 carnitas tacos and a flan dude",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Carnitas Taco", .qty = 3}, {.name = "Flan", .qty = 1}}},
    /* what someone is fond of after "and" is their taste, no food the menu lacks */
    {.text = "3 al pastor tacos and my daughter loves pineapple",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Al Pastor Taco", .qty = 3}}},
    /* a possessive and its noun before a verb of liking after a change are its subject:
     * their taste, no change of the dish and no food asked for */
    {.text = "a kids quesadilla with extra sour cream, my daughter loves cheese",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Kids Quesadilla", .qty = 1, .mods = {"extra sour cream"}}}},
    /* after a comma, a possessive, a person and a copula ("his brother is") tell of that
     * person: no dish to ask back, the change before stays the dish's */
    {.text = "a carnitas bowl with extra cotija, his brother is a big eater",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Carnitas Bowl", .qty = 1, .mods = {"extra cotija"}}}},
    {.text = "a carnitas bowl with extra salsa and our kids are big eaters",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Carnitas Bowl", .qty = 1, .mods = {"extra salsa"}}}},
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
    /* Portuguese "me vê" (see me, give me) asks for what follows, as "me da" does in Spanish:
     * an order asked with a '?', not a question about the menu */
    {.text = "Olá! Me vê um flan e uma horchata?",
     .category = "order",
     .status = "review",
     .intents = {"order"},
     .language = "pt"},
    /* "the", words of how a dish is and "one", sent with "please", asks for a dish the words
     * do not pick: asked back, never read as a question about spice nor dropped */
    {.text = "the spicy one please",
     .category = "order",
     .status = "review",
     .intents = {"order"},
     .clarify = {{"spicy one", {"Grilled Veggie Taco", "Horchata"}}}},
    /* a change opening the message and pointed forward by "on mine" is the change of the
     * dish named right after the comma */
    {.text = "extra lime on mine, 2 al pastor tacos please",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Al Pastor Taco", .qty = 2, .mods = {"extra lime"}}}},
    /* the dishes' own section in brackets after them is their heading: no dish asked back,
     * no change */
    {.text = "elote & chips and queso (sides), 2 each",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Elote", .qty = 2}, {.name = "Chips and Queso", .qty = 2}}},
    {.text = "a carnitas bowl plus refried beans (side)",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Carnitas Bowl", .qty = 1}, {.name = "Refried Beans", .qty = 1}}},
    /* a question opening with a copula before "the X one" asks what follows of the dish:
     * no change of the dish asked for before */
    {.text = "2 al pastor tacos and an elote. is the pastor one very spicy?",
     .category = "order",
     .status = "accepted",
     .intents = {"order", "inquiry"},
     .items = {{.name = "Al Pastor Taco", .qty = 2}, {.name = "Elote", .qty = 1}}},
    /* "no" and a whole dish of the menu opening a line of its own declines that dish: it is
     * no change of the dish before, whose name and description do not hold it */
    {.text = "3 carnitas tacos\nno flan bc my mom cant have eggs",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Carnitas Taco", .qty = 3}}},
    /* "plant based" is "plant-based" written without its hyphen: a diet said of someone,
     * no dish asked back, and a question about the menu */
    {.text = "whats good for lunch? one of us is plant based",
     .category = "inquiry",
     .status = "answered",
     .intents = {"inquiry"}},
    {.text = "2 flan and a horchata, one of us is plant based",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Flan", .qty = 2}, {.name = "Horchata", .qty = 1}}},
    /* a bracket opens a statement about someone as a comma does: "veggie" said of the
     * roommate is no dish asked back */
    {.text = "2 chips and salsa and a flan (my roommate is veggie)",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Chips and Salsa", .qty = 2}, {.name = "Flan", .qty = 1}}},
    /* food after "allergic to" in a reason is kept away from: no dish the menu lacks, even
     * where no dish named holds it */
    {.text = "no churros today bc my son is allergic to peanuts. 2 flan",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Flan", .qty = 2}}},
    /* a reason ("allergic to dairy") followed by "so no ..." is spelt out by those removals:
     * the reason adds no change of its own */
    {.text = "1 bean and cheese burrito, allergic to nuts so no salsa",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Bean and Cheese Burrito", .qty = 1, .mods = {"no salsa"}}}},
    /* what someone does not eat, then "so" and a dish: the reason for that dish, no change
     * of the dish ordered before it */
    {.text = "two carnitas tacos, the guest doesnt eat pork, so one grilled veggie taco too",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Carnitas Taco", .qty = 2}, {.name = "Grilled Veggie Taco", .qty = 1}}},
    {.text = "my wife is allergic to dairy so the roasted veggie bowl for her",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Roasted Veggie Bowl", .qty = 1}}},
    /* the same told in sentences: ". So" opens the dish the reason is for */
    {.text = "2 carnitas tacos. My brother doesn't eat pork. So one baja fish taco for him.",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Carnitas Taco", .qty = 2}, {.name = "Baja Fish Taco", .qty = 1}}},
    {.text = "a carne asada burrito, my dad cant eat red meat or pork so a baja fish taco for him",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Carne Asada Burrito", .qty = 1}, {.name = "Baja Fish Taco", .qty = 1}}},
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
    /* a correction's lead ("wait no", "no wait") and the "only" / "just" settling on what
     * follows change no dish: the change before it stays, none is added */
    {.text = "2 fish tacos extra lime, wait no only one horchata",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Baja Fish Taco", .qty = 2, .mods = {"extra lime"}},
               {.name = "Horchata", .qty = 1}}},
    /* a vague amount with no noun where a thought broke off ("and some...") names no
     * change of the dish before and no dish */
    {.text = "an horchata and some... actually 2 churros",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Horchata", .qty = 1}, {.name = "Churros", .qty = 2}}},
    /* a change closed by "on any of them" is every dish's, as "on all of them" is */
    {.text = "2 carnitas tacos and a fish taco, extra lime on any of them",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Carnitas Taco", .qty = 2, .mods = {"extra lime"}},
               {.name = "Baja Fish Taco", .qty = 1, .mods = {"extra lime"}}}},
    /* so is one closed by "on any" alone, told not asked: no question mark after it */
    {.text = "4 al pastor tacos and 2 fish tacos, no pineapple on any, thanks",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Al Pastor Taco", .qty = 4, .mods = {"no pineapple"}},
               {.name = "Baja Fish Taco", .qty = 2, .mods = {"no pineapple"}}}},
    /* a removal said of every dish, of a dish that lacks the part, is moved to the dish
     * that has it, which has it already: it goes once on each dish that can take it */
    {.text = "3 al pastor tacos and a horchata, no pineapple on both",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Al Pastor Taco", .qty = 3, .mods = {"no pineapple"}},
               {.name = "Horchata", .qty = 1}}},
    /* a remark of the present about "my" person after the dish ("but my wife isnt hungry")
     * says nothing of the dish: it is asked for */
    {.text = "a flan but my wife isnt hungry",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Flan", .qty = 1}}},
    /* so does one about the day, its subject "the" and a word that names no food */
    {.text = "a flan, the weather is awful today",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Flan", .qty = 1}}},
    /* so does what befell the customer, "i" and "got" or "had" naming no food; "i had it"
     * points back at the dish and may tell of an order before */
    {.text = "a flan, i just got off work",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Flan", .qty = 1}}},
    {.text = "a churro, ive had a long day",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Churros", .qty = 1}}},
    /* a remark of its own after the dishes, "its" and whose day it is or praise of the staff,
     * says nothing of them: its cues ("birthday", "best") are not the message's matter */
    {.text = "a flan, its my sisters birthday",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Flan", .qty = 1}}},
    /* "its" said in two words, "this is" or "it is", before whose day it is: the same remark */
    {.text = "two churros, this is our first visit",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Churros", .qty = 2}}},
    /* "first order" there says which of the customer's orders this is: none is named back */
    {.text = "a flan, it is our first order",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Flan", .qty = 1}}},
    /* but a grievance named ("my third complaint") is the matter of the message, whose it is
     * or not: no remark beside an order, the dish before it is what is complained of */
    {.text = "the churros, this is my third complaint",
     .category = "other",
     .status = "logged",
     .intents = {"other"}},
    {.text = "a horchata, you guys are the best",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Horchata", .qty = 1}}},
    /* a verdict on the one dish asked for, a pronoun and a copula in a part of its own ("they
     * are my fave", "thats the best"), says why it is asked: no statement about the dish; led
     * by "the" with no mark it tells of a visit before, and a lack ("missing") of an order */
    {.text = "a horchata, it was amazing last time",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Horchata", .qty = 1}}},
    {.text = "an elote, those are so addictive",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Elote", .qty = 1}}},
    {.text = "a tres leches cake, this is the best",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Tres Leches Cake", .qty = 1}}},
    /* with no word of favour the part may tell of an order gone wrong: no verdict */
    {.text = "a horchata, it was late",
     .category = "other",
     .status = "logged",
     .intents = {"other"}},
    /* but a verdict that closes on a time before this order ("last time") tells why the dish
     * is asked for as it is now, favour or not: an order with a remark */
    {.text = "a flan, it was a bit soggy last time",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Flan", .qty = 1}}},
    /* so when the time opens the verdict ("last time it was ...") */
    {.text = "an elote pls, last time it was cold",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Elote", .qty = 1}}},
    /* "yesterday" opens it as "last time" does; and the verdict after its time asks nothing
     * back */
    {.text = "a flan, yesterday it was cold",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Flan", .qty = 1}}},
    {.text = "a flan, last time it was cold",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Flan", .qty = 1}}},
    {.text = "the horchata was so good last time",
     .category = "other",
     .status = "logged",
     .intents = {"other"}},
    /* a greeting in a part of its own before the dishes says nothing: the remark after them is
     * still their own */
    {.text = "hi, a horchata, its my sisters birthday",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Horchata", .qty = 1}}},
    {.text = "hello, a tres leches cake, they are my fave",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Tres Leches Cake", .qty = 1}}},
    /* a word of praise no dictionary lists ("awesome") after "you" and a copula is no food
     * the menu lacks: the order is not rejected for it */
    {.text = "two elotes, you are awesome",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Elote", .qty = 2}}},
    {.text = "a horchata, youre so awesome",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Horchata", .qty = 1}}},
    /* so is a remark on the place ("the app", "the line") or a celebration of the customer's
     * own: even with a time before, nothing of the food is told */
    {.text = "two churros, the site is glitchy today",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Churros", .qty = 2}}},
    {.text = "an elote, the queue was so slow last time",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Elote", .qty = 1}}},
    {.text = "a horchata, im celebrating my new job",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Horchata", .qty = 1}}},
    /* so is the customer's hunger, or the parking */
    {.text = "three al pastor tacos, we are starving",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Al Pastor Taco", .qty = 3}}},
    {.text = "a churro, the parking was awful",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Churros", .qty = 1}}},
    /* so is where the customer is ("parked outside", "ill be in the lobby"): "outside" and
     * "lobby" say where to bring the dishes, nothing of them */
    {.text = "two churros, parked outside in the grey van",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Churros", .qty = 2}}},
    {.text = "a mexican rice, ill be in the lobby",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Mexican Rice", .qty = 1}}},
    /* and how they wait closing the part, after the customer ("ill wait outside") */
    {.text = "a flan, ill wait outside",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Flan", .qty = 1}}},
    /* a need the dishes meet ("need the caffeine") is no dish the menu lacks */
    {.text = "2 jarritos mandarin, need the caffeine",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Jarritos Mandarin", .qty = 2}}},
    /* a remark before a request in words ("can we get") is no matter of the message */
    {.text = "its my moms birthday, can we get a tres leches cake",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Tres Leches Cake", .qty = 1}}},
    /* and with no mark before it: "6" is the table's number, no count of the dish */
    {.text = "an elote table 6",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Elote", .qty = 1}}},
    /* words of haste alone after the dishes ("urgent please", "rush pls") say how soon, no
     * change: "urgent" and "rush" were kept as changes of the dish */
    {.text = "3 churros, urgent please",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Churros", .qty = 3}}},
    {.text = "a carnitas bowl, rush pls",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Carnitas Bowl", .qty = 1}}},
    /* so is praise of the place ("i love this place", "the best tacos in the city"): the order
     * was other, or the tacos praised asked back */
    {.text = "2 carnitas tacos, the best tacos in the city",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Carnitas Taco", .qty = 2}}},
    /* praise as the message's first part, the dishes after it: the message's start opens the
     * part as a mark does, the dish praised there asked for by nobody */
    {.text = "the best burrito around, 3 al pastor tacos",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Al Pastor Taco", .qty = 3}}},
    {.text = "i love this place, a flan please",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Flan", .qty = 1}}},
    /* so is being new in town, or a wish to the staff ("hope ..."): its "not" is no change */
    {.text = "two horchatas, we are new in town",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Horchata", .qty = 2}}},
    {.text = "a churro, hope you guys arent too slammed",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Churros", .qty = 1}}},
    {.text = "an elote, hope its not too busy tonight",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Elote", .qty = 1}}},
    /* the food itself judged with a time before is a complaint: no remark of its own */
    {.text = "an elote, the elote was cold last time",
     .category = "other",
     .status = "logged",
     .intents = {"other"}},
    /* so is the weather outside, "its", a word and "outside" or "out" closing the part */
    {.text = "a churro, its freezing outside",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Churros", .qty = 1}}},
    /* and so "its" or "it is", a degree and one word, or a time after ("its super hot today"),
     * with no mark before it: the weather, no change of the dish ("hot" was kept as one), and
     * "it is so warm out" no remark of an earlier order */
    {.text = "a watermelon agua fresca its super hot today",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Watermelon Agua Fresca", .qty = 1}}},
    {.text = "2 horchatas, it is so warm out",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Horchata", .qty = 2}}},
    /* and a word and a period of time ("hot afternoon", "warm evening"), a laugh after or
     * none: the day, no change ("hot afternoon" was kept as one) */
    {.text = "a watermelon agua fresca, hot afternoon lol",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Watermelon Agua Fresca", .qty = 1}}},
    {.text = "a horchata, warm evening",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Horchata", .qty = 1}}},
    /* so is how the day has been, "its been" or "been" opening a part of its own: the words
     * after it were asked back as a dish ("been" near "bean") */
    {.text = "two tres leches cakes, its been a rough week",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Tres Leches Cake", .qty = 2}}},
    /* a dish named in such a part after the words left over, beside a dish asked for, tells
     * how things have been too: "been wanting" was asked back as a dish */
    {.text = "an elote, been wanting horchata all week",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Elote", .qty = 1}}},
    {.text = "been a long shift, a carnitas bowl please",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Carnitas Bowl", .qty = 1}}},
    /* so is how the customer is, "im" or "we are" and a word no dictionary lists ("hungover",
     * "so hangry"): it was kept as food the menu lacks, or made the message other */
    {.text = "a kids quesadilla, im hungover",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Kids Quesadilla", .qty = 1}}},
    {.text = "we are so hangry, 4 carnitas tacos please",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Carnitas Taco", .qty = 4}}},
    /* without its subject, one word no food list knows closed by laughter, in a part of its
     * own after a dish, says how the customer is too; a food so said is still declined */
    {.text = "2 elotes, knackered lol",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Elote", .qty = 2}}},
    {.text = "a flan, lasagna lol",
     .category = "order",
     .status = "rejected",
     .intents = {"order"},
     .items = {{.name = "Flan", .qty = 1}},
     .unknown = {"lasagna"}},
    /* "its" and no possessive may point back at the dish: what became of an order */
    {.text = "a flan, its missing", .category = "other", .status = "logged", .intents = {"other"}},
    /* a taste in a part of its own ("obsessed with jamaica", "dislikes cilantro", "my wife
     * loves churros" before the dishes) asks for no dish: the dish was counted twice, or the
     * words were kept as food the menu lacks */
    {.text = "a jamaica agua fresca, obsessed with jamaica",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Jamaica Agua Fresca", .qty = 1}}},
    {.text = "2 carnitas tacos, dislikes cilantro",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Carnitas Taco", .qty = 2}}},
    {.text = "my wife loves churros, 3 churros please",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Churros", .qty = 3}}},
    {.text = "a flan, not a fan of churros",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Flan", .qty = 1}}},
    /* a taste whose subject is "the" and a noun ("the kids"), or that "so" and its consequence
     * follow ("hates cinnamon so ..."), is a taste all the same: the horchata was counted
     * again, the cinnamon kept as food the menu lacks */
    {.text = "2 horchatas, the kids love horchata",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Horchata", .qty = 2}}},
    {.text = "a churros, my son hates cinnamon so go light",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Churros", .qty = 1, .mods = {"light"}}}},
    /* a taste told first, then a request in words ("can i get one"), asks for the dish */
    {.text = "i love the elote, can i get one",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Elote", .qty = 1}}},
    /* so does a verdict of favour: "drink" was kept as food the menu lacks, and "churros" of
     * the verdict was counted with the dish */
    {.text = "a jarritos tamarind, my favourite drink",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Jarritos Tamarind", .qty = 1}}},
    {.text = "2 churros, churros are my favorite",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Churros", .qty = 2}}},
    /* a dish told to be the favourite that is not the one asked for is why the customer
     * orders, no dish asked for: the order was lost as other */
    {.text = "an elote, the churros are my favourite",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Elote", .qty = 1}}},
    /* a food judged in a part of its own after the dishes ("the salsa is too spicy"), a copula,
     * "too" or "so" and one word closing it, asks for none of it */
    {.text = "3 al pastor tacos, the guac was so good",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Al Pastor Taco", .qty = 3}}},
    /* so are a food's words in what someone else said ("he said ..."), after the dishes */
    {.text = "a carnitas bowl, he said i need more vegetables",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Carnitas Bowl", .qty = 1}}},
    /* what someone cannot bear or will not eat ("my kid wont eat anything green"), a
     * possessive, a noun and "cant" or "wont" after the dishes, is their taste: no food the
     * menu lacks is asked for */
    {.text = "a pollo asado bowl, my kid wont eat anything green",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Pollo Asado Bowl", .qty = 1}}},
    {.text = "a carnitas bowl, my wife cant handle heat",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Carnitas Bowl", .qty = 1}}},
    /* what someone cannot bear ("cant stand cilantro") is kept off the dish, as what they
     * do not like is: a change, no food the menu lacks */
    {.text = "a carnitas bowl, my husband cant stand cilantro",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Carnitas Bowl", .qty = 1, .mods = {"no cilantro"}}}},
    /* a pronoun pointing at the dish, "is", then "for" and a person says whom the dish is for,
     * nothing of the dish: it is asked for, no statement about it */
    {.text = "a horchata, it is for my mom",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Horchata", .qty = 1}}},
    {.text = "one flan, that one is for her",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Flan", .qty = 1}}},
    /* "have a good one" after the dish, or "hope you have a good day", is a parting wish:
     * nothing said of the dish, which is asked for */
    {.text = "a horchata, have a good one",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Horchata", .qty = 1}}},
    {.text = "a horchata, hope you have a good day",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Horchata", .qty = 1}}},
    /* before "on both", a person and a verb, no food, adjective or lead of a change, tell
     * what someone says of the dishes: no change of them; a food there is one */
    {.text = "a flan and churros, my dad insists on both",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Flan", .qty = 1}, {.name = "Churros", .qty = 1}}},
    {.text = "a flan and churros, sprinkles on both",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Flan", .qty = 1, .mods = {"sprinkles"}},
               {.name = "Churros", .qty = 1, .mods = {"sprinkles"}}}},
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
    /* "whatever"/"whichever" a kind and a verb of holding ("whatever taco comes with
     * pineapple") point at the one dish of that kind whose description holds it */
    {.text = "whatever taco comes with pineapple, x2",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Al Pastor Taco", .qty = 2}}},
    /* "w/" texted for "with": three tokens, none of them the part the dish holds */
    {.text = "whichever taco comes w/ pineapple",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Al Pastor Taco", .qty = 1}}},
    /* a part asked of a dish in a question ("do the tacos have rice?") names no dish even
     * where the menu has one of it (Mexican Rice): a count after the question points at the
     * dish asked about */
    {.text = "do the carnitas tacos have rice? ill take 2",
     .category = "order",
     .status = "accepted",
     .intents = {"inquiry", "order"},
     .items = {{.name = "Carnitas Taco", .qty = 2}}},
    /* the question's "come with rice" is read as a change of the dish asked about; its
     * joining "with" is no word of the part, so "no rice" after it is not widened with it */
    {.text = "does the carnitas bowl come with rice? ill take one with no rice",
     .category = "order",
     .status = "accepted",
     .intents = {"inquiry", "order"},
     .items = {{.name = "Carnitas Bowl", .qty = 1, .mods = {"no rice"}}}},
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
    /* "one each" after dishes counted already says how they are shared out, not their count */
    {.text = "four carnitas tacos, one each for the kids",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Carnitas Taco", .qty = 4}}},
    /* nor a dish after them said to be for someone ("for me", "for my wife"): that one's own */
    {.text = "my three daughters each want a horchata, and a churro for me",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Horchata", .qty = 3}, {.name = "Churros", .qty = 1}}},
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
    /* "wit" and "wif", "with" as texts spell it, lead a change when a change's lead follows
     * ("wit no ice") and are no part of it; "wit" before other words is left as written */
    {.text = "a horchata wif no ice and 2 flans wit extra caramel",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Horchata", .qty = 1, .mods = {"no ice"}},
               {.name = "Flan", .qty = 2, .mods = {"extra caramel"}}}},
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
    /* a question passed on to the kitchen ("ask whether ...", "check if ...") without a
     * question mark is a question as "wondering if" is: the order and the inquiry both */
    {.text = "2 churros, and pls ask whether the flan has gluten",
     .category = "order",
     .status = "accepted",
     .intents = {"order", "inquiry"},
     .items = {{.name = "Churros", .qty = 2}}},
    /* a menu word split in two and misspelt ("quesa biria"): neither half is a word of the
     * menu or of English, and run together they are one slip from one long menu word */
    {.text = "3 quesa biria tacos and a flan",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Quesabirria Taco", .qty = 3}, {.name = "Flan", .qty = 1}}},
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
    /* "but" turning to what the dish comes with or on says how it is made: a change, not
     * another dish the menu lacks */
    {.text = "the veggie taco but with a flour tortilla",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Grilled Veggie Taco", .qty = 1, .mods = {"flour tortilla"}}}},
    /* the change in English after it in brackets ("(no rice)") glosses it: once, not twice */
    {.text = "a california burrito sin arroz (no rice)",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "California Burrito", .qty = 1, .mods = {"no rice"}}}},
    /* a dish the menu lacks by its words ("cheesy taco"), restated after a comma as "the X
     * one" of its kind: the customer's description of that dish, one dish, nothing declined;
     * a food before the kind ("chicken taco") is another dish */
    {.text = "the cheesy taco, the quesabirria one",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Quesabirria Taco", .qty = 1}}},
    /* an adjective made of a noun and "-y" ("crunchy": crunch) judges the dish as one of
     * the list does, though the list does not spell it whole */
    {.text = "a crunchy taco, the quesabirria one please",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Quesabirria Taco", .qty = 1}}},
    /* a counted description restated in the plural ("the X ones"): the count is the
     * restated dish's, and an amount with no number asks how many */
    {.text = "3 crunchy tacos, the baja fish ones",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Baja Fish Taco", .qty = 3}}},
    /* a restatement whose words several kinds hold ("carnitas": the taco and the bowl) is the
     * one of the description's kind; the count carries to "the X one" as to "the X ones" */
    /* a counted kind said by how it is, its description read from a dish's texts ("smoky"),
     * then which one after a comma ("the carnitas ones"): one line, the named dish with the
     * count, and a change after it is that line's */
    {.text = "2 smoky tacos, the carnitas ones",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Carnitas Taco", .qty = 2}}},
    {.text = "3 smoky tacos, the al pastor ones w no onion",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Al Pastor Taco", .qty = 3, .mods = {"no onions"}}}},
    /* "the X kind" (or "type", "sort") points at the dish as "the X ones" does: which one, no
     * change of it */
    {.text = "2 tacos, the al pastor kind",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Al Pastor Taco", .qty = 2}}},
    {.text = "2 crunchy tacos, the carnitas kind",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Carnitas Taco", .qty = 2}}},
    /* ... but a first phrase of a dish's own name and another dish after it are two dishes */
    {.text = "2 carne asada tacos, the carnitas ones",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Carne Asada Taco", .qty = 2}, {.name = "Carnitas Taco", .qty = 1}}},
    {.text = "4 crunchy tacos, the carne asada ones",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Carne Asada Taco", .qty = 4}}},
    {.text = "2 crunchy tacos, the carnitas one",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Carnitas Taco", .qty = 2}}},
    {.text = "a few crunchy tacos, the al pastor ones",
     .category = "order",
     .status = "review",
     .intents = {"order"},
     .clarify = {{.phrase = "al pastor", .candidates = {"Al Pastor Taco"}, .how_many = true}}},
    {.text = "the chicken taco, the quesabirria one",
     .category = "order",
     .status = "rejected",
     .intents = {"order"},
     .items = {{.name = "Quesabirria Taco", .qty = 1}},
     .unknown = {"chicken taco"}},
    /* a word nothing reads opening its piece before "says" and a dish is who says it, a
     * name: no change of that dish, not even when it is spelt near a word of the frame */
    {.text = "Tess says chips and salsa, i say elote. ok both",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Chips and Salsa", .qty = 1}, {.name = "Elote", .qty = 1}}},
    {.text = "Kez says chips and guac",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Chips and Guacamole", .qty = 1}}},
    /* "the X one" right after a dish named whole, X a thing that dish is made with, says
     * again which dish that is: no second dish, though X alone names another */
    {.text = "the chips and queso the cheese one please, and a flan",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Chips and Queso", .qty = 1}, {.name = "Flan", .qty = 1}}},
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
    /* ... and so it does beside pictures that name no food, after a change ("on the side"):
     * neither a dish nor a word of the change */
    {.text = "2 churros w chocolate sauce on the side 🎂🥳🎉",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Churros", .qty = 2, .mods = {"chocolate sauce on the side"}}}},
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
    /* whether the place takes a means of payment ("take cards") asks how to pay, after
     * dishes too: no question about the menu */
    {.text = "an elote and 2 churros. do yall take cards",
     .category = "order",
     .status = "accepted",
     .intents = {"order", "other"},
     .items = {{.name = "Elote", .qty = 1}, {.name = "Churros", .qty = 2}}},
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
    /* a dish named after "forgot" is not yet in the order: "one" of it asked for after that
     * is its count, not one more beside it */
    {.text = "i forgot a jarritos mandarin, can u add one pls",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Jarritos Mandarin", .qty = 1}}},
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
    /* a price and "ones" right after a kind pick the kind's dishes of that price, as "the
     * 11.95 bowls" does: no second dish, nothing asked back */
    {.text = "two bowls - the 11.95 ones, and a flan",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Carnitas Bowl", .qty = 2}, {.name = "Flan", .qty = 1}}},
    /* the kind's place on the menu between the kind and its price changes nothing */
    {.text = "3 from the burritos part, the $8.75 ones",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Bean and Cheese Burrito", .qty = 3}}},
    /* the price of the one dish just named only restates it: one dish */
    {.text = "the baja fish taco, the $4.50 one",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Baja Fish Taco", .qty = 1}}},
    /* a laugh between a dish and its count after it says nothing: the count is the dish's */
    {.text = "the carnitas bowl, not the burrito haha, x3",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Carnitas Bowl", .qty = 3}}},
    {.text = "one flan and the elote lol x2",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Flan", .qty = 1}, {.name = "Elote", .qty = 2}}},
    /* a free choice described by a diet names no dish: asked back among the dishes the
     * menu claims of that diet, never dropped */
    {.text = "a pollo asado bowl for me and something vegetarian for my brother",
     .category = "order",
     .status = "review",
     .intents = {"order"},
     .items = {{.name = "Pollo Asado Bowl", .qty = 1}},
     .clarify = {{.phrase = "something vegetarian",
                  .candidates = {"Grilled Veggie Taco", "Bean and Cheese Burrito",
                                 "Roasted Veggie Bowl", "Chips and Guacamole", "(more)"}}}},
    /* described by how it tastes: no dish the menu lacks, asked back */
    {.text = "two horchatas and something spicy please",
     .category = "order",
     .status = "review",
     .intents = {"order"},
     .items = {{.name = "Horchata", .qty = 2}},
     .clarify = {{.phrase = "something spicy"}}},
    /* the same free choice told by an adjective English knows well: asked back, not dropped */
    {.text = "a horchata and something sweet pls",
     .category = "order",
     .status = "review",
     .intents = {"order"},
     .items = {{.name = "Horchata", .qty = 1}},
     .clarify = {{.phrase = "something sweet"}}},
    /* a free choice before a colon is answered by the dishes the colon lists: nothing to
     * ask back, whether told by a taste or by a diet */
    {.text = "craving something sweet after the gym: two flans and a horchata",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Flan", .qty = 2}, {.name = "Horchata", .qty = 1}}},
    {.text = "we want something vegetarian for the kids: 2 bean and cheese burritos",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Bean and Cheese Burrito", .qty = 2}}},
    /* a free choice wished for, then the restaurant asked to choose: still being chosen */
    {.text = "i'd like something dairy free, what do you recommend?",
     .category = "inquiry",
     .status = "answered",
     .intents = {"inquiry"}},
    /* a word of four consonants in a row is keys hit in a hurry: asked back, not declined
     * as a dish the menu lacks */
    {.text = "3 carnitas tacos and 2 pltrnas please",
     .category = "order",
     .status = "review",
     .intents = {"order"},
     .items = {{.name = "Carnitas Taco", .qty = 3}},
     .clarify = {{.phrase = "pltrnas"}}},
    /* ... but a food's word one slip away stays that food, off the menu */
    {.text = "2 horchatas and a nachps",
     .category = "order",
     .status = "rejected",
     .intents = {"order"},
     .items = {{.name = "Horchata", .qty = 2}},
     .unknown = {"nachps"}},
    /* praise of a visit before, then "but tonight" and a dish in the mood for */
    {.text = "we had the birria tacos last week and they were amazing, but tonight im feeling a "
             "california burrito",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "California Burrito", .qty = 1}}},
    {.text = "i wonder if you could do me 3 carnitas tacos",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Carnitas Taco", .qty = 3}}},
    /* a count in brackets after a dish the menu lacks counts it, and it is declined */
    {.text = "tamales (4), churros (1)",
     .category = "order",
     .status = "rejected",
     .intents = {"order"},
     .items = {{.name = "Churros", .qty = 1}},
     .unknown = {"tamales"}},
    /* a count of its own ends the list "2 each of" counts */
    {.text = "3 each of the al pastor and the carnitas tacos, then one elote and horchata",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Al Pastor Taco", .qty = 3},
               {.name = "Carnitas Taco", .qty = 3},
               {.name = "Elote", .qty = 1},
               {.name = "Horchata", .qty = 1}}},
    /* another language's "and" ends a change before the next dish, "un" counting it */
    {.text = "2 al pastor tacos extra pineapple y un horchata grande",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Al Pastor Taco", .qty = 2, .mods = {"extra pineapple"}},
               {.name = "Horchata", .qty = 1, .mods = {"large"}}}},
    /* a picture between the wish and a dish's picture is no word of the wish's phrase */
    {.text = "Merry Christmas to you all!! 🎄🌯",
     .category = "other",
     .status = "logged",
     .intents = {"other"}},
    /* whether the place takes orders for a later day asks what it does */
    {.text = "are you guys accepting orders for saturday",
     .category = "inquiry",
     .status = "answered",
     .intents = {"inquiry"}},
    /* "I should like" asks as "I would like" does; digits in brackets right before a dish
     * restate the count before them, they count no words before it */
    {.text = "Good evening. I should like two (2) Carnitas Bowls and one (1) Flan, thank you.",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Carnitas Bowl", .qty = 2}, {.name = "Flan", .qty = 1}}},
    {.text = "i must order one (1) horchata",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Horchata", .qty = 1}}},
    /* so do they after "and", and before a unit of serving ("orders of") */
    {.text = "kindly prepare one (1) flan and four (4) orders of chips and salsa",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Flan", .qty = 1}, {.name = "Chips and Salsa", .qty = 4}}},
    /* a count written out counts its dish whatever word stands before it ("buy") */
    {.text = "we wish to buy five (5) churros",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Churros", .qty = 5}}},
    /* a mix in brackets after a kind counted, "&" joining its parts, narrows the kind */
    {.text = "20 burritos (a mix of carne asada & chicken tinga), 2 flan",
     .category = "order",
     .status = "review",
     .intents = {"order"},
     .items = {{.name = "Flan", .qty = 2}},
     .clarify = {{.phrase = "burritos",
                  .candidates = {"Carne Asada Burrito", "Chicken Tinga Burrito"}}}},
    /* "no" after "and" in a correction, before a dish asked for before, takes it back */
    {.text = "4 carne asada tacos + 2 horchatas. wait, make it 5 tacos and no horchatas",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Carne Asada Taco", .qty = 5}}},
    /* "maybe" and a number set off after a counted dish: the count is unsure */
    {.text = "6 churros, maybe 8",
     .category = "order",
     .status = "review",
     .intents = {"order"},
     .clarify = {{.phrase = "churros", .candidates = {"Churros"}, .how_many = true}}},
    /* "opciones" is Spanish alone: with a verb of it the question is Spanish */
    {.text = "tienes opciones sin carne?",
     .category = "inquiry",
     .status = "review",
     .intents = {"inquiry"},
     .language = "es"},
    /* a part of a dish's name after "not" is the dish not meant; "still" and a count after
     * it keeps the count of the dish meant */
    {.text = "oops i meant carnitas tacos not pastor. still 4 pls",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Carnitas Taco", .qty = 4}}},
    /* leave asked with "would it be possible ... to have" before a dish: an order */
    {.text = "would it be possible for us to have two elotes",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Elote", .qty = 2}}},
    {.text = "d'you reckon i could get the pollo asado bowl? cheers",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Pollo Asado Bowl", .qty = 1}}},
    /* a noun of the menu's language several names share, "de" and a word nobody knows, is
     * a drink the menu lacks, not one of its aguas to ask about */
    {.text = "a flan and an agua de guanabana please",
     .category = "order",
     .status = "rejected",
     .intents = {"order"},
     .items = {{.name = "Flan", .qty = 1}},
     .unknown = {"agua de guanabana"}},
    /* when it is wanted by and that the order is complete change no dish */
    {.text = "3 churros and a flan before you close, thats everything",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Churros", .qty = 3}, {.name = "Flan", .qty = 1}}},
    /* "so" and the dishes each person asked for, counted as the total so far, sums them up */
    {.text = "my son wants an elote, my daughter wants an elote, i want a horchata. so 2 elotes "
             "and a horchata",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Elote", .qty = 2}, {.name = "Horchata", .qty = 1}}},
    /* a part added to a dish made without it is named as the rest of the menu names it */
    {.text = "a pollo asado bowl with extra pico please",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Pollo Asado Bowl", .qty = 1, .mods = {"extra pico de gallo"}}}},
    /* a count, a size and "ones" after a drink praised point back at it, the size its change */
    {.text = "love your watermelon agua fresca. 3 small ones pls",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Watermelon Agua Fresca", .qty = 3, .mods = {"small"}}}},
    /* "seriously" says how earnest the praise is: no change of the dish */
    {.text = "the jamaica agua fresca is the best, seriously. 2 large ones",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Jamaica Agua Fresca", .qty = 2, .mods = {"large"}}}},
    /* a plan told in the past and given up after "but" orders nothing */
    {.text = "we were going to get 6 carnitas tacos for the game tonight but it got cancelled",
     .category = "other",
     .status = "logged",
     .intents = {"other"}},
    /* the dish of a plan given up is what a question by "it" after the reason asks of */
    {.text = "i was gonna order the churros for my nephew but he has a nut allergy, is it ok "
             "for him?",
     .category = "inquiry",
     .status = "answered",
     .intents = {"inquiry"}},
    /* a plan given up after "but" for a dish whose own change "instead" closes: that dish
     * takes the plan's place, and "instead" is no part of its change */
    {.text = "we were going to order the carnitas bowl but i'll take the roasted veggie bowl with "
             "no cotija instead",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Roasted Veggie Bowl", .qty = 1, .mods = {"no cotija"}}}},
    /* such a plan given up is replaced whatever the count of what takes its place */
    {.text = "we were going to get two flans but 3 churros instead",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Churros", .qty = 3}}},
    /* "a double order of": two servings counted, no size of the dish */
    {.text = "a double order of chips and guac pls",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Chips and Guacamole", .qty = 2}}},
    /* "meat" before a doneness after a dish is the part cooked so, no dish off the menu */
    {.text = "2 carne asada burritos, meat medium rare",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Carne Asada Burrito", .qty = 2, .mods = {"cooked medium rare"}}}},
    /* the part named before its doneness is the change's words: a swap said after it still
     * follows the dish's changes, no side asked for of its own */
    {.text = "one carne asada burrito, meat well done, pinto beans instead of black",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Carne Asada Burrito",
                .qty = 1,
                .mods = {"cooked well done", "pinto beans instead of black beans"}}}},
    /* a food the menu lacks asked for after an opener heads a list: a thing named after it
     * that no lexicon knows is a second thing asked for */
    {.text = "can i get crab cakes and a side of zhoug",
     .category = "order",
     .status = "rejected",
     .intents = {"order"},
     .unknown = {"crab cakes", "zhoug"}},
    /* "pls" and a comma before "and" stand between a dish and the next thing of its list */
    {.text = "an elote no cheese pls, and a side of zhoug",
     .category = "order",
     .status = "rejected",
     .intents = {"order"},
     .items = {{.name = "Elote", .qty = 1, .mods = {"no cheese"}}},
     .unknown = {"zhoug"}},
    /* "and" opening a clause goes on with a list whose food the menu lacks, asked for before */
    {.text = "could i have a plate of beef stroganoff? and a cup of doogh if you have it",
     .category = "order",
     .status = "rejected",
     .intents = {"order"},
     .unknown = {"beef stroganoff", "doogh"}},
    /* praise of a dish (vouched for after it by "no joke"), then a count pointing back at it,
     * says why the customer orders it: no matter of its own */
    {.text = "you guys make the best churros in town, no joke. three of those please",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Churros", .qty = 3}}},
    /* "smth" is texting's "something": no dish misspelt, nothing asked for */
    {.text = "does the horchata have dairy? need smth to cool me down after work",
     .category = "inquiry",
     .status = "answered",
     .intents = {"inquiry"}},
    /* Dutch asks what a dish holds by "bevat", greeting by "hoi": read by a person */
    {.text = "Hoi, bevat de horchata noten?",
     .category = "inquiry",
     .status = "review",
     .intents = {"inquiry"},
     .language = "nl"},
    /* a birthday cake picture ending the text just after "birthday!!" pictures the occasion */
    {.text = "2 churros and 1 flan for after dinner, it's my dad's birthday!! 🎂",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Churros", .qty = 2}, {.name = "Flan", .qty = 1}}},
    /* "on those" after a change points back at the dish it goes on: no part of the change */
    {.text = "3 carnitas tacos, extra cilantro on those, and a jamaica",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Carnitas Taco", .qty = 3, .mods = {"extra cilantro"}},
               {.name = "Jamaica Agua Fresca", .qty = 1}}},
    /* a head said in the singular after a count of one is that dish's alone: the kind
     * counted two before it is asked back */
    {.text = "2 asada, 1 carnitas bowl and a horchata",
     .category = "order",
     .status = "review",
     .intents = {"order"},
     .items = {{.name = "Carnitas Bowl", .qty = 1}, {.name = "Horchata", .qty = 1}},
     .clarify = {{.phrase = "asada", .candidates = {"Carne Asada Taco", "Carne Asada Burrito"}}}},
    /* more of a part the drink named last lacks and the dish before it holds is that dish's */
    {.text = "3 quesabirria tacos and a jamaica, extra consome please",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Quesabirria Taco", .qty = 3, .mods = {"extra consomé"}},
               {.name = "Jamaica Agua Fresca", .qty = 1}}},
    /* a change right after "asap" is no part of the filler: the dish's change */
    {.text = "2 chicken tinga burritos asap extra queso please",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Chicken Tinga Burrito", .qty = 2, .mods = {"extra queso"}}}},
    /* "covered in" a side's word tops the dish with it: a change, no side of its own */
    {.text = "a california burrito covered in guac",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "California Burrito", .qty = 1, .mods = {"covered in guacamole"}}}},
    /* a menu word opening a clause after another, before "on the side", is a topping */
    {.text = "2 carne asada tacos please. salsa verde on the side",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Carne Asada Taco", .qty = 2, .mods = {"salsa verde on the side"}}}},
    /* "each" ending the message after a list of two counts both by the first one's count */
    {.text = "2 elotes and churros each",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Elote", .qty = 2}, {.name = "Churros", .qty = 2}}},
    /* a part of the dish listed after it and said fine as it is asks for no dish */
    {.text = "3 al pastor tacos, corn tortillas are ok",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Al Pastor Taco", .qty = 3}}},
    /* menu words texted with their vowels left out read as those words */
    {.text = "1 qsdlla n 3 crnts tcs pls",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Kids Quesadilla", .qty = 1}, {.name = "Carnitas Taco", .qty = 3}}},
    /* a word of a name texted as its first two letters and a sign ("grl": grilled) before the
     * next word of that name is that word, no change; so is a pair whose second word cuts
     * the name's last one short ("chs burr": cheese burrito) */
    {.text = "1 grl veggie taco pls",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Grilled Veggie Taco", .qty = 1}}},
    {.text = "2 chs burr and a flan",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Bean and Cheese Burrito", .qty = 2}, {.name = "Flan", .qty = 1}}},
    /* the head of a name cut to an English word ("burr") right after a word of names that end
     * in it is that head: the name goes on as written */
    {.text = "one asada burr, one horchata",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Carne Asada Burrito", .qty = 1}, {.name = "Horchata", .qty = 1}}},
    /* beside a word so texted, one vowel left out is enough ("tcos": tacos); read as nothing,
     * it made the pair asked back whole */
    {.text = "2 qsbrria tcos and a flan",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Quesabirria Taco", .qty = 2}, {.name = "Flan", .qty = 1}}},
    /* a story whose subject is someone of the customer's ("my brother got stuck at work
     * late") tells why they write beside the order; "late" raises no matter of its own */
    {.text = "my brother got stuck at work late again so dinner is on me. two quesabirria tacos "
             "and a horchata please",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Quesabirria Taco", .qty = 2}, {.name = "Horchata", .qty = 1}}},
    /* opened by the customer, but telling how a dish came ("it was cold"): a complaint */
    {.text = "i picked up the carnitas bowl last time and it was cold. one horchata please",
     .category = "order",
     .status = "accepted",
     .intents = {"other", "order"},
     .items = {{.name = "Horchata", .qty = 1}}},
    /* a story of a dish told subject first with "??" beside a request marvels, asks nothing */
    {.text = "my brother came home late last night raving about your churros?? two churros please",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Churros", .qty = 2}}},
    /* ... but a service told of with "??" still asks after it */
    {.text = "my sister says you deliver?? two churros please",
     .category = "order",
     .status = "accepted",
     .intents = {"other", "order"},
     .items = {{.name = "Churros", .qty = 2}}},
    /* a verb of swapping right before a change of its own leaves that change alone */
    {.text = "carnitas bowl hold the black beans, swap extra pico",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Carnitas Bowl",
                .qty = 1,
                .mods = {"no black beans", "extra pico de gallo"}}}},
    /* "jk" takes back what was just said, as "actually" does */
    {.text = "4 tamarind jarritos jk make it 2",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Jarritos Tamarind", .qty = 2}}},
    /* after a correction's word, "just" and a count before the dish named again: its count */
    {.text = "a dozen churros and a horchata. wait, just 3 churros",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Horchata", .qty = 1}, {.name = "Churros", .qty = 3}}},
    /* a dish as the subject of a verb told of it and that verb's object praises it; none of
     * it is asked for */
    {.text = "honestly the carnitas bowl from last friday still haunts my dreams",
     .category = "other",
     .status = "logged",
     .intents = {"other"}},
    /* ... so does one told in the past ("made my week") */
    {.text = "the elote the other day made my week",
     .category = "other",
     .status = "logged",
     .intents = {"other"}},
    /* "then" after a condition on the answer is part of it; "beef ones" after a question
     * that asked for food the menu lacks are that food of beef, declined */
    {.text = "do u sell empanadas? if yes then 3 beef ones",
     .category = "order",
     .status = "rejected",
     .intents = {"inquiry", "order"},
     .unknown = {"beef empanadas"}},
    {.text = "is the flan fresh today? if yes then 2 please",
     .category = "order",
     .status = "accepted",
     .intents = {"inquiry", "order"},
     .items = {{.name = "Flan", .qty = 2}}},
    /* with no '?' the question ends where the request on its answer starts ("ill take") */
    {.text = "is the horchata sweet either way ill take two",
     .category = "order",
     .status = "accepted",
     .intents = {"inquiry", "order"},
     .items = {{.name = "Horchata", .qty = 2}}},
    /* a word of the cuisine's own asked alone ("huaraches?") asks whether there are any,
     * though another clause names food the lexicon knows */
    {.text = "huaraches? tostadas? something like that",
     .category = "inquiry",
     .status = "answered",
     .intents = {"inquiry"}},
    /* "can you do that?" after an order that stands on its own asks whether the place can
     * make it, whatever day or occasion the order names */
    {.text = "need 20 quesabirria tacos for a birthday party sunday. can you do that?",
     .category = "order",
     .status = "accepted",
     .intents = {"order", "inquiry"},
     .items = {{.name = "Quesabirria Taco", .qty = 20}}},
    /* ... so, asked in a clause of its own ("can you guys make that?"), the craving is its
     * topic */
    {.text = "im craving a big bowl of pozole verde, can you guys make that? if not no worries",
     .category = "inquiry",
     .status = "answered",
     .intents = {"inquiry"}},
    /* "apiece" is "each": no change of the dish */
    {.text = "two horchatas apiece, and a flan",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Horchata", .qty = 2}, {.name = "Flan", .qty = 1}}},
    /* a kind after "our" with no count is the dish of that kind asked for after it */
    {.text = "any chance of a michelada with our burritos? 2 california burritos",
     .category = "order",
     .status = "rejected",
     .intents = {"order"},
     .items = {{.name = "California Burrito", .qty = 2}},
     .unknown = {"michelada"}},
    /* the customer and a verb of loving tell a taste, no request, whether the food is on the
     * menu or not: nothing off the menu is asked for ("love" is no part of a dish) */
    {.text = "do you guys make pozole? we really love chilaquiles",
     .category = "inquiry",
     .status = "answered",
     .intents = {"inquiry"}},
    {.text = "i adore your churros. 2 al pastor tacos please",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Al Pastor Taco", .qty = 2}}},
    /* "which" and a subject after a comma open a relative clause, no question: the dishes
     * before it are ordered and nothing is asked */
    {.text = "2 horchatas, which i love",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Horchata", .qty = 2}}},
    /* so does the customer calling themself a fan of a dish: the churros are no order */
    {.text = "massive fan of the churros btw. one carne asada burrito please",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Carne Asada Burrito", .qty = 1}}},
    /* a phrase the menu's description says of one dish, before a count or alone in its
     * clause, is that dish */
    {.text = "grilled street corn x3 :)",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Elote", .qty = 3}}},
    {.text = "hola! grilled street corn",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Elote", .qty = 1}}},
    /* "uno sin ..." after a count splits one of the dishes off with its change, as "one
     * without ..." does */
    {.text = "3 carnitas tacos, uno sin cilantro, and a horchata please",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Carnitas Taco", .qty = 2},
               {.name = "Carnitas Taco", .qty = 1, .mods = {"no cilantro"}},
               {.name = "Horchata", .qty = 1}}},
    /* a list after "with" of what the description holds, every word, says what the dish
     * comes with, its last part after "and" too */
    {.text = "2 elotes with mayo and lime please",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Elote", .qty = 2}}},
    /* "is it possible to get" dishes with no change after them asks for them, the one the
     * menu lacks too; with a change after the dish it asks about the change */
    {.text = "hey is it possible to get a cemita poblana and two horchatas?",
     .category = "order",
     .status = "rejected",
     .intents = {"order"},
     .items = {{.name = "Horchata", .qty = 2}},
     .unknown = {"cemita poblana"}},
    {.text = "is it possible to get a carnitas bowl without rice?",
     .category = "inquiry",
     .status = "answered",
     .intents = {"inquiry"}},
    /* words of when between the wanting and "is" keep the cleft a request */
    {.text = "long week. what we need tonight is two carnitas bowls",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Carnitas Bowl", .qty = 2}}},
    /* people named before "each" ("my sister and her husband each want"), or counted by a
     * remark ("(2 of them)") or after "my" ("me and my 2 nephews"), are who the count is each
     * one's; "each for them" leaves the speaker out */
    {.text = "my sister and her husband each want 3 al pastor tacos and a jamaica, the little "
             "ones (2 of them) get a kids quesadilla apiece",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Al Pastor Taco", .qty = 6},
               {.name = "Jamaica Agua Fresca", .qty = 2},
               {.name = "Kids Quesadilla", .qty = 2}}},
    {.text = "me and my 2 nephews, a kids quesadilla each for them and a carnitas bowl for me",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Kids Quesadilla", .qty = 2}, {.name = "Carnitas Bowl", .qty = 1}}},
    {.text = "me and my 2 nephews, a horchata each",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Horchata", .qty = 3}}},
    /* a few words naming no dish may stand between a counted kind and the comma before "mix
     * of" ("for the game sunday"): the mix is still of that kind, asked back */
    {.text = "need 20 tacos for the game sunday, mix of carnitas and fish",
     .category = "order",
     .status = "review",
     .intents = {"order"},
     .clarify = {{.phrase = "tacos", .candidates = {"Baja Fish Taco", "Carnitas Taco"}}}},
    /* a clause opening on "half" shares the counted kind that ended the clause before it,
     * a question there too */
    {.text = "can we order 8 burritos for lunch? Half california half bean and cheese.",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "California Burrito", .qty = 4},
               {.name = "Bean and Cheese Burrito", .qty = 4}}},
    /* "over" a food after a dish several items fit picks the one its description serves
     * over that food (the bowl), the food no dish of its own; changes after reach it */
    {.text = "2 of the veggie ones over rice, no cotija",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Roasted Veggie Bowl", .qty = 2, .mods = {"no cotija"}}}},
    {.text = "the pork one over the rice and a horchata",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Carnitas Bowl", .qty = 1}, {.name = "Horchata", .qty = 1}}},
    /* "same for ... but with" a food the dish copied had taken off puts it back on the copy */
    {.text = "a carnitas bowl no beans. same for my brother but with beans",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Carnitas Bowl", .qty = 1, .mods = {"no beans"}},
               {.name = "Carnitas Bowl", .qty = 1}}},
    /* the '/' of "w/" is a word of the change before, no separator: a thing no lexicon
     * knows after the change still stands in the list of dishes */
    {.text = "2 carnitas tacos w/ extra salsa, a sunkist",
     .category = "order",
     .status = "rejected",
     .intents = {"order"},
     .items = {{.name = "Carnitas Taco", .qty = 2, .mods = {"extra salsa"}}},
     .unknown = {"sunkist"}},
    /* what the customer can bear, after a question and before any dish, says why it asks */
    {.text = "does the al pastor taco come with onions? cant handle raw onion",
     .category = "inquiry",
     .status = "answered",
     .intents = {"inquiry"}},
    /* a dish changed in a question "can you make", then a count pointing back in a
     * request on the answer: that count is the changed dish's, not one more plain */
    {.text = "can u make the chicken tinga burrito without sour cream? if so ill take 3",
     .category = "order",
     .status = "accepted",
     .intents = {"inquiry", "order"},
     .items = {{.name = "Chicken Tinga Burrito", .qty = 3, .mods = {"no sour cream"}}}},
    /* a kind of dish counted as the dishes of it named are counted restates them */
    {.text = "one carnitas bowl plus two horchatas and a watermelon agua fresca, so 3 drinks in "
             "all",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Carnitas Bowl", .qty = 1},
               {.name = "Horchata", .qty = 2},
               {.name = "Watermelon Agua Fresca", .qty = 1}}},
    /* a kind said bare, a dish of it named after, is answered by that dish */
    {.text = "ok to dessert. the tres leches cake and 2 al pastor tacos",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Tres Leches Cake", .qty = 1}, {.name = "Al Pastor Taco", .qty = 2}}},
    /* "double" or "triple" and a word pointing at what was said asks for every dish before
     * that many times; a "same" after it is the second serving, no more */
    {.text = "two carnitas tacos and a jamaica agua fresca. actually triple that, for the whole "
             "crew",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Carnitas Taco", .qty = 6}, {.name = "Jamaica Agua Fresca", .qty = 3}}},
    {.text = "one baja fish taco and a horchata... actually double it, my brother wants the same",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Baja Fish Taco", .qty = 2}, {.name = "Horchata", .qty = 2}}},
    /* "con todo", with everything, is the dish as it comes: no change */
    {.text = "i want 3 carnitas tacos con todo and a flan",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Carnitas Taco", .qty = 3}, {.name = "Flan", .qty = 1}}},
    /* a dish named by its description, sent alone but for a removal after it */
    {.text = "grilled street corn without the mayo",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Elote", .qty = 1, .mods = {"no mayo"}}}},
    /* "con" after a dish's word is the "with" of a change, no dish of its own */
    {.text = "one chicken tinga burrito con guac, and a flan",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Chicken Tinga Burrito", .qty = 1, .mods = {"guacamole"}},
               {.name = "Flan", .qty = 1}}},
    /* counts and "por favor" of Spanish borrowed into an English sentence: still English */
    {.text = "could i get tres carnitas tacos and dos churros por favor",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Carnitas Taco", .qty = 3}, {.name = "Churros", .qty = 2}}},
    /* a kind in the plural, alone and uncounted, then dishes of it counted in the next
     * clause: the counted dishes say which, the kind asks nothing more */
    {.text = "we want burritos. 2 california burritos and a horchata",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "California Burrito", .qty = 2}, {.name = "Horchata", .qty = 1}}},
    /* a kind given to each of a group ("a taco for each of us"), then the group split by
     * fillings: the counted dishes say which, the kind asks nothing more */
    {.text = "a taco for each of us. 3 want carnitas and 1 wants carne asada",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Carnitas Taco", .qty = 3}, {.name = "Carne Asada Taco", .qty = 1}}},
    /* a kind counted by the group, then after a colon dishes of it whose counts add up to
     * the group's: answered; counts that fall short leave the rest of the kind asked */
    {.text = "burritos for the 3 of us: 2 chicken tinga 1 california",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Chicken Tinga Burrito", .qty = 2},
               {.name = "California Burrito", .qty = 1}}},
    /* right after a question, "like with ..." gives an example of what it means */
    {.text = "do u do breakfast burritos? like with a fried egg",
     .category = "inquiry",
     .status = "answered",
     .intents = {"inquiry"}},
    /* after a question of what to pick, a free choice described by what it should do
     * restates the question */
    {.text = "what's the most filling burrito? want something that'll keep me going till dinner",
     .category = "inquiry",
     .status = "answered",
     .intents = {"inquiry"}},
    /* in lines headed by whom each is for, "same as" a person copies that person's line */
    {.text = "rosa: 2 carnitas tacos\nme: a flan\ntom: same as rosa",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Carnitas Taco", .qty = 4}, {.name = "Flan", .qty = 1}}},
    /* "per person" after a list counted alike counts each dish of it for every one of the
     * party the message says */
    {.text = "3 each of the carne asada and baja fish tacos per person. there are 4 of us",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Carne Asada Taco", .qty = 12}, {.name = "Baja Fish Taco", .qty = 12}}},
    /* "regular" beside the same dish changed is the one as the menu makes it */
    {.text = "2 carnitas tacos extra salsa verde and 2 carnitas tacos regular",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Carnitas Taco", .qty = 2, .mods = {"extra salsa verde"}},
               {.name = "Carnitas Taco", .qty = 2}}},
    /* "plain with" a change is that change: "plain" adds nothing of its own */
    {.text = "one chicken tinga burrito plain with no sour cream",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Chicken Tinga Burrito", .qty = 1, .mods = {"no sour cream"}}}},
    /* a lead word that ends a food's name with the word before it ("bud light") is that
     * food, declined, no change of the dish before */
    {.text = "2 chicken tinga burritos, a bud light",
     .category = "order",
     .status = "rejected",
     .intents = {"order"},
     .items = {{.name = "Chicken Tinga Burrito", .qty = 2}},
     .unknown = {"bud light"}},
    /* "either one" / "each one" after a dish asked for many of is every one of them: the
     * change is the whole dish's, no part split off */
    {.text = "3 pollo asado bowls for the crew. extra salsa verde on each one",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Pollo Asado Bowl", .qty = 3, .mods = {"extra salsa verde"}}}},
    /* "whichever one comes with" after a kind points at the dish of it that holds what
     * follows, as "the one with" does */
    {.text = "one bowl please. whichever one comes with chicken",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Pollo Asado Bowl", .qty = 1}}},
    /* two participles set against each other right after a dish say how it is made, though
     * each names a dish of the menu ("grilled veggie taco", "refried beans") */
    {.text = "3 baja fish tacos - grilled not fried",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Baja Fish Taco", .qty = 3, .mods = {"grilled instead of fried"}}}},
    /* a subject and a verb of liking opening a change say whose taste it is: the change is
     * what follows them */
    {.text = "kids taquitos for my son, he likes the salsa on the side",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Kids Chicken Taquitos", .qty = 1, .mods = {"salsa on the side"}}}},
    /* a concession before a subject ("even though i love onions") ends the change: what the
     * customer grants, not how the dish comes */
    {.text = "could i get two carnitas tacos no onion even though i love onions",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Carnitas Taco", .qty = 2, .mods = {"no onions"}}}},
    /* a wait to judge ("lets see if ...") after a dish asked for again is no change */
    {.text = "2 elotes and churros again, lets see if theyre crispier this time",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Elote", .qty = 2}, {.name = "Churros", .qty = 1}}},
    /* a dish named in advice passed on, then asked for with a count, is asked for once */
    {.text = "my brother told me to get the carnitas bowl. ok 2 carnitas bowls then",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Carnitas Bowl", .qty = 2}}},
    /* "what" / "which" / "who has", then "the" / "your" / "ur" and a superlative asks the menu
     * ranked, a dish named or not; a graded word is read as itself, never repaired into
     * another ("priciest") */
    {.text = "whats the spiciest thing u got",
     .category = "inquiry",
     .status = "answered",
     .intents = {"inquiry"}},
    {.text = "ok so what's ur most popular thing",
     .category = "inquiry",
     .status = "answered",
     .intents = {"inquiry"}},
    {.text = "whats the spiciest taco",
     .category = "inquiry",
     .status = "answered",
     .intents = {"inquiry"},
     .reply_lacks = {"$", "Quesabirria"}},
    {.text = "which burrito is the cheesiest",
     .category = "inquiry",
     .status = "answered",
     .intents = {"inquiry"}},
    {.text = "what's the biggest burrito you have",
     .category = "inquiry",
     .status = "answered",
     .intents = {"inquiry"}},
    /* the superlative outside a question opened so is no question of the menu */
    {.text = "the spiciest taco was too hot lol",
     .category = "other",
     .status = "logged",
     .intents = {"other"}},
    {.text = "2 of the spiciest tacos",
     .category = "order",
     .status = "review",
     .intents = {"order"},
     .clarify = {{.phrase = "tacos",
                  .candidates = {"Carne Asada Taco", "Al Pastor Taco", "Baja Fish Taco",
                                 "Carnitas Taco", "(more)"}}}},
    /* a superlative of time asks about hours */
    {.text = "whats the latest you deliver",
     .category = "other",
     .status = "logged",
     .intents = {"other"}},
    /* a counted dish alone in a question is a count tried out loud: counted again in a later
     * clause, the later count is the one settled on, not one more */
    {.text = "3 horchatas? nah thats a lot. 1 horchata and 2 churros",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Horchata", .qty = 1}, {.name = "Churros", .qty = 2}}},
    /* a plural compound of "mate" counts people, and a number after a dollar sign is money:
     * neither is a thing asked for */
    {.text = "me and 2 flatmates, $40 budget. 3 al pastor tacos and a horchata",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Al Pastor Taco", .qty = 3}, {.name = "Horchata", .qty = 1}}},
    /* a word of asking or "one" between a dish and "not" another leaves the other unasked */
    {.text = "the chicken tinga burrito pls, not the chicken taquitos",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Chicken Tinga Burrito", .qty = 1}}},
    {.text = "the grilled veggie one, not the elote",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Grilled Veggie Taco", .qty = 1}}},
    /* a dish thanked for has come already: no request */
    {.text = "my uncle says thanks so much for the elote on saturday",
     .category = "other",
     .status = "logged",
     .intents = {"other"}},
    /* a count kept away from ("avoid getting two ...") asks for nothing */
    {.text = "which burrito has no meat? we want to avoid getting two different things",
     .category = "inquiry",
     .status = "answered",
     .intents = {"inquiry"}},
    /* an order already placed ("nuestro pedido", "meine Bestellung"), no dish, no count, no
     * wanting: its pickup, nothing new asked for */
    {.text = "Estamos llegando para recoger nuestro pedido",
     .category = "other",
     .status = "review",
     .intents = {"other"},
     .language = "es"},
    {.text = "Bin gleich da und hole meine Bestellung ab",
     .category = "other",
     .status = "review",
     .intents = {"other"},
     .language = "de"},
    /* Russian is read in its own letters: a count before words of a script no menu word is
     * written in asks for a dish all the same; a question of what a thing is asks about the
     * menu; thanks alone are other */
    {.text = "Добрый день! Можно две кесадильи и один чай?",
     .category = "order",
     .status = "review",
     .intents = {"order"},
     .language = "ru"},
    {.text = "Что такое флан?",
     .category = "inquiry",
     .status = "review",
     .intents = {"inquiry"},
     .language = "ru"},
    {.text = "Спасибо вам большое за ужин!",
     .category = "other",
     .status = "review",
     .intents = {"other"},
     .language = "ru"},
    /* Vietnamese is read with its letters of two marks ("một", "ạ"): a request asked of
     * someone ("cho em", give me) orders; a question with a dish asks about the menu */
    {.text = "Chị ơi, cho em hai flan và một horchata nha",
     .category = "order",
     .status = "review",
     .intents = {"order"},
     .language = "vi"},
    {.text = "Món elote có cay không ạ?",
     .category = "inquiry",
     .status = "review",
     .intents = {"inquiry"},
     .language = "vi"},
    /* a word or two and a question particle closing it before its '?' ("không", with its
     * marks or texted without them): too short for cld2 or the word count, the particle is
     * the language's own grammar; "ok khong?" holds English and stays as it is */
    {.text = "Cay không?",
     .category = "inquiry",
     .status = "review",
     .intents = {"inquiry"},
     .language = "vi"},
    {.text = "salsa cay khong?",
     .category = "inquiry",
     .status = "review",
     .intents = {"inquiry"},
     .language = "vi"},
    /* Tagalog is read by its particles and pronouns ("po", "ba", "ko"): a verb of wanting
     * with a count orders, a price question asks, thanks alone are other; none is English */
    {.text = "gusto ko po ng dalawang flan at isang horchata",
     .category = "order",
     .status = "review",
     .intents = {"order"},
     .language = "tl"},
    {.text = "magkano po yung elote?",
     .category = "inquiry",
     .status = "review",
     .intents = {"inquiry"},
     .language = "tl"},
    {.text = "salamat po sa mabilis na serbisyo",
     .category = "other",
     .status = "review",
     .intents = {"other"},
     .language = "tl"},
    /* a verb of recommending is as strong a word of a short foreign message as a pronoun
     * ("polecacie"), and asks about the menu; Russian and Turkish ones are listed too */
    {.text = "Co polecacie?",
     .category = "inquiry",
     .status = "review",
     .intents = {"inquiry"},
     .language = "pl"},
    {.text = "Что посоветуете?",
     .category = "inquiry",
     .status = "review",
     .intents = {"inquiry"},
     .language = "ru"},
    /* a count and a "please" of a language are read in the match form, accents folded
     * ("Två" reads "tva"), and "stp" is French "please" as "svp" is */
    {.text = "Två tacos tack",
     .category = "order",
     .status = "review",
     .intents = {"order"},
     .language = "sv"},
    {.text = "deux tacos al pastor stp",
     .category = "order",
     .status = "review",
     .intents = {"order"},
     .language = "fr"},
    /* in another language, any inflection of a diet's word ("veganskt", "Vegetarisches")
     * asked about makes a question about the menu, though it names no dish */
    {.text = "Har ni något veganskt?",
     .category = "inquiry",
     .status = "review",
     .intents = {"inquiry"},
     .language = "sv"},
    {.text = "Habt ihr was Vegetarisches?",
     .category = "inquiry",
     .status = "review",
     .intents = {"inquiry"},
     .language = "de"},
    /* a short message cld2 is sure of is its language's with one strong word of it
     * ("macie", "chciałbym") or two of its words and no English one; Polish and Turkish
     * thanks alone are other; one word of the language and no strong one ("gracias amigo")
     * is an English speaker's borrowing */
    {.text = "Macie coś wegańskiego?",
     .category = "inquiry",
     .status = "review",
     .intents = {"inquiry"},
     .language = "pl"},
    {.text = "Chciałbym zamówić churros",
     .category = "order",
     .status = "review",
     .intents = {"order"},
     .language = "pl"},
    {.text = "Teşekkürler, iyi günler",
     .category = "other",
     .status = "review",
     .intents = {"other"},
     .language = "tr"},
    {.text = "gracias amigo", .category = "other", .status = "logged", .intents = {"other"}},
    /* without a strong word, two words of the language make a sentence when one is a
     * courtesy: thanks and leave-taking ("grazie", "arrivederci"); two articles and
     * prepositions alone are those of a dish's name in its own language */
    {.text = "Grazie, arrivederci",
     .category = "other",
     .status = "review",
     .intents = {"other"},
     .language = "it"},
    /* a text written mostly in a script English never is goes to a person, whatever its
     * words: Cyrillic words outnumbering a menu name in Latin letters, Japanese written in
     * kana and Han, Korean in Hangul around a menu name; two Han signs beside an English
     * order, a name in its own script, leave it English */
    {.text = "Два тако al pastor пожалуйста",
     .category = "order",
     .status = "review",
     .intents = {"order"},
     .language = "ru"},
    {.text = "ブリトーを一つお願いします",
     .category = "order",
     .status = "review",
     .intents = {"order"},
     .language = "ja"},
    {.text = "horchata 하나 주세요 🙏",
     .category = "order",
     .status = "review",
     .intents = {"order"},
     .language = "ko"},
    {.text = "2 tacos al pastor for 王小明 pls",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Al Pastor Taco", .qty = 2}}},
    /* Chinese, Japanese and Korean put no blank between words: their words of asking for
     * and counting, of thanks, of a question and of the menu are read inside the text. A
     * question ("？", "吗") naming a diet or a price asks about the menu; thanks alone are
     * other; "I want" and a count order the dish the menu's words do not read */
    {.text = "有素食吗？",
     .category = "inquiry",
     .status = "review",
     .intents = {"inquiry"},
     .language = "zh"},
    {.text = "flan多少钱？",
     .category = "inquiry",
     .status = "review",
     .intents = {"inquiry"},
     .language = "zh"},
    {.text = "감사합니다 😊",
     .category = "other",
     .status = "review",
     .intents = {"other"},
     .language = "ko"},
    {.text = "你好，我想要三个burrito",
     .category = "order",
     .status = "review",
     .intents = {"order"},
     .language = "zh"},
    {.text = "グルテンフリーのメニューはありますか",
     .category = "inquiry",
     .status = "review",
     .intents = {"inquiry"},
     .language = "ja"},
    /* "me regalas", give me, opens a request in Latin American Spanish */
    {.text = "me regalas dos flanes sin caramelo?",
     .category = "order",
     .status = "review",
     .intents = {"order"},
     .language = "es"},
    /* "how" spelt as a Spanish speaker hears it ("jou") opens a question */
    {.text = "jou big is de carnitas bowl",
     .category = "inquiry",
     .status = "answered",
     .intents = {"inquiry"}},
    /* "plis", "please" as it is said, closes a request: no change of the dish before it */
    {.text = "one elote and a flan plis",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Elote", .qty = 1}, {.name = "Flan", .qty = 1}}},
    /* "can you add" and a part, no dish, after a dish asks for the part on that dish */
    {.text = "2 al pastor tacos. could you add pickled onions?",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Al Pastor Taco", .qty = 2, .mods = {"add pickled onions"}}}},
    /* "the other flavor" after one of two items whose names open alike is the second */
    {.text = "1 tamarind jarritos and one of the other kind",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Jarritos Tamarind", .qty = 1}, {.name = "Jarritos Mandarin", .qty = 1}}},
    /* a word of the dish's name cut short before it ("mex") names it, no change */
    {.text = "a mex coke and a carnitas taco",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Mexican Coca-Cola", .qty = 1}, {.name = "Carnitas Taco", .qty = 1}}},
    /* "everything except" a part takes the part off, as "no" does */
    {.text = "a pollo asado bowl with everything except the sour cream",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Pollo Asado Bowl", .qty = 1, .mods = {"no sour cream"}}}},
    /* "pints of" a drink the menu lacks open it, declined; of a drink of the menu they are
     * its count as they were */
    {.text = "2 pints of horchata and a pint of cider",
     .category = "order",
     .status = "rejected",
     .intents = {"order"},
     .items = {{.name = "Horchata", .qty = 2}},
     .unknown = {"cider"}},
    /* "half a pint of" measures the drink as "a pint of" does */
    {.text = "half a pint of stout and 2 churros",
     .category = "order",
     .status = "rejected",
     .intents = {"order"},
     .items = {{.name = "Churros", .qty = 2}},
     .unknown = {"stout"}},
    /* a verdict on the dish ("looks amazing") before the request's bare count: the count is
     * the dish's, the clause an order */
    {.text = "the elote looks amazing, can i get 2?",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Elote", .qty = 2}}},
    /* a tea named by its blend ("earl grey"), with or without "tea", is a drink the menu
     * lacks: declined, never dropped as two English words */
    {.text = "earl grey please",
     .category = "order",
     .status = "rejected",
     .intents = {"order"},
     .unknown = {"earl grey"}},
    {.text = "2 churros and an earl grey tea",
     .category = "order",
     .status = "rejected",
     .intents = {"order"},
     .items = {{.name = "Churros", .qty = 2}},
     .unknown = {"earl grey tea"}},
    /* a need set off before the dishes, an English word read only as a slip of a menu word
     * ("ice", a letter from "rice"), is the word it is: a need the dishes meet, nothing asked
     * back, the count of the dishes kept */
    {.text = "need ice, 2 horchatas please",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Horchata", .qty = 2}}},
    /* what a subject has, counted, a word one letter from a menu word by a letter far from
     * it on the keyboard and in sound, the first letter too ("jeans", "beans"): their own
     * thing, no dish */
    {.text = "i have 2 jeans in my bag",
     .category = "other",
     .status = "logged",
     .intents = {"other"}},
    /* a grievance named after a dish led by "the" tells of an order gone wrong; after "a" the
     * dish is asked for and the grievance says why it is asked so */
    {.text = "the churros, same problem as last week",
     .category = "other",
     .status = "logged",
     .intents = {"other"}},
    {.text = "a flan, same problem as last week",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Flan", .qty = 1}}},
    /* "no problem" says nothing went wrong, and a thing that "happens to be" so is chance, no
     * grievance: the dish led by "the" is asked for */
    {.text = "the churros, no problem if they take a while",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Churros", .qty = 1}}},
    {.text = "the al pastor tacos, whatever happens to be fresh",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Al Pastor Taco", .qty = 1}}},
    /* "not a fan of" what follows is a dislike, as "dont like": after a dish, a removal from
     * it, no dish the menu lacks */
    {.text = "a carnitas bowl, not a big fan of onions",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Carnitas Bowl", .qty = 1, .mods = {"no onions"}}}},
    /* the dish named after a preposition ("in my burrito") says where the change goes, it is
     * not what is disliked */
    {.text = "1 carne asada burrito, not a fan of onions in my burrito",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Carne Asada Burrito", .qty = 1, .mods = {"no onions"}}}},
    /* what there is ("theres 2 of us", "we are 2") ends at the next mark: a counted word after
     * it is asked for, declined when the menu lacks it, not dropped */
    {.text = "theres 2 of us, 2 gringas please",
     .category = "order",
     .status = "rejected",
     .intents = {"order"},
     .unknown = {"gringas"}},
    {.text = "we are 2, we want 2 gringas",
     .category = "order",
     .status = "rejected",
     .intents = {"order"},
     .unknown = {"gringas"}},
    /* words of another script after a thanks go on with the message, no closing marks of
     * it: the thanks closes nothing, and those words are read for its language */
    {.text = "two tacos thanks 再来一个汉堡",
     .category = "order",
     .status = "review",
     .intents = {"order"},
     .language = "zh"},
    /* "got 9 guys" opening the message counts the party, run on into the first dish's count
     * with no comma; "got" before a dish is still what was got */
    {.text = "got 9 guys 9 california burritos 9 cokes and 3 orders of churros to split",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "California Burrito", .qty = 9},
               {.name = "Mexican Coca-Cola", .qty = 9},
               {.name = "Churros", .qty = 3}}},
    /* a yes hung on the answer to a question about a dish requests one of it; after a
     * question of another matter it requests nothing */
    {.text = "is the california burrito the one w fries in it?? bc if so yes pls",
     .category = "order",
     .status = "accepted",
     .intents = {"inquiry", "order"},
     .items = {{.name = "California Burrito", .qty = 1}}},
    {.text = "are you open today? if so yes pls",
     .category = "other",
     .status = "logged",
     .intents = {"other"}},
    /* after '+', one word that names a dish and is no ingredient of any ends the changes
     * before it; "guac", in other dishes' descriptions, goes on with them */
    {.text = "chicken tinga burrito no rice extra cheese + jamaica + churros",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Chicken Tinga Burrito", .qty = 1, .mods = {"no rice", "extra cheese"}},
               {.name = "Jamaica Agua Fresca", .qty = 1},
               {.name = "Churros", .qty = 1}}},
    {.text = "chicken tinga burrito extra cheese + guac",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Chicken Tinga Burrito", .qty = 1, .mods = {"extra cheese", "guacamole"}}}},
    /* two names' words joined by "and" and written as one word are read apart */
    {.text = "chipsandqueso + chips n guac",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Chips and Queso", .qty = 1}, {.name = "Chips and Guacamole", .qty = 1}}},
    /* "wht" is "what" texted, as "wat" and "wut" are: the question starts there */
    {.text = "wht kind of cheese is in the bean and cheese",
     .category = "inquiry",
     .status = "answered",
     .intents = {"inquiry"}},
    {.text = "got 9 tacos yesterday and they were cold",
     .category = "other",
     .status = "logged",
     .intents = {"other"}},
    /* "wait" breaking off before a question leaves it a question: the yes hung on its
     * answer asks for the dish */
    {.text = "wait is the california burrito the one w fries in it?? bc if so yes pls",
     .category = "order",
     .status = "accepted",
     .intents = {"inquiry", "order"},
     .items = {{.name = "California Burrito", .qty = 1}}},
    /* how the dish comes after its count ("x5 on flour tortillas") stays its change */
    {.text = "carne asada taco x5 on flour tortillas",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Carne Asada Taco", .qty = 5, .mods = {"flour tortillas"}}}},
    /* a count alone starts the next dish of a run-on list as a comma does: the kind said
     * first carries down the list */
    {.text = "can we get 5 carne asada tacos 5 al pastor 5 carnitas and a large horchata",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Carne Asada Taco", .qty = 5},
               {.name = "Al Pastor Taco", .qty = 5},
               {.name = "Carnitas Taco", .qty = 5},
               {.name = "Horchata", .qty = 1, .mods = {"large"}}}},
    {.text = "1 carnitas bowl 2 carne asada",
     .category = "order",
     .status = "review",
     .intents = {"order"},
     .items = {{.name = "Carnitas Bowl", .qty = 1}},
     .clarify = {{.phrase = "carne asada",
                  .candidates = {"Carne Asada Taco", "Carne Asada Burrito"}}}},
    /* "all tacos" run on from the last counted dish of a list closes it as after a comma:
     * the kind of each dish before it */
    {.text = "4 carnitas 4 carne asada all tacos",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Carnitas Taco", .qty = 4}, {.name = "Carne Asada Taco", .qty = 4}}},
    {.text = "3 carnitas 3 veggie all bowls",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Carnitas Bowl", .qty = 3}, {.name = "Roasted Veggie Bowl", .qty = 3}}},
    /* "2 extra guac" after burritos: guacamole comes in dishes, a part made more of */
    {.text = "2 carne asada burritos, 2 extra guac",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Carne Asada Burrito", .qty = 2, .mods = {"extra guacamole"}}}},
    /* a part of a name that tells one dish by itself, then a whole name: two dishes, the
     * comma left out */
    {.text = "tres leches flan churros x2",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Tres Leches Cake", .qty = 1},
               {.name = "Flan", .qty = 1},
               {.name = "Churros", .qty = 2}}},
    {.text = "al pastor burrito",
     .category = "order",
     .status = "rejected",
     .intents = {"order"},
     .unknown = {"al pastor burrito"}},
    /* words that end on a kind of dish close it: the drink after it is the next thing */
    {.text = "usual. 2 asada tacos coke",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Carne Asada Taco", .qty = 2}, {.name = "Mexican Coca-Cola", .qty = 1}}},
    /* after a joiner, a head word that names one dish by itself and comes in no other starts
     * the next dish, ending the change before it; "salsa" or "guac" are parts of dishes */
    {.text = "kids quesadila no sour cream & kids taquitos extra rice",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Kids Quesadilla", .qty = 1, .mods = {"no sour cream"}},
               {.name = "Kids Chicken Taquitos", .qty = 1, .mods = {"extra rice"}}}},
    {.text = "carne asada burrito w/ extra cheese and salsa verde on the side",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Carne Asada Burrito",
                .qty = 1,
                .mods = {"extra cheese", "salsa verde on the side"}}}},
    /* a '/' with spaces around it separates two counts of a list; written together with
     * its digits ("10/10") it is a rating or a date and counts nothing */
    {.text = "pastor tacos 6 / asada tacos 6 / 3 large horchatas",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Al Pastor Taco", .qty = 6},
               {.name = "Carne Asada Taco", .qty = 6},
               {.name = "Horchata", .qty = 3, .mods = {"large"}}}},
    {.text = "2 churros, 10/10 last time",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Churros", .qty = 2}}},
    /* a degree after a word names no change where the two are a drink's name */
    {.text = "one carne asada burrito and a bud light",
     .category = "order",
     .status = "rejected",
     .intents = {"order"},
     .items = {{.name = "Carne Asada Burrito", .qty = 1}},
     .unknown = {"bud light"}},
    /* "torta" and "sope" are Mexican dishes asked for by name, declined */
    {.text = "can i get a carne asada torta",
     .category = "order",
     .status = "rejected",
     .intents = {"order"},
     .unknown = {"carne asada torta"}},
    /* a request hung on the answer to a question about a dish asks for that dish, with the
     * change said after its count or its pronoun */
    {.text = "Is the Roasted Veggie Bowl vegan? If so I'll take two, no cotija.",
     .category = "order",
     .status = "accepted",
     .intents = {"inquiry", "order"},
     .items = {{.name = "Roasted Veggie Bowl", .qty = 2, .mods = {"no cotija"}}}},
    {.text = "does the carnitas bowl have cheese? If yes I'll get it without the cotija.",
     .category = "order",
     .status = "accepted",
     .intents = {"inquiry", "order"},
     .items = {{.name = "Carnitas Bowl", .qty = 1, .mods = {"no cotija"}}}},
    /* "nvm" before a bare count takes back the count said before, as "actually" does */
    {.text = "yo lemme get 2 birrias and like 5 pastor, wait make it 6 pastor. actually nvm 4. + 2 "
             "jamaicas",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Quesabirria Taco", .qty = 2},
               {.name = "Al Pastor Taco", .qty = 4},
               {.name = "Jamaica Agua Fresca", .qty = 2}}},
    {.text = "5 pastor tacos and a flan. nvm the flan",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Al Pastor Taco", .qty = 5}}},
    /* a count in words glued to one vocabulary word or two is that count and those words */
    {.text = "onecarnitasbowl twohorchatas pls",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Carnitas Bowl", .qty = 1}, {.name = "Horchata", .qty = 2}}},
    /* "With thanks and best regards," closes a letter: the request before it stands */
    {.text = "two fish tacos. Could you also kindly include a flan.\n\nWith thanks and best "
             "regards,\nHarold Finch",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Baja Fish Taco", .qty = 2}, {.name = "Flan", .qty = 1}}},
    /* a count phrase ending in "of" before a pronoun after the dish counts it */
    {.text = "Could I please have the pork tacos with the pineapple, a pair of them, and a small "
             "Mexican rice on the side.",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Al Pastor Taco", .qty = 2},
               {.name = "Mexican Rice", .qty = 1, .mods = {"small"}}}},
    /* "go light on the rice" is less of it, written "light rice" */
    {.text = "just a roasted veggie bowl, hold the cotija and go light on the rice",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Roasted Veggie Bowl", .qty = 1, .mods = {"no cotija", "light rice"}}}},
    /* dishes counted, then how many of them came, tell of a short order: no dish asked for */
    {.text = "missing my drink from the order earlier (2 horchatas, only got 1)",
     .category = "other",
     .status = "logged",
     .intents = {"other"}},
    /* a dish missing from the last order, then "one now", asks for one of it; "nite" is the
     * night texted */
    {.text = "my order last nite was missing the elote!! can u make one now and ill grab it at 7",
     .category = "order",
     .status = "accepted",
     .intents = {"other", "order"},
     .items = {{.name = "Elote", .qty = 1}}},
    /* "can you remake it?" after a dish missing from the bag asks for that dish anew */
    {.text = "I didn't get my kids quesadilla in the bag last night, can you remake it? I'm "
             "coming by at 6",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Kids Quesadilla", .qty = 1}}},
    /* "add" before a pronoun pointing back asks for the dish named before */
    {.text = "my order was missing the 2 al pastor tacos. please add them",
     .category = "order",
     .status = "accepted",
     .intents = {"other", "order"},
     .items = {{.name = "Al Pastor Taco", .qty = 2}}},
    {.text = "last order was missing the 2 al pastor tacos I paid for. Order #5532. Please add "
             "them to tonight's pickup",
     .category = "order",
     .status = "accepted",
     .intents = {"other", "order"},
     .items = {{.name = "Al Pastor Taco", .qty = 2}}},
    /* "and a small one" after a dish of a size: one more of it, small (a run of words no
     * span holds) */
    {.text = "can i get a large horchata and a small one",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Horchata", .qty = 1, .mods = {"large"}},
               {.name = "Horchata", .qty = 1, .mods = {"small"}}}},
    /* "w" texted before a lead is "with" and the lead: a second lead starts a second change */
    {.text = "can i get the carnitas bowl w no rice extra lettuce",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Carnitas Bowl", .qty = 1, .mods = {"no rice", "extra lettuce"}}}},
    /* a count right after a dish, then a word of politeness, is the dish's count whatever
     * follows */
    {.text = "taquitos 3 orders pls sour cream on the side",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Kids Chicken Taquitos", .qty = 3, .mods = {"sour cream on the side"}}}},
    /* "want to make sure" the dish is so asks about it; it asks for no second one */
    {.text = "Could I get the roasted veggie bowl without the cotija, and a horchata? Just want "
             "to make sure the horchata is actually dairy free",
     .category = "order",
     .status = "accepted",
     .intents = {"order", "inquiry"},
     .items = {{.name = "Roasted Veggie Bowl", .qty = 1, .mods = {"no cotija"}},
               {.name = "Horchata", .qty = 1}}},
    /* "N guys" sizes the party; "each wants 2 X" (or "cada uno") is 2 for each of them, and
     * an uncounted dish joined on one each */
    {.text = "5 guys on site, cada uno wants 2 carnitas tacos y un jarritos mandarin",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Carnitas Taco", .qty = 10}, {.name = "Jarritos Mandarin", .qty = 5}}},
    /* "yall serve X" with no question mark asks whether there is any, as "yall have" does */
    {.text = "yall serve beer or margs",
     .category = "inquiry",
     .status = "answered",
     .intents = {"inquiry"}},
    /* a kind, whom it is for, then "the X one": X picks the dish of the kind whose texts hold
     * it; "the X one" after a kind counted twice is one part of it */
    {.text = "kids meal for my daughter, the cheese one",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Kids Quesadilla", .qty = 1}}},
    {.text = "a bowl, the pork one",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Carnitas Bowl", .qty = 1}}},
    /* a word read only as a misspelling ("jake": cake) before a colon labels what its owner
     * gets, or joined to "me" before "want" is a person: no dish */
    {.text = "me: 2 al pastor, jake: carne asada burito, sam: bean n cheese no salsa",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Al Pastor Taco", .qty = 2},
               {.name = "Carne Asada Burrito", .qty = 1},
               {.name = "Bean and Cheese Burrito", .qty = 1, .mods = {"no salsa"}}}},
    {.text = "me n jake want 3 pastor tacos",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Al Pastor Taco", .qty = 3}}},
    /* "N (u10) girls" sizes the party as "N people" does; "each one gets" is "everyone gets" */
    {.text = "post-game feed for 11 u10 girls each one gets a kids quesadilla + a horchata",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Kids Quesadilla", .qty = 11}, {.name = "Horchata", .qty = 11}}},
    /* "idk" (I don't know) says nothing to order; the choice stays asked back */
    {.text = "i want something vegetarian idk what, surprise me",
     .category = "order",
     .status = "review",
     .intents = {"order"},
     .clarify = {{.phrase = "something vegetarian",
                  .candidates = {"Grilled Veggie Taco", "Bean and Cheese Burrito",
                                 "Roasted Veggie Bowl", "Chips and Guacamole", "(more)"}}}},
    /* a count in a question of the price is what is asked about; "ill take them" orders it */
    {.text = "whats the price on a dozen quesabirria tacos? feeding the crew",
     .category = "inquiry",
     .status = "answered",
     .intents = {"inquiry"}},
    {.text = "whats the price on a dozen quesabirria tacos? ill take them",
     .category = "order",
     .status = "accepted",
     .intents = {"inquiry", "order"},
     .items = {{.name = "Quesabirria Taco", .qty = 12}}},
    /* "actually no <dish> please": a word of politeness closes the dish taken back */
    {.text = "2 al pastor tacos and churros. actually no churros please",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Al Pastor Taco", .qty = 2}}},
    /* a dish taken back by its word in the plural, said before in the singular */
    {.text = "2 tacos al pastor, 3 jamaica. actually scratch the jamaicas",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Al Pastor Taco", .qty = 2}}},
    /* a dish by its place on the menu: the kind's dishes counted in the menu's order, where
     * the message speaks of the menu or a list; "#N from the <kind>" numbers them */
    {.text = "the 2nd taco on the list x3",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Al Pastor Taco", .qty = 3}}},
    {.text = "gimme the last burrito on the menu no fries",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "California Burrito", .qty = 1, .mods = {"no fries"}}}},
    {.text = "the first drink on ur menu and the third one",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Horchata", .qty = 1}, {.name = "Watermelon Agua Fresca", .qty = 1}}},
    {.text = "#1 and #4 from the tacos, one each",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Carne Asada Taco", .qty = 1}, {.name = "Carnitas Taco", .qty = 1}}},
    /* with no menu spoken of, "the second burrito" points at no place: asked back */
    {.text = "the second burrito please",
     .category = "order",
     .status = "review",
     .intents = {"order"},
     .clarify = {{.phrase = "burrito",
                  .candidates = {"Carne Asada Burrito", "Chicken Tinga Burrito",
                                 "Bean and Cheese Burrito", "California Burrito"}}}},
    /* a dish named with a change, then a question: the change says how the customer wants
     * theirs, an order and a question; named as the menu has it, the dish is the topic */
    {.text = "Al pastor taco, no pinapple, and is it really spicy?",
     .category = "order",
     .status = "accepted",
     .intents = {"order", "inquiry"},
     .items = {{.name = "Al Pastor Taco", .qty = 1, .mods = {"no pineapple"}}}},
    {.text = "al pastor taco. is it spicy?",
     .category = "inquiry",
     .status = "answered",
     .intents = {"inquiry"}},
    /* "so" opens the check it leads ("so its vegan right?") */
    {.text = "a veggie bowl, no cotija so its vegan right?",
     .category = "order",
     .status = "accepted",
     .intents = {"order", "inquiry"},
     .items = {{.name = "Roasted Veggie Bowl", .qty = 1, .mods = {"no cotija"}}}},
    /* "swap it for <dish>": the dish after "for" asked for instead of the one before */
    {.text = "hey so I ordered the carnitas bowl earlier but I just remembered I don't eat pork. "
             "can you swap it for the roasted veggie bowl??",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Roasted Veggie Bowl", .qty = 1}}},
    {.text =
         "Pollo asado bowl, sour cream on the side, lettuce on the side. Everything on the side "
         "basically lol",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Pollo Asado Bowl",
                .qty = 1,
                .mods = {"sour cream on the side", "lettuce on the side",
                         "everything on the side"}}}},
    /* taking a dish off an order by its number, "and" then what is added: two clauses */
    {.text = "pls remove the 2 jarritos from order 8812 and add a mexican coke instead",
     .category = "order",
     .status = "accepted",
     .intents = {"other", "order"},
     .items = {{.name = "Mexican Coca-Cola", .qty = 1}}},
    /* a taste, then a count of it in the next sentence: the taste names what is counted */
    {.text = "i love your watermelon agua fresca. 3 small ones pls",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Watermelon Agua Fresca", .qty = 3, .mods = {"small"}}}},
    /* where the customer saw the dish joins its name; the words after still describe it */
    {.text = "the taco from ur pic w the dipping broth, x2, extra consome",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Quesabirria Taco", .qty = 2, .mods = {"extra consom\xc3\xa9"}}}},
    {.text = "the bowl in your instagram post from yesterday, the one with the chicken",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Pollo Asado Bowl", .qty = 1}}},
    /* a catering count in digits, over 99, right before the dish */
    {.text = "confirming quantities for the Okafor wedding (Sat 6/14, 150 guests): 120 carne asada "
             "tacos, 120 al pastor tacos, 60 grilled veggie tacos",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Carne Asada Taco", .qty = 120},
               {.name = "Al Pastor Taco", .qty = 120},
               {.name = "Grilled Veggie Taco", .qty = 60}}},
    /* a tag question after "bc" checks the reason, the dish before it is asked for */
    {.text = "3 bean and cheese burritos bc theyre the cheapest right? and 3 horchatas",
     .category = "order",
     .status = "accepted",
     .intents = {"order", "inquiry"},
     .items = {{.name = "Bean and Cheese Burrito", .qty = 3}, {.name = "Horchata", .qty = 3}}},
    {.text = "2carnitas tacos andahorchata",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Carnitas Taco", .qty = 2}, {.name = "Horchata", .qty = 1}}},
    /* one word of a dish named again is the part it points at, no second dish */
    {.text = "Chips andsalsa, salsa verde only pls",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Chips and Salsa", .qty = 1, .mods = {"verde only"}}}},
    /* a condition naming nothing between a food asked about and its count hangs on the question */
    {.text = "i think it was called a chimichanga?? if yall still have those can i get two. and a "
             "horchata",
     .category = "order",
     .status = "rejected",
     .intents = {"inquiry", "order"},
     .items = {{.name = "Horchata", .qty = 1}},
     .unknown = {"chimichanga"}},
    /* "desert" for "dessert": the section's noun with its doubled letter written once */
    {.text = "Hey, 1 kids quesadilla, 2 jamaica, and whatever desert is good",
     .category = "order",
     .status = "review",
     .intents = {"order"},
     .items = {{.name = "Kids Quesadilla", .qty = 1}, {.name = "Jamaica Agua Fresca", .qty = 2}},
     .clarify = {{.phrase = "desert", .candidates = {"Churros", "Tres Leches Cake", "Flan"}}}},
    /* a party each wanting: the count times the party, read once, no words asked back */
    {.text = "for the game tonight: 3 of us each want 2 birria tacos & a mexican coke",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Quesabirria Taco", .qty = 6}, {.name = "Mexican Coca-Cola", .qty = 3}}},
    {.text = "the 3 of us each want 2 birria tacos",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Quesabirria Taco", .qty = 6}}},
    /* a head said once at the end of a list whose dishes only counts part */
    {.text = "2 al pastor 2 carnitas 2 asada tacos and 3 jamaicas",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Al Pastor Taco", .qty = 2},
               {.name = "Carnitas Taco", .qty = 2},
               {.name = "Carne Asada Taco", .qty = 2},
               {.name = "Jamaica Agua Fresca", .qty = 3}}},
    /* a diet needed, alone after the question, is the customer's: no dish declined */
    {.text = "Does the baja fish taco come on corn or flour? I need gluten free",
     .category = "inquiry",
     .status = "answered",
     .intents = {"inquiry"}},
    /* "like ..." after a question of the menu sketches what it asks about: no order */
    {.text = "do you sell trays? like a big tray of rice and beans for 25 people, what would that "
             "run me",
     .category = "inquiry",
     .status = "answered",
     .intents = {"inquiry"}},
    {.text = "how long does a big order take? like 40 tacos",
     .category = "other",
     .status = "logged",
     .intents = {"other"}},
    /* "the usual" joined on by "plus" is still the order before, asked back */
    {.text = "the usual plus a flan. thx",
     .category = "order",
     .status = "review",
     .intents = {"order"},
     .items = {{.name = "Flan", .qty = 1}},
     .clarify = {{.phrase = "the usual"}}},
    /* after a question, a request only thought of waits on the answer */
    {.text = "is the carnitas bowl spicy? might get one",
     .category = "inquiry",
     .status = "answered",
     .intents = {"inquiry"}},
    {.text = "i might get the carnitas bowl",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Carnitas Bowl", .qty = 1}}},
    /* a kind bounded by price is the one of its dishes that costs less; several, asked among */
    {.text = "ill take whatever burrito is under 10 bucks and a jarritos mandarin",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Bean and Cheese Burrito", .qty = 1},
               {.name = "Jarritos Mandarin", .qty = 1}}},
    {.text = "a burrito less than 12 dollars",
     .category = "order",
     .status = "review",
     .intents = {"order"},
     .clarify = {{.phrase = "burrito",
                  .candidates = {"Chicken Tinga Burrito", "Bean and Cheese Burrito"}}}},
    /* a dish called by what its description says it is, asked for with "the" and "please",
     * and changed with what the description serves it with */
    {.text = "the custard w caramel on top pls",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Flan", .qty = 1, .mods = {"caramel"}}}},
    {.text = "i'll have the custard with caramel",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Flan", .qty = 1}}},
    {.text = "a beer with my quesabirria por favor",
     .category = "order",
     .status = "rejected",
     .intents = {"order"},
     .items = {{.name = "Quesabirria Taco", .qty = 1}},
     .unknown = {"beer"}},
    /* a dish called by the words its description coordinates ("rice and almond milk"),
     * with a word said elsewhere in it before them, and pointed at by what it is like */
    {.text = "can i get the cinnamon rice milk? medium size",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Horchata", .qty = 1, .mods = {"medium"}}}},
    {.text = "can i get the thing thats like a cinnamon rice milk",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Horchata", .qty = 1}}},
    /* three words run together, the first of two letters the menu has */
    {.text = "alpastortaco x2 and carnitastaco x1",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Al Pastor Taco", .qty = 2}, {.name = "Carnitas Taco", .qty = 1}}},
    /* people counted in a party are no dish ("4 coaches" is no misspelt coke) */
    {.text = "We're a U10 soccer team (12 kids + 4 coaches) - 12 kids quesadillas, 4 carne asada "
             "burritos and 16 jamaica agua frescas",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Kids Quesadilla", .qty = 12},
               {.name = "Carne Asada Burrito", .qty = 4},
               {.name = "Jamaica Agua Fresca", .qty = 16}}},
    /* a dish told of in Spanish by how it was, then asked for again */
    {.text = "ay the elote estaba delicioso last time, can I get two more elotes and una coca",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Elote", .qty = 2}, {.name = "Mexican Coca-Cola", .qty = 1}}},
    /* a word of change run into the part it changes */
    {.text = "gimme 2pollo asado bowls nosourcream",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Pollo Asado Bowl", .qty = 2, .mods = {"no sour cream"}}}},
    {.text = "2carne asada burritos nobeans pls",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Carne Asada Burrito", .qty = 2, .mods = {"no beans"}}}},
    /* "the" and a kind in the plural, after several dishes of that kind, names them all */
    {.text = "lunch run!! 4 chicken bowls, 2 veggie bowls, 3 carne asada burritos. all the bowls "
             "w/ salsa on the side",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Pollo Asado Bowl", .qty = 4, .mods = {"salsa on the side"}},
               {.name = "Roasted Veggie Bowl", .qty = 2, .mods = {"salsa on the side"}},
               {.name = "Carne Asada Burrito", .qty = 3}}},
    /* an order outside the message spelt out in parentheses right after it */
    {.text = "same as my last order (2 carnitas bowls + 2 horchata) but swap one horchata for a "
             "jamaica",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Carnitas Bowl", .qty = 2},
               {.name = "Horchata", .qty = 1},
               {.name = "Jamaica Agua Fresca", .qty = 1}}},
    /* a kind counted, then counted out by the filling of each part */
    {.text = "2 bowls, one chicken one pork",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Pollo Asado Bowl", .qty = 1}, {.name = "Carnitas Bowl", .qty = 1}}},
    {.text = "bowls: 1 chicken, 1 pork, and a horchata",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Pollo Asado Bowl", .qty = 1},
               {.name = "Carnitas Bowl", .qty = 1},
               {.name = "Horchata", .qty = 1}}},
    {.text = "3 burritos - 2 steak 1 chicken",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Carne Asada Burrito", .qty = 2},
               {.name = "Chicken Tinga Burrito", .qty = 1}}},
    /* a removal, then a swap with its own "for": two changes, no dish */
    {.text = "carnitas bowl no cotija sub pinto beans for black beans & salsa verde on the side",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Carnitas Bowl",
                .qty = 1,
                .mods = {"no cotija", "pinto beans instead of black beans",
                         "salsa verde on the side"}}}},
    /* a count of people each wanting a dish counts it once a person */
    {.text = "14 guys total. everybody wants 2 carne asada tacos, 6 of them also want a california "
             "burrito, plus 14 mexican cokes",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Carne Asada Taco", .qty = 28},
               {.name = "California Burrito", .qty = 6},
               {.name = "Mexican Coca-Cola", .qty = 14}}},
    {.text = "6 of us want a california burrito",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "California Burrito", .qty = 6}}},
    /* "if yes add one" after asking whether the kitchen has a food: that food, not the dish
     * before the question; asked of a dish's part, the dish before */
    {.text = "Elote and a Flan, and do you guys have lemonade? if yes add one",
     .category = "order",
     .status = "accepted",
     .intents = {"order", "inquiry"},
     .items = {{.name = "Elote", .qty = 1}, {.name = "Flan", .qty = 1}}},
    {.text = "whats the smoky red salsa on the carne asada taco, is it chipotle? ill get 2 "
             "regardless",
     .category = "order",
     .status = "accepted",
     .intents = {"inquiry", "order"},
     .items = {{.name = "Carne Asada Taco", .qty = 2}}},
    /* a number after a room, a desk, a bed names the place, no count of the dish after */
    {.text = "2 quesabirria / rm 309 churros",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Quesabirria Taco", .qty = 2}, {.name = "Churros", .qty = 1}}},
    /* "wait" before "not" and a dish asked for: a correction, no wait complained of */
    {.text = "a coke. wait not the coke, a horchata",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Horchata", .qty = 1}}},
    /* a part asked of a dish with "is there": a count after points at the dish */
    {.text = "hey! vegan q - is the grilled veggie taco fully vegan or is there cheese? if its "
             "good ill take 2 and chipsandsalsa",
     .category = "order",
     .status = "accepted",
     .intents = {"inquiry", "order"},
     .items = {{.name = "Grilled Veggie Taco", .qty = 2}, {.name = "Chips and Salsa", .qty = 1}}},
    /* a name cut in two, each half misspelt: together one menu word within its typo bound */
    {.text = "wat is a qesa birrea... nvm just give me one",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Quesabirria Taco", .qty = 1}}},
    /* a kind's count shared out one of each after it */
    {.text = "a couple jarritos, one of each flavor",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Jarritos Mandarin", .qty = 1}, {.name = "Jarritos Tamarind", .qty = 1}}},
    {.text = "3 jarritos one of each",
     .category = "order",
     .status = "review",
     .intents = {"order"},
     .clarify = {{.phrase = "jarritos", .candidates = {"Jarritos Mandarin", "Jarritos Tamarind"}}}},
    /* the party's size said as a meal for a number, or a team of it; everyone's dish less the
     * ones left out by "except" */
    {.text = "Office lunch for 8 - everyone gets a carne asada burrito and a horchata",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Carne Asada Burrito", .qty = 8}, {.name = "Horchata", .qty = 8}}},
    {.text = "team of 12. everyone gets a pollo asado bowl except the 3 vegetarians who get the "
             "roasted veggie bowl",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Pollo Asado Bowl", .qty = 9}, {.name = "Roasted Veggie Bowl", .qty = 3}}},
    {.text = "we're 6. everybody wants a cali burrito except Sam who wants the bean & cheese one",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "California Burrito", .qty = 5},
               {.name = "Bean and Cheese Burrito", .qty = 1}}},
    /* a kind, then its pick after a comma in words of two letters too ("al pastor") */
    {.text = "Two tacos, al pastor. Three tacos, asada. One birria. Go.",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Al Pastor Taco", .qty = 2},
               {.name = "Carne Asada Taco", .qty = 3},
               {.name = "Quesabirria Taco", .qty = 1}}},
    /* a dish pointed at where the customer saw it: asked which, not taken for a past order */
    {.text = "2 of the carnitas tacos and the red one from the pic",
     .category = "order",
     .status = "review",
     .intents = {"order"},
     .items = {{.name = "Carnitas Taco", .qty = 2}},
     .clarify = {{.phrase = "the red one from the pic"}},
     .reply_has = {"Which item did you mean", "the red one from the pic"}},
    /* places listed by number count no dish; "each" of them is one apiece */
    {.text = "bed 10 and 11 each want a mexican rice. and for us nurses 4 horchatas",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Mexican Rice", .qty = 2}, {.name = "Horchata", .qty = 4}}},
    {.text = "beds 3, 4 and 5 each want a horchata",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Horchata", .qty = 3}}},
    /* "same but WITH cheese lol": the copy gets back what the first went without */
    {.text = "bed 2 wants a chicken tinga burrito w/ no cheese. bed 9 same but WITH cheese lol",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Chicken Tinga Burrito", .qty = 1, .mods = {"no cheese"}},
               {.name = "Chicken Tinga Burrito", .qty = 1}}},
    /* an hour after "at" counts nothing; a number opening a line after lines opened by a
     * place and its number is one more place */
    {.text = "need 4 carne asada tacos + 2 horchatas b4 my set starts at 8",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Carne Asada Taco", .qty = 4}, {.name = "Horchata", .qty = 2}}},
    {.text = "room 305 wants 2 quesabirria / room 307 a pollo asado bowl / 309 just churros",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Quesabirria Taco", .qty = 2},
               {.name = "Pollo Asado Bowl", .qty = 1},
               {.name = "Churros", .qty = 1}}},
    /* a kind heads every line after it, whom the list is for said after "for" */
    {.text = "Tacos for the office:\n- carne asada x4\n- al pastor x4\n- carnitas x4\n- veggie x2",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Carne Asada Taco", .qty = 4},
               {.name = "Al Pastor Taco", .qty = 4},
               {.name = "Carnitas Taco", .qty = 4},
               {.name = "Grilled Veggie Taco", .qty = 2}}},
    /* "spice level of ...?" asks about the dish */
    {.text = "spice level of the chips and queso? my kid is sensitive to heat",
     .category = "inquiry",
     .status = "answered",
     .intents = {"inquiry"}},
    /* "do the <dish>" with no '?' and no verb after the dish asks for it; with a verb it asks */
    {.text = "ok do the tinga burrito but mild pls. and a flan",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Chicken Tinga Burrito", .qty = 1, .mods = {"mild"}},
               {.name = "Flan", .qty = 1}}},
    {.text = "do the chips and guac come with salsa too or just guac",
     .category = "inquiry",
     .status = "answered",
     .intents = {"inquiry"}},
    /* after a remark, ", plus" and a dish, or ", 3 more", asks on */
    {.text = "the spicy thing my husband got last week, idk what it was, plus a flan",
     .category = "order",
     .status = "review",
     .intents = {"order"},
     .items = {{.name = "Flan", .qty = 1}},
     .clarify = {{.phrase = "the spicy thing my husband got last week"}}},
    {.text = "the veggie tacos from last week were great, 3 more please and a watermelon one",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Grilled Veggie Taco", .qty = 3},
               {.name = "Watermelon Agua Fresca", .qty = 1}}},
    /* "do u" opens a question wherever it stands, as "do you" does */
    {.text = "pollo asado bowl + michelada, or do u not have alcohol?",
     .category = "order",
     .status = "rejected",
     .intents = {"order", "inquiry"},
     .items = {{.name = "Pollo Asado Bowl", .qty = 1}},
     .unknown = {"michelada"}},
    {.text = "hi can i get the same burrito i had last week? the one with the chicken",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Chicken Tinga Burrito", .qty = 1}}},
    /* food said to be inside a dish whose description holds it is talk of that dish */
    {.text = "cali burrito x2, fries inside extra crispy if u can",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "California Burrito", .qty = 2, .mods = {"extra crispy"}}}},
    /* "per kid" counts one for each of the children the message counts */
    {.text = "2 kids quesadillas. one horchata per kid (10 kids total)",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Kids Quesadilla", .qty = 2}, {.name = "Horchata", .qty = 10}}},
    /* "bro" opening a question is an address; "lowkey" a word of talk */
    {.text = "bro is the tres leches any good?? lowkey just gimme one anyway",
     .category = "order",
     .status = "accepted",
     .intents = {"inquiry", "order"},
     .items = {{.name = "Tres Leches Cake", .qty = 1}}},
    /* a count and a dish after "no wait" replace the dish before, as an article and a dish do */
    {.text = "2 horchatas, no wait 2 jamaicas",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Jamaica Agua Fresca", .qty = 2}}},
    {.text = "3 jarritos mandarin, no sorry 3 tamarind",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Jarritos Tamarind", .qty = 3}}},
    /* a word opening a list's entry before its count and dish is whom it is for */
    {.text = "Liam 2 carne asada tacos, Ava 2 carne asada tacos, Jack 1 al pastor taco",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Carne Asada Taco", .qty = 4}, {.name = "Al Pastor Taco", .qty = 1}}},
    {.text = "pizza 2 carne asada tacos",
     .category = "order",
     .status = "rejected",
     .intents = {"order"},
     .items = {{.name = "Carne Asada Taco", .qty = 2}},
     .unknown = {"pizza"}},
    /* a kind in brackets closing a list names every entry's kind */
    {.text = "3 al pastor 3 asada 3 carnitas (tacos)",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Al Pastor Taco", .qty = 3},
               {.name = "Carne Asada Taco", .qty = 3},
               {.name = "Carnitas Taco", .qty = 3}}},
    /* a food and "on the ..." that one item's text says together is that item */
    {.text = "the corn on the cob please",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Elote", .qty = 1}}},
    /* "make the last one a bowl": the dish before becomes the one of the new kind that shares
     * most of its name; "make it a large" or "make it vegan" asks no other dish */
    {.text = "can i get a horchata, 2 al pastor tacos and a carnitas taco. actually make the last "
             "one a bowl",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Horchata", .qty = 1},
               {.name = "Al Pastor Taco", .qty = 2},
               {.name = "Carnitas Bowl", .qty = 1}}},
    {.text =
         "pollo asado bowl, chips and guac, jamaica. actually make the last one a watermelon one",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Pollo Asado Bowl", .qty = 1},
               {.name = "Chips and Guacamole", .qty = 1},
               {.name = "Watermelon Agua Fresca", .qty = 1}}},
    /* a bare count pointing back at the dish asked about, then a part of it changed after a
     * comma: the count is the dish's, the part splits it */
    {.text = "is the tinga spicy? if not ill take 2, one with extra cheese",
     .category = "order",
     .status = "accepted",
     .intents = {"inquiry", "order"},
     .items = {{.name = "Chicken Tinga Burrito", .qty = 1},
               {.name = "Chicken Tinga Burrito", .qty = 1, .mods = {"extra cheese"}}}},
    /* two dishes weighed, then "N of each" after a decision said: both, each counted */
    {.text = "Debating between the al pastor and carnitas tacos... screw it, 2 of each",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Al Pastor Taco", .qty = 2}, {.name = "Carnitas Taco", .qty = 2}}},
    /* a change "to one of them" after a counted dish splits one off with it */
    {.text = "2 pollo asado bowls, add guac to one of them, and 1 watermelon agua fresca",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Pollo Asado Bowl", .qty = 1},
               {.name = "Pollo Asado Bowl", .qty = 1, .mods = {"add guacamole"}},
               {.name = "Watermelon Agua Fresca", .qty = 1}}},
    /* a name heading a bulleted line before a colon is whom it is for, whatever else the
     * word means ("bill"); a kind heading a bulleted line heads the list after it */
    {.text = "- Kim: 3 carnitas tacos\n- Bill: chips and queso\n- drinks: 2 horchata",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Carnitas Taco", .qty = 3},
               {.name = "Chips and Queso", .qty = 1},
               {.name = "Horchata", .qty = 2}}},
    /* a number after '#' heading a line is a jersey's or a line's, no count; people listed
     * one word each, then "all want", count the dish up to a comma, one each */
    {.text = "#4 - 2 al pastor tacos, #11 - california burrito",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Al Pastor Taco", .qty = 2}, {.name = "California Burrito", .qty = 1}}},
    {.text = "#5 #10 #12 all want chicken tinga burritos, #7 wants a bean and cheese",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Chicken Tinga Burrito", .qty = 3},
               {.name = "Bean and Cheese Burrito", .qty = 1}}},
    {.text = "Tom, Ana and Raj all want carnitas bowls",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Carnitas Bowl", .qty = 3}}},
    /* a dish added with "and" after a request, then asked about, is one more asked for; "is
     * that made w ..." asks how it is made, no change of it */
    {.text = "one flan. and a tres leches — is that made w pasteurized milk?",
     .category = "order",
     .status = "accepted",
     .intents = {"order", "inquiry"},
     .items = {{.name = "Flan", .qty = 1}, {.name = "Tres Leches Cake", .qty = 1}}},
    /* "can the <part> be <how>" after a dish whose name or description holds the part: the
     * part asked to come so changes the dish, no dish of its own */
    {.text = "one baja fish taco but can the fish be well done, chipotle crema on the side",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Baja Fish Taco",
                .qty = 1,
                .mods = {"cooked well done", "chipotle crema on the side"}}}},
    {.text = "the pollo asado bowl but can the chicken be cooked extra well done",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Pollo Asado Bowl", .qty = 1, .mods = {"cooked extra well done"}}}},
    /* a name heading a line with an aside in brackets before its colon is whom it is for,
     * never repaired to a word of the frame ("jess" is no "less"), and "same as" it copies
     * its line */
    {.text = "me: 2 al pastor tacos\njess (drums): california burrito\nmarco: a horchata\nkev "
             "says same as jess",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Al Pastor Taco", .qty = 2},
               {.name = "California Burrito", .qty = 2},
               {.name = "Horchata", .qty = 1}}},
    /* "take X off": the particle after the dish takes it back as "take off X" does */
    {.text = "2 al pastor tacos and a california burrito. take the california burrito off",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Al Pastor Taco", .qty = 2}}},
    /* ordering ahead asked with one kind is a question; counted out dish by dish it is the
     * order itself */
    {.text = "Could I order 3 flans and 2 tres leches for pickup saturday morning?",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Flan", .qty = 3}, {.name = "Tres Leches Cake", .qty = 2}}},
    {.text = "can I order 30 tacos for a watch party on saturday?",
     .category = "inquiry",
     .status = "answered",
     .intents = {"inquiry"}},
    /* a partial name after a comma that the dish before does not hold is the next dish, its
     * change its own */
    {.text = "Watermelon agua fresca light ice, jamaica no ice",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Watermelon Agua Fresca", .qty = 1, .mods = {"light ice"}},
               {.name = "Jamaica Agua Fresca", .qty = 1, .mods = {"no ice"}}}},
    {.text = "quesabirria taco, cheese extra crispy",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Quesabirria Taco", .qty = 1, .mods = {"cheese extra crispy"}}}},
    /* "the one with" what no dish's description holds, no dish before it to be one of, is
     * asked back as "the thing with" is; politeness closes the description */
    {.text = "hey can i get the one with the green sauce please",
     .category = "order",
     .status = "review",
     .intents = {"order"},
     .clarify = {{.phrase = "the one with the green sauce"}}},
    /* a sign of refusal before a food reads "no" */
    {.text = "🌮 al pastor x4 🚫🧅 + 🍉 agua x2",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Al Pastor Taco", .qty = 4, .mods = {"no onions"}},
               {.name = "Watermelon Agua Fresca", .qty = 2}}},
    /* a gathering to eat names no dish */
    {.text = "Hi! I'm coordinating the fellowship potluck at St. Mark's this Sunday. Could we get "
             "30 carne asada tacos and 20 grilled veggie tacos?",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Carne Asada Taco", .qty = 30},
               {.name = "Grilled Veggie Taco", .qty = 20}}},
    /* "do it" alone bids, no question */
    {.text = "ok do it, 2 al pastor + 1 carnitas taco. paying at pickup",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Al Pastor Taco", .qty = 2}, {.name = "Carnitas Taco", .qty = 1}}},
    /* "both" before the people who want makes their dish two; a number between a person's
     * word and a verb told of one labels that person */
    {.text = "trumpet 1 wants churros, trumpet 2 wants flan, both violins want tres leches",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Churros", .qty = 1},
               {.name = "Flan", .qty = 1},
               {.name = "Tres Leches Cake", .qty = 2}}},
    /* "if not" opens a condition, the question after it still asks */
    {.text =
         "I'm allergic to almonds — is the horchata safe? If not what drink would you recommend",
     .category = "inquiry",
     .status = "answered",
     .intents = {"inquiry"}},
    /* dishes counted in a supposition ("if i get ...") and a question of what they come to:
     * asked, not ordered */
    {.text = "if i get 2 al pastor and 1 carnitas taco is that under 12 bucks w tax?",
     .category = "inquiry",
     .status = "answered",
     .intents = {"inquiry"}},
    /* "take the X off" takes the part off, written "no X" */
    {.text = "2 carne asada tacos, take the onions off",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Carne Asada Taco", .qty = 2, .mods = {"no onions"}}}},
    /* "on top" after a kind's description says where, as "on it" does */
    {.text = "can i get a taco with pineapple on top",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Al Pastor Taco", .qty = 1}}},
    /* a request pointing back after a comma at what someone got, told of: a clause of its
     * own, asking for that dish with the request's changes */
    {.text = "my cousin got the carnitas bowl last time, can I get that but no sour cream",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Carnitas Bowl", .qty = 1, .mods = {"no sour cream"}}}},
    /* "the same one" copies a kind of several dishes as it is: which one is asked back */
    {.text = "my cousin got a burrito last week and loved it, can I get the same one?",
     .category = "order",
     .status = "review",
     .intents = {"order"},
     .clarify = {{.phrase = "burrito",
                  .candidates = {"Carne Asada Burrito", "Chicken Tinga Burrito",
                                 "Bean and Cheese Burrito", "California Burrito"}}}},
    /* when a dish was had ("last week") ends the words that describe it: the kind with the
     * grilled chicken is the Pollo Asado Bowl, which "that" then asks for */
    {.text = "my sister had the bowl with the grilled chicken last week, can i get that with no "
             "sour cream",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Pollo Asado Bowl", .qty = 1, .mods = {"no sour cream"}}}},
    /* "got" said of someone else tells what they had: "one of those" after it asks for the
     * dish anew */
    {.text = "my friend got the churros, so one of those for me",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Churros", .qty = 1}}},
    /* a fraction in digits of a count ("1/3 of them", "2/3 with ...") is that many of it */
    {.text = "6 carnitas tacos but make 1/3 of them with no onion",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Carnitas Taco", .qty = 4},
               {.name = "Carnitas Taco", .qty = 2, .mods = {"no onions"}}}},
    /* a fraction of a dozen in digits, a whole dozen and a half more */
    {.text = "1/2 dozen carnitas tacos, 2 1/2 dozen al pastor tacos and a dozen and a half "
             "churros",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Carnitas Taco", .qty = 6},
               {.name = "Al Pastor Taco", .qty = 30},
               {.name = "Churros", .qty = 18}}},
    {.text = "3/4 of a dozen quesabirria tacos",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Quesabirria Taco", .qty = 9}}},
    /* a dish picked after a check asked of it ("..., right?") asks for it, as after a
     * question */
    {.text = "the baja fish taco is 4.50 and the quesabirria taco is 4.95 right? ok give me the "
             "fish one then",
     .category = "order",
     .status = "accepted",
     .intents = {"inquiry", "order"},
     .items = {{.name = "Baja Fish Taco", .qty = 1}}},
    /* a kind picked by "one" after one dish of it was asked about is that dish */
    {.text = "the carnitas taco is 3.95 right? ok give me the carnitas one then",
     .category = "order",
     .status = "accepted",
     .intents = {"inquiry", "order"},
     .items = {{.name = "Carnitas Taco", .qty = 1}}},
    /* a count pointing back at a dish is an item of the list the next thing stands in */
    {.text = "the birria taco looks great. one of those and a caipirinha",
     .category = "order",
     .status = "rejected",
     .intents = {"order"},
     .items = {{.name = "Quesabirria Taco", .qty = 1}},
     .unknown = {"caipirinha"}},
    /* "the one w/ ..." describes a dish as "the one with ..." does */
    {.text = "2 horchatas and the one w/ fries in it",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Horchata", .qty = 2}, {.name = "California Burrito", .qty = 1}}},
    /* "going w" the pick is a request, after dishes weighed: the kind picked is the one of
     * them weighed */
    {.text = "hmm tinga burrito vs carnitas bowl. ok going w the bowl",
     .category = "order",
     .status = "accepted",
     .intents = {"inquiry", "order"},
     .items = {{.name = "Carnitas Bowl", .qty = 1}}},
    /* "and one with" after one dish counted once names another dish by what is in it */
    {.text = "a horchata and one with hibiscus, both no ice",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Horchata", .qty = 1, .mods = {"no ice"}},
               {.name = "Jamaica Agua Fresca", .qty = 1, .mods = {"no ice"}}}},
    /* a count, then hesitations set off by commas, then the dish: the count is the dish's */
    {.text = "three, um, like, carnitas tacos please",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Carnitas Taco", .qty = 3}}},
    /* the request after the story with no comma between, a modal that asks opening it */
    {.text = "my cousin got the carnitas bowl last time can I get that but no sour cream",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Carnitas Bowl", .qty = 1, .mods = {"no sour cream"}}}},
    {.text = "got charged twice for order 5532 can someone refund one of them",
     .category = "other",
     .status = "logged",
     .intents = {"other"}},
    /* a dispatcher's car and its number say where the dishes go, no count */
    {.text = "car 7 wants a horchata and car 12 two carnitas tacos",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Horchata", .qty = 1}, {.name = "Carnitas Taco", .qty = 2}}},
    /* "table 4" opening the clause names where the dishes go, no booking */
    {.text = "table 4 a horchata and a flan",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Horchata", .qty = 1}, {.name = "Flan", .qty = 1}}},
    /* a food's plural texted with a z is that food, off the menu, never dropped */
    {.text = "enchiladaz and a large flan",
     .category = "order",
     .status = "rejected",
     .intents = {"order"},
     .items = {{.name = "Flan", .qty = 1, .mods = {"large"}}},
     .unknown = {"enchiladaz"}},
    /* "same" in the dish's own clause asks for one more, with its changes, less a food put
     * back after it, of one word or more */
    {.text = "a carnitas taco no onion, same for my wife but with onion",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Carnitas Taco", .qty = 1, .mods = {"no onions"}},
               {.name = "Carnitas Taco", .qty = 1}}},
    {.text = "1 pollo asado bowl no sour cream; same but with sour cream",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Pollo Asado Bowl", .qty = 1, .mods = {"no sour cream"}},
               {.name = "Pollo Asado Bowl", .qty = 1}}},
    /* the quickest dish, where no kind is named to pick among, is left to the kitchen: asked */
    {.text = "a horchata and whatever's quickest please",
     .category = "order",
     .status = "review",
     .intents = {"order"},
     .items = {{.name = "Horchata", .qty = 1}},
     .clarify = {{.phrase = "whatevers quickest"}}},
    /* a dish pointed at by an adjective of "-y" WordNet leaves out is still a pick, asked */
    {.text = "umm the melty ones",
     .category = "order",
     .status = "review",
     .intents = {"order"},
     .clarify = {{.phrase = "the melty ones"}}},
    /* a pointing word texted with "d" for "th" opens no dish's name: the rest is read */
    {.text = "can i get dis street corn and a flan",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Elote", .qty = 1}, {.name = "Flan", .qty = 1}}},
    /* "a few" after the dish and a colon leaves the count open: asked */
    {.text = "elote: 2\nchurros: a few",
     .category = "order",
     .status = "review",
     .intents = {"order"},
     .items = {{.name = "Elote", .qty = 2}},
     .clarify = {{"churros", {"Churros"}, .how_many = true}}},
    /* "if u got one" asks whether the restaurant has it: no order that came short */
    {.text = "a flan and a protein shake if u got one",
     .category = "order",
     .status = "rejected",
     .intents = {"order"},
     .items = {{.name = "Flan", .qty = 1}},
     .unknown = {"protein shake"}},
    /* "there's 5 of them" counts the people just named, as "5 of us" counts the party */
    {.text = "need lunch for the electricians, there's 5 of them, everybody wants 2 carne asada "
             "tacos",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Carne Asada Taco", .qty = 10}}},
    /* "each kid gets" counts the kids the message counts, not the whole party */
    {.text = "ok headcount update: 9 adults, 6 kids. each adult gets a pollo asado bowl, each kid "
             "gets the chicken taquitos",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Pollo Asado Bowl", .qty = 9},
               {.name = "Kids Chicken Taquitos", .qty = 6}}},
    /* a "no" set off by a comma that opens a sentence, a sound of doubt before it or none,
     * takes back the dish just asked for as "actually no" does */
    {.text = "one chicken tinga burrito. hmm no, bean and cheese.",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Bean and Cheese Burrito", .qty = 1}}},
    {.text = "2 al pastor tacos. no, 2 carnitas tacos",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Carnitas Taco", .qty = 2}}},
    {.text = "Can I get the pollo asado bowl? Actually switch it to the carnitas bowl. Hmm no, "
             "pollo asado is fine, just add guac",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Pollo Asado Bowl", .qty = 1, .mods = {"add guacamole"}}}},
    /* a word used for a dish asked for before, glossed with the dish's name after "=" or
     * "means", names it again: one burrito */
    {.text = "gimme the cali w extra guac. (cali = california burrito, for the new guy lol)",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "California Burrito", .qty = 1, .mods = {"extra guacamole"}}}},
    {.text = "gimme the cali w extra guac (cali means california burrito)",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "California Burrito", .qty = 1, .mods = {"extra guacamole"}}}},
    /* a modal, people counted and a verb of sharing ask whether a dish is enough for them:
     * the count is of people, nothing is ordered */
    {.text = "how big is the california burrito? could 2 ppl share one",
     .category = "inquiry",
     .status = "answered",
     .intents = {"inquiry"}},
    {.text = "could 2 people share a california burrito?",
     .category = "inquiry",
     .status = "answered",
     .intents = {"inquiry"}},
    /* a request put as a question, then "asking before i order": a question asked ahead of
     * the order, nothing ordered yet */
    {.text = "would it be possible to get chicken instead of steak in the california burrito? "
             "just asking before i order",
     .category = "inquiry",
     .status = "answered",
     .intents = {"inquiry"}},
    /* "the" and a part of the dish closed by "part" after a question about it say which of
     * it is asked about; no food is asked for */
    {.text = "Is the elote spicy? the chile powder part",
     .category = "inquiry",
     .status = "answered",
     .intents = {"inquiry"}},
    {.text = "hey its the driver, 3 of my customers asked me to just order at the counter.\n"
             "order 5512: 2 al pastor tacos + 1 horchata",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Al Pastor Taco", .qty = 2}, {.name = "Horchata", .qty = 1}}},
    /* "same thing X ordered" with its "the" dropped, and "whatever Chuy got" with one person
     * named, point at an order outside the message: asked back, the dishes beside kept */
    {.text = "same thing my roommate ordered last week pls",
     .category = "order",
     .status = "review",
     .intents = {"order"},
     .clarify = {{.phrase = "same thing my roommate ordered last week"}}},
    {.text = "the trumpet guy wants \"whatever Chuy got last time\" + 2 pastor tacos for me",
     .category = "order",
     .status = "review",
     .intents = {"order"},
     .items = {{.name = "Al Pastor Taco", .qty = 2}},
     .clarify = {{.phrase = "whatever chuy got last time"}}},
    /* a price written right after a kind of dish says which of it costs that, and a count
     * after a price in brackets is still the dish's */
    {.text = "Carnitas $3.95 ×4",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Carnitas Taco", .qty = 4}}},
    {.text = "carnitas - 11.95",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Carnitas Bowl", .qty = 1}}},
    {.text = "the cali burritos ($12.95) x5",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "California Burrito", .qty = 5}}},
    /* a name the menu lacks, glossed in brackets or after a dash and "the" by a dish, is the
     * customer's own name for that dish: nothing to decline */
    {.text = "gimme 'the sunset' (my name for the mandarin jarritos) + 2 al pastor",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Jarritos Mandarin", .qty = 1}, {.name = "Al Pastor Taco", .qty = 2}}},
    {.text = "a swamp bowl (the veggie bowl)",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Roasted Veggie Bowl", .qty = 1}}},
    /* "screw it" after a mark of correction gives up the doubt: the count after it is told anew */
    {.text = "add 2 elotes. actually make it 1. nah screw it, 3 elotes",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Elote", .qty = 3}}},
    /* a count before "extra" and a whole name after it ask for more of that dish, no change
     * of the dish before; "2 more dozen" counts dozens */
    {.text = "a carnitas taco and 2 extra chips and salsa",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Carnitas Taco", .qty = 1}, {.name = "Chips and Salsa", .qty = 2}}},
    {.text =
         "Please add 2 more dozen Al Pastor Tacos and a few extra Chips and Salsa to our order.",
     .category = "order",
     .status = "review",
     .intents = {"order"},
     .items = {{.name = "Al Pastor Taco", .qty = 24}},
     .clarify = {{"chips and salsa", {"Chips and Salsa"}, .how_many = true}}},
    /* whom or what the order is for, said before the request with no comma, opens no filler
     * that hides the request: a dish the menu lacks after it is declined */
    {.text = "For the quinceañera we want 50 tamales, 30 orders of churros",
     .category = "order",
     .status = "rejected",
     .intents = {"order"},
     .items = {{.name = "Churros", .qty = 30}},
     .unknown = {"tamales"}},
    {.text = "for my mom i want 2 tamales",
     .category = "order",
     .status = "rejected",
     .intents = {"order"},
     .unknown = {"tamales"}},
    /* the meal as an occasion names no dish */
    {.text = "potluck math: 18 churros",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Churros", .qty = 18}}},
    {.text = "for a picnic we want 2 churros",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Churros", .qty = 2}}},
    /* one of two dishes a question compared picks one of them, asked back which; "one of
     * each" after two dishes asked for both still orders both */
    {.text = "Whats the difference between the carne asada burrito and the california? just put "
             "me down for one of em",
     .category = "order",
     .status = "review",
     .intents = {"inquiry", "order"},
     .clarify = {{"carne asada burrito or california",
                  {"Carne Asada Burrito", "California Burrito"}}}},
    {.text = "is the carnitas bowl or the pollo asado bowl better? ill take one of them",
     .category = "order",
     .status = "review",
     .intents = {"inquiry", "order"},
     .clarify = {{"carnitas bowl or pollo asado bowl", {"Carnitas Bowl", "Pollo Asado Bowl"}}}},
    {.text = "the carnitas bowl and the pollo asado bowl. one of each",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Carnitas Bowl", .qty = 1}, {.name = "Pollo Asado Bowl", .qty = 1}}},
    /* getting a dish pointed at "either way" or "anyway" asks for it whatever the answer;
     * "getting them to go" says how, no dish more */
    {.text = "What goes good with the carnitas bowl? I'm getting that either way",
     .category = "order",
     .status = "accepted",
     .intents = {"inquiry", "order"},
     .items = {{.name = "Carnitas Bowl", .qty = 1}}},
    {.text = "is the carnitas bowl good? im getting it",
     .category = "order",
     .status = "accepted",
     .intents = {"inquiry", "order"},
     .items = {{.name = "Carnitas Bowl", .qty = 1}}},
    {.text = "2 churros. getting them to go",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Churros", .qty = 2}}},
    /* the parts that stay, said as a clause of their own after the removals, ask for nothing
     * more; a dish after "just" with nothing taken off before is asked for */
    {.text = "one carnitas bowl but NO beans no pico. literally just the pork and rice pls",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Carnitas Bowl", .qty = 1, .mods = {"no beans", "no pico de gallo"}}}},
    {.text = "pollo asado bowl. no beans, no lettuce. rice and chicken ONLY",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Pollo Asado Bowl", .qty = 1, .mods = {"no beans", "no lettuce"}}}},
    {.text = "carnitas bowl no beans. just rice and a horchata",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Carnitas Bowl", .qty = 1, .mods = {"no beans"}},
               {.name = "Mexican Rice", .qty = 1},
               {.name = "Horchata", .qty = 1}}},
    /* how many heads the party has, said with "is" or a colon, counts "everyone gets" */
    {.text = "headcount is 18. everyone gets a california burrito",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "California Burrito", .qty = 18}}},
    {.text = "headcount: 6. everyone gets a horchata",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Horchata", .qty = 6}}},
    /* a kind counted in two words ("2 dozen") shared out in halves */
    {.text = "Could I get 2 dozen tacos, half carnitas and half al pastor",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Carnitas Taco", .qty = 12}, {.name = "Al Pastor Taco", .qty = 12}}},
    /* the dish named again as the subject of "can the ... be" asks a change of it; the
     * changes said after go to it too */
    {.text = "Chips and guac but can the guac be plain avocado? no onion no jalapeno no cilantro",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Chips and Guacamole",
                .qty = 1,
                .mods = {"plain avocado", "no onion no jalapeño no cilantro"}}}},
    /* "wait" after a dash breaks off for a question; a dish "instead" after a drink the menu
     * lacks replaces that drink, nothing left to decline */
    {.text = "4 tacos de birria, 1 michelada — wait you don't have alcohol right? then a mexican "
             "coke instead",
     .category = "order",
     .status = "accepted",
     .intents = {"order", "other"},
     .items = {{.name = "Quesabirria Taco", .qty = 4}, {.name = "Mexican Coca-Cola", .qty = 1}}},
    {.text = "a michelada. a mexican coke instead",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Mexican Coca-Cola", .qty = 1}}},
    /* a list's entry or an article before a description and "thing" points at a dish as
     * "the" does */
    {.text = "churros, hibiscus thing",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Churros", .qty = 1}, {.name = "Jamaica Agua Fresca", .qty = 1}}},
    {.text = "a hibiscus thing",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Jamaica Agua Fresca", .qty = 1}}},
    /* "bring me" asks for what follows it, "whichever" among two drinks compared as well */
    {.text = "what's better, jamaica or watermelon? actually just bring me whichever you like more",
     .category = "order",
     .status = "review",
     .intents = {"inquiry", "order"},
     .clarify = {{"jamaica or watermelon", {"Jamaica Agua Fresca", "Watermelon Agua Fresca"}}}},
    {.text = "bring me 2 churros",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Churros", .qty = 2}}},
    /* "oh and" and a count after a question with no mark adds a dish: a request of its own */
    {.text = "2 elote extra chile ALSO is the flan made in house oh and 1 flan",
     .category = "order",
     .status = "accepted",
     .intents = {"order", "inquiry"},
     .items = {{.name = "Elote", .qty = 2, .mods = {"extra chile"}}, {.name = "Flan", .qty = 1}}},
    /* the word for any dish is no misspelt "fish": which dish is asked back */
    {.text = "One dish with pork and pineapple, one sweet cake with milk",
     .category = "order",
     .status = "review",
     .intents = {"order"},
     .items = {{.name = "Tres Leches Cake", .qty = 1}},
     .clarify = {{.phrase = "dish"}}},
    {.text = "r u hiring? i can wash dishes",
     .category = "other",
     .status = "logged",
     .intents = {"other"}},
    /* a dish counted zero is not asked for; "#0" marks a jersey, no count */
    {.text = "churros 3, flan 1, tres leches 0",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Churros", .qty = 3}, {.name = "Flan", .qty = 1}}},
    {.text = "Intramural champs order #1 al pastor x3, #22 baja fish x2, #0 flan",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Al Pastor Taco", .qty = 3},
               {.name = "Baja Fish Taco", .qty = 2},
               {.name = "Flan", .qty = 1}}},
    /* "make them" and a change points at the dish to change it, asks for no more of it */
    {.text = "two of the carnitas tacos but my teeth are not good so please make them soft not "
             "crispy",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Carnitas Taco", .qty = 2}}},
    /* a statement about a past order after "also" is a clause of its own: what it missed is no
     * dish asked for */
    {.text = "2 bean and cheese burritos ALSO my order yesterday was missing the salsa",
     .category = "order",
     .status = "accepted",
     .intents = {"order", "other"},
     .items = {{.name = "Bean and Cheese Burrito", .qty = 2}}},
    /* "$?" beside a line of a list is a price not known: no question, the counts stand */
    {.text = "Quesabirria Taco $4.95 x 6\nChurros (large) $? x 1\nMexican Coca-Cola $3.25 x 3",
     .category = "order",
     .status = "accepted",
     .intents = {"order"},
     .items = {{.name = "Quesabirria Taco", .qty = 6},
               {.name = "Churros", .qty = 1, .mods = {"large"}},
               {.name = "Mexican Coca-Cola", .qty = 3}}},
    /* a count pointing back where no dish was asked for, after a dish the menu lacks told of,
     * asks for that dish: declined, not lost */
    {.text = "someone on reddit said ur \"mango agua fresca\" is elite. 2 of those pls",
     .category = "order",
     .status = "rejected",
     .intents = {"order"},
     .unknown = {"mango agua fresca"}},
};

const size_t order_cases_taqueria_count =
    sizeof(order_cases_taqueria) / sizeof(order_cases_taqueria[0]);
