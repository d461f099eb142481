// language_cld2.cc — the C++ shim between language.c and Debian's libcld2 (see language.h).
//
// cld2 exposes only a C++ API; this file is the one place brigade compiles C++. It keeps no
// state: cld2's scoring tables are static and read-only, so concurrent calls are safe (it
// does malloc a few scratch buffers inside each call).
#include <climits>
#include <cstdio> // compact_lang_det.h uses FILE without including <cstdio> itself
#include <cstring>

#include <cld2/public/compact_lang_det.h>
#include <cld2/public/encodings.h>

#include "gateway/order/language.h"

extern "C" bool order_language_cld2_guess(const char *text, size_t len,
                                          struct order_language_guess *out)
{
    out->code[0] = '\0';
    out->percent = 0;
    out->reliable = false;
    if (len > INT_MAX)
        return false;
    // No hints. An English hint (language_hint ENGLISH) lost 2 of 35 foreign test messages
    // ("dos tacos de carne asada y una horchata" read as unknown) and removed no false
    // "foreign": the function-word check in language.c already leans to English.
    CLD2::CLDHints hints = {nullptr, nullptr, CLD2::UNKNOWN_ENCODING, CLD2::UNKNOWN_LANGUAGE};
    CLD2::Language language3[3];
    int percent3[3];
    double normalized_score3[3];
    int text_bytes = 0;
    int valid_prefix_bytes = 0;
    bool reliable = false;
    CLD2::Language top = CLD2::ExtDetectLanguageSummaryCheckUTF8(
        text, (int)len, true, &hints, 0, language3, percent3, normalized_score3, nullptr,
        &text_bytes, &reliable, &valid_prefix_bytes);
    if (valid_prefix_bytes != (int)len)
        return false;
    // percent3[0] describes language3[0]; when cld2 sums up with another language (or
    // with UNKNOWN), there is no share to report for it, so report nothing.
    if (top != language3[0] || top == CLD2::UNKNOWN_LANGUAGE)
        return true;
    const char *code = CLD2::LanguageCode(top);
    size_t code_len = strlen(code);
    if (code_len >= ORDER_LANGUAGE_CODE_MAX)
        return true;
    memcpy(out->code, code, code_len + 1);
    out->percent = percent3[0];
    out->reliable = reliable;
    return true;
}
