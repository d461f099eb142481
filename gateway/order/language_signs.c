/* language_signs.c — the frame of a message in Chinese, Japanese or Korean (language.h):
 * "タコス2つください" asks for a dish, "有素食吗？" asks about the menu, "감사합니다" thanks.
 * These scripts put no blank between words (Korean puts few), so their words of asking for,
 * giving, thanking, counting and of the menu's questions are found as strings inside the
 * text. The dishes are written in a script the menu's names are not, so none is read: a word
 * of asking or a count says one is asked for all the same. */
#include "gateway/order/language.h"

#include <string.h>

/* Words of asking for or giving: "please give", "I want", "order" */
static const char *const signs_request[] = {
    "ください", "下さい", "お願い", "おねがい", "注文", "주세요", "줘요", "주문",
    "我要",     "我想要", "给我",   "給我",     "来一", "來一",   "要一", "要两",
    "要兩",     "点一",   "點一",   "想点",     "想點", NULL,
};

/* Counters after a number: "2つ", "两个", "두 개" */
static const char *const signs_count[] = {
    "つ", "个", "個", "份", "杯", "개", "하나", "두 ", "세 ", "잔", NULL,
};

/* Thanks and greetings */
static const char *const signs_courtesy[] = {
    "谢谢",       "謝謝",   "多谢",       "多謝", "你好", "再见", "再見",
    "ありがとう", "どうも", "こんにちは", "감사", "고맙", "안녕", NULL,
};

/* Marks and endings of a question: "？", Chinese "吗", Japanese "ですか", Korean "까요" */
static const char *const signs_asks[] = {
    "？", "吗", "嗎", "呢", "ですか", "ますか", "か?", "까요", "나요", "니까", NULL,
};

/* Words of a question about the menu: the menu itself, diets, price, spice, what is advised */
static const char *const signs_menu[] = {
    "菜单", "菜單", "素",       "多少钱",   "多少錢",       "价格",     "價格",       "辣",
    "推荐", "推薦", "过敏",     "メニュー", "ベジタリアン", "ビーガン", "ヴィーガン", "いくら",
    "値段", "辛い", "グルテン", "おすすめ", "アレルギー",   "메뉴",     "채식",       "비건",
    "얼마", "가격", "매운",     "맵",       "글루텐",       "추천",     "알레르기",   NULL,
};

/* Does text[0..len) hold one of the list's strings? */
static bool signs_holds(const char *text, size_t len, const char *const *list)
{
    for (; *list; list++) {
        size_t n = strlen(*list);
        for (const char *p = text; (size_t)(text + len - p) >= n;) {
            p = memchr(p, (*list)[0], (size_t)(text + len - p));
            if (!p || (size_t)(text + len - p) < n)
                break;
            if (memcmp(p, *list, n) == 0)
                return true;
            p++;
        }
    }
    return false;
}

void order_language_signs(const char *text, size_t len, struct order_language_signs *out)
{
    memset(out, 0, sizeof(*out));
    const unsigned char *s = (const unsigned char *)text;
    /* every listed string holds a lead byte of the kana, Han and Hangul blocks (U+3000 to
     * U+DFFF: 0xE3 to 0xED) or 0xEF 0xBC / 0xBD, the full-width forms ("？"): a text with none
     * holds none of them. 0xEF alone opens no scan: it also leads the emoji variation selector
     * that English messages hold ("❤️") */
    bool signs = false;
    for (size_t i = 0; i < len && !signs; i++)
        signs = (s[i] >= 0xE3 && s[i] <= 0xED) ||
                (s[i] == 0xEF && i + 1 < len && (s[i + 1] == 0xBC || s[i + 1] == 0xBD));
    if (!signs)
        return;
    out->request = signs_holds(text, len, signs_request);
    out->counted = signs_holds(text, len, signs_count);
    out->courtesy = signs_holds(text, len, signs_courtesy);
    out->asks = signs_holds(text, len, signs_asks);
    out->menu = signs_holds(text, len, signs_menu);
}
