/* attach_late_forms.c — forms read once a clause's leftovers and swaps are read (attach.c,
 * reading.h pass 4), each in its own file: a section of the menu heading a list
 * (attach_section_heading.c) or words for a meal heading it (attach_meal_heading.c), "grilled not
 * fried" (attach_made_not.c), a part of the dish before swapped in a later clause
 * (attach_swapped_part.c), a count and unit before a bare pair (attach_unit_pair.c), and a dish
 * named in advice then counted (attach_advice_taken.c), and the word a question asked about
 * said again after it (attach_question_echo.c). */
#include "gateway/order/attach_internal.h"

void attach_late_forms(struct attach_state *st, size_t first)
{
    attach_section_heading(st, first, st->rg->n_things); /* "sides: 2 onion rings" */
    attach_meal_heading(st, first, st->rg->n_things);    /* "staff meal: 4 tacos" */
    attach_question_echo(st, first);                     /* "is it hot? like proper hot" */
    attach_made_not_change(st, first);                   /* "fish taco but grilled not fried" */
    attach_swapped_part(st, first);                /* "... can i get the rice swapped for quinoa" */
    attach_unit_pair(st, first, st->rg->n_things); /* "2 orders of rice n beans" */
    attach_advice_taken(st, first); /* "she said get the al pastor. so 3 al pastor tacos" */
}
