"""Hindi, Nepali, Punjabi and Sinhala review statements and dates as Indian, Nepali, Sri
Lankan (and diaspora) hospitals, pharmacies and health media print them
(review-vocabulary.json, credentials.json): 'लेख की समीक्षा:' and 'द्वारा समीक्षित:' before
the person, 'लेखक एवं समीक्षक:' (writer and reviewer), degrees written in Devanagari,
'प्राविधिक पुनरावलोकन:' (technical review), 'ਡਾਕਟਰੀ ਤੌਰ ਤੇ ਸਮੀਖਿਆ ਕੀਤੀ:' and 'ਇਸ ਲੇਖ ਦੀ
ਸਮੀਖਿਆ' before a pharmacist, a 'සමාලෝචනය' table header over a professor with his
university in parentheses, 'ආයුර්වේද වෛද්‍ය' before the name, and update, publication and
next-review lines that end a statement. The sentences are invented, shaped like real
bylines."""

from __future__ import annotations

import pytest

from pipeline.document import Document
from pipeline.extract import extract
from pipeline.extract.review import read_review

from .helpers import page

WRAP = "<main><article><h1>T</h1>{}</article></main>"


def _review(line: str, lang: str):
    raw = page(WRAP.format(f"{line}<p>Text.</p>"), lang=lang)
    return Document.from_bytes(raw).memo(read_review).review


def _author(line: str, lang: str):
    raw = page(WRAP.format(f"{line}<p>Text of the article.</p>"), lang=lang)
    author = extract(Document.from_bytes(raw, "t.html"), "https://e.example/p/").facts.author
    return author.name if author else None


@pytest.mark.parametrize(("line", "lang", "expected"), [
    # Hindi: 'लेख की समीक्षा:' (review of the article), 'द्वारा समीक्षित:' (reviewed by) as a
    # label, 'लेखक एवं समीक्षक:' (writer and reviewer), degrees in Devanagari with a
    # specialty in parentheses
    ("<p>लेख की समीक्षा: डॉ. कविता सक्सेना, MBBS, MS (स्त्री रोग)</p>"
     "<p>समीक्षा की तिथि: 14 जनवरी 2026</p>", "hi",
     ("कविता सक्सेना", ("MBBS", "MS (स्त्री रोग)"), "2026-01-14")),
    ("<p><span>द्वारा समीक्षित:</span> <a>डॉ. मनोज श्रीवास्तव</a>, कार्डियोलॉजिस्ट</p>"
     "<p>अंतिम समीक्षा: 3 मार्च 2026</p>", "hi", ("मनोज श्रीवास्तव", (), "2026-03-03")),
    ("<p>लेखक एवं समीक्षक: डॉ. अंजलि भटनागर, एमबीबीएस, एमडी (मेडिसिन)</p>"
     "<p>समीक्षा की तारीख: १२/०२/२०२६</p>", "hi",
     ("अंजलि भटनागर", ("एमबीबीएस", "एमडी (मेडिसिन)"), "2026-02-12")),
    ("<p>इस लेख की समीक्षा डॉ. अनिल वर्मा, MBBS ने की है।</p><p>अंतिम समीक्षा: 5 मार्च 2026</p>",
     "hi", ("अनिल वर्मा", ("MBBS",), "2026-03-05")),
    # Nepali: 'प्राविधिक पुनरावलोकन:' (technical review) and its date label
    ("<p>प्राविधिक पुनरावलोकन: डा. राजेन्द्र थापा, MBBS, MD</p>"
     "<p>पुनरावलोकन मिति: जनवरी २०२६</p>", "ne", ("राजेन्द्र थापा", ("MBBS", "MD"), "2026-01")),
    ("<p>चिकित्सकीय समीक्षा: डा. सरिता पौडेल, MBBS</p><p>समीक्षा गरिएको: मार्च २०२६</p>", "ne",
     ("सरिता पौडेल", ("MBBS",), "2026-03")),
    # Punjabi: 'ਡਾਕਟਰੀ ਤੌਰ ਤੇ ਸਮੀਖਿਆ ਕੀਤੀ:' (medically reviewed), 'ਸਮੀਖਿਆ ਕੀਤੀ:' over the date,
    # 'ਇਸ ਲੇਖ ਦੀ ਸਮੀਖਿਆ' before a role and the name
    ("<p>ਡਾਕਟਰੀ ਤੌਰ ਤੇ ਸਮੀਖਿਆ ਕੀਤੀ: ਡਾ. ਗੁਰਪ੍ਰੀਤ ਸੰਧੂ, MD, CCFP · ਸਮੀਖਿਆ ਕੀਤੀ: ਜਨਵਰੀ 2026</p>",
     "pa", ("ਗੁਰਪ੍ਰੀਤ ਸੰਧੂ", ("MD", "CCFP"), "2026-01")),
    ("<p>ਇਸ ਲੇਖ ਦੀ ਸਮੀਖਿਆ ਫਾਰਮਾਸਿਸਟ ਮਨਪ੍ਰੀਤ ਸਿੰਘ ਢਿੱਲੋਂ, B.Pharm ਨੇ ਕੀਤੀ ਹੈ।</p>"
     "<p>ਸਮੀਖਿਆ ਦੀ ਮਿਤੀ: ੧੨/੦੩/੨੦੨੬</p>", "pa",
     ("ਮਨਪ੍ਰੀਤ ਸਿੰਘ ਢਿੱਲੋਂ", ("BPharm",), "2026-03-12")),
    # Sinhala: a 'සමාලෝචනය' header over a professor, the university after a degree;
    # 'ආයුර්වේද වෛද්‍ය' before the name; 'සමාලෝචිත දිනය' (reviewed date)
    ("<table><tr><th>සමාලෝචනය</th><td>මහාචාර්ය සුනිල් ජයවර්ධන, MBBS (Peradeniya), MD,"
     " MRCP (London)</td></tr></table>", "si",
     ("සුනිල් ජයවර්ධන", ("MBBS (Peradeniya)", "MD", "MRCP (London)"), None)),
    ("<p>සමාලෝචනය කළේ: ආයුර්වේද වෛද්‍ය චන්දිමා රත්නායක (BAMS) · සමාලෝචිත දිනය: 2026.02.11</p>",
     "si", ("චන්දිමා රත්නායක", ("BAMS",), "2026-02-11")),
])
def test_review_statements_in_hindi_nepali_punjabi_sinhala(line, lang, expected):
    review = _review(line, lang)
    assert review is not None and review.reviewer is not None, line
    assert (review.reviewer.name, review.reviewer.credentials, review.last_reviewed) == expected


@pytest.mark.parametrize(("line", "lang", "date"), [
    # a date label alone dates the review: 'समीक्षा गरिएको' (reviewed), 'ਸਮੀਖਿਆ ਕੀਤੀ',
    # 'සමාලෝචිත මාසය' (reviewed month)
    ("<p>समीक्षा गरिएको: फेब्रुअरी २०२६</p>", "ne", "2026-02"),
    ("<p>पुनरावलोकन मिति: मार्च २०२६</p>", "ne", "2026-03"),
    ("<p>ਸਮੀਖਿਆ ਕੀਤੀ: ਅਪ੍ਰੈਲ 2026</p>", "pa", "2026-04"),
    ("<p>සමාලෝචිත මාසය: 05.2026</p>", "si", "2026-05"),
    ("<p>සමාලෝචිත දිනය: 2026.06.14</p>", "si", "2026-06-14"),
])
def test_review_dates_in_hindi_nepali_punjabi_sinhala(line, lang, date):
    review = _review(line, lang)
    assert review is not None, line
    assert review.last_reviewed == date


@pytest.mark.parametrize(("line", "lang", "name"), [
    # an update, publication or next-review line ends the statement and dates no review
    ("<p>द्वारा समीक्षित: डॉ. मनोज श्रीवास्तव</p><p>अपडेटेड: 3 मार्च 2026</p>", "hi",
     "मनोज श्रीवास्तव"),
    ("<p>द्वारा समीक्षित: डॉ. मनोज श्रीवास्तव</p><p>पृष्ठ अंतिम बार अद्यतन: ०३.०३.२०२६</p>", "hi",
     "मनोज श्रीवास्तव"),
    ("<p>लेख की समीक्षा: डॉ. कविता सक्सेना</p><p>अगली समीक्षा: मार्च 2028</p>", "hi",
     "कविता सक्सेना"),
    ("<p>प्राविधिक पुनरावलोकन: डा. राजेन्द्र थापा</p><p>अर्को पुनरावलोकन: जनवरी २०२८</p>", "ne",
     "राजेन्द्र थापा"),
    ("<p>ਡਾਕਟਰੀ ਸਮੀਖਿਆ: ਡਾ. ਗੁਰਪ੍ਰੀਤ ਸੰਧੂ</p><p>ਅਗਲੀ ਸਮੀਖਿਆ: ਜਨਵਰੀ 2028</p>", "pa",
     "ਗੁਰਪ੍ਰੀਤ ਸੰਧੂ"),
    ("<p>වෛද්‍ය සමාලෝචනය: වෛද්‍ය නදීකා පෙරේරා</p><p>ඊළඟ සමාලෝචනය: 2028.02.11</p>", "si",
     "නදීකා පෙරේරා"),
])
def test_update_and_next_review_lines_are_not_review_dates(line, lang, name):
    review = _review(line, lang)
    assert review is not None and review.reviewer is not None, line
    assert (review.reviewer.name, review.last_reviewed) == (name, None)


@pytest.mark.parametrize(("line", "lang", "name"), [
    # 'ලියූයේ:' (written by) names the writer; an editorial board ('මණ්ඩලය') is no person
    ("<p>ලියූයේ: <a href=\"/author/n\">නිලූෂා ගුණසේකර</a> · 2026.01.21</p>", "si", "නිලූෂා ගුණසේකර"),
    ("<p>ලියූයේ: සංස්කාරක මණ්ඩලය</p>", "si", None),
])
def test_writers(line, lang, name):
    assert _author(line, lang) == name
