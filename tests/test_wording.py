"""Model texts in the chosen language (issue 12): a `Wording` writes amounts, numbers, dates and
durations the way the reader's locale does (CLDR, through Babel), and every table and sentence
models/ builds takes one; English stays what Termscope has always written."""

from __future__ import annotations

import ast
import importlib.util
import string
import sys
from datetime import datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from types import ModuleType
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from contracts import bundled_comparison
from models.decide import Decision
from models.decision_view import annual_table, decision_view, matrix_table
from models.loading import parse_contract
from models.result import Result
from models.scenario import Scenario
from models.serialize import ScenarioResults
from models.view import scenario_table
from models.wording import ENGLISH, Wording, currency_digits, native_digits, reads_left_to_right
from tests.test_decision import ALPHA, _decide

ROOT = Path(__file__).resolve().parent.parent
NBSP = "\u00a0"
STATE = bundled_comparison()


def marked(text: str) -> str:
    """A fake translation that shows which texts went through the translator."""
    return "«" + text + "»"


# --- numbers and times, worked by hand from CLDR's patterns ------------------------------------


def test_swedish_money_groups_with_no_break_spaces_and_a_decimal_comma() -> None:
    # 1,234.567 rounds half up to 1,234.57; Swedish groups with a no-break space, decimal comma
    sweden = Wording("sv_SE")
    assert sweden.money(Decimal("1234.567"), "EUR") == f"EUR{NBSP}1{NBSP}234,57"
    # the rial has no minor unit in CLDR: 75,000,000.5 rounds half up to 75,000,001
    assert sweden.money(Decimal("75000000.5"), "IRR") == f"IRR{NBSP}75{NBSP}000{NBSP}001"
    # Swedish writes a no-break space before the percent sign
    assert sweden.percent(Decimal("0.755"), 1) == f"75,5{NBSP}%"


def test_norwegian_elapsed_time_with_a_decimal_comma_and_translated_units() -> None:
    units = {"{hours} h": "{hours} t"}  # "timer"
    norway = Wording("nb_NO", translate=lambda text: units.get(text, text))
    assert norway.elapsed(timedelta(hours=2.5)) == "+2,5 t"
    # 77 h = 3.208… days → one decimal: 3,2
    assert norway.elapsed(timedelta(hours=77)) == "+3,2 d"
    assert Wording("nb_NO").elapsed(timedelta(hours=2.5)) == "+2,5 h"
    assert Wording("nb_NO", translate=marked).hours(None) == "«not stated»"


@pytest.mark.parametrize(
    ("locale", "next_day", "far"),
    [
        # 27 Nov 2026 + 416 days = 27 Nov 2027 + 51 days = Monday 17 Jan 2028
        ("en_US", "Sat 28 Nov 10:00", "Mon 17 Jan 2028 10:00"),
        ("sv_SE", "lör 28 nov. 10:00", "mån 17 jan. 2028 10:00"),
        ("nb_NO", "lør. 28. nov. 10:00", "man. 17. jan. 2028 10:00"),
        ("he_IL", "שבת, 28 בנוב׳ 10:00", "יום ב׳, 17 בינו׳ 2028 10:00"),
        # Persian: CLDR's default digits for fa, "۰۱۲۳۴۵۶۷۸۹", as Qt writes them in the fields
        ("fa_IR", "شنبه ۲۸ نوامبر ۱۰:۰۰", "دوشنبه ۱۷ ژانویه ۲۰۲۸ ۱۰:۰۰"),
    ],
)
def test_a_date_416_days_out_shows_its_year(locale: str, next_day: str, far: str) -> None:
    reported = datetime(2026, 11, 27, 10, tzinfo=ZoneInfo("Asia/Jerusalem"))
    wording = Wording(locale)
    assert wording.instant(reported + timedelta(days=1), reported) == next_day
    assert wording.instant(reported + timedelta(days=416), reported) == far


def test_a_translation_that_loses_a_placeholder_falls_back_to_english() -> None:
    broken = Wording("sv_SE", translate=lambda s: "behöver parameter")
    assert broken.t("needs parameter {name}", name="product_price") == (
        "needs parameter product_price"
    )


# --- the views, with a fake translator ---------------------------------------------------------


def _on_site() -> tuple[Scenario, list[Result]]:
    scenario = next(s for s in STATE.scenarios if s.name.startswith("On-site visit"))
    return scenario, list(STATE.results(scenario))


def test_the_scenario_table_translates_our_words_never_the_vendors() -> None:
    scenario, results = _on_site()
    names = {f"{r.contract}:{r.plan}": f"{r.vendor} · {r.plan}" for r in results}
    english = scenario_table(scenario, results, STATE.rates, "EUR", plan_names=names)
    shown = scenario_table(
        scenario,
        results,
        STATE.rates,
        "EUR",
        plan_names=names,
        wording=Wording(translate=marked),
    )
    titles = {c.id: c.title for c in shown.columns}
    assert titles["plan"] == "«Vendor · plan»"
    assert titles["work_start"] == "«Work start»"
    assert titles["converted"] == "«EUR «net»»"
    for before, after in zip(english.rows, shown.rows, strict=True):
        assert after["plan"].text == before["plan"].text  # names are never translated
        assert after["status"].text == f"«{before['status'].text}»"
        assert after["cost"].clauses == before["cost"].clauses
    kiwi = next(r for r in shown.rows if r.key == "kiwi:standard")
    # K7: work starts at 12:15 Jerusalem time, 2 h after the report (see test_view.py)
    assert kiwi["work_start"].text == "«Tue 03 Feb 12:15 (+«2.0 h»)»"
    assert kiwi["fee"].text == "«none»"
    # the cost lines' labels come from the contract: the same words, in either language
    kiwi_before = next(r for r in english.rows if r.key == "kiwi:standard")
    labels = [line.split(":")[0] for line in kiwi_before["cost"].detail.splitlines()]
    assert labels
    assert all(label in kiwi["cost"].detail for label in labels)


def test_missing_words_are_translated_in_the_matrix() -> None:
    runs = [ScenarioResults(s, STATE.results(s)) for s in STATE.scenarios]
    table = matrix_table(runs, STATE.rates, "EUR", wording=Wording(translate=marked))
    assert table.title == "«Scenarios × plans: work start · cost»"
    assert table.columns[0].title == "«Scenario»"
    # every plan cell is "{start} · {cost}" in the reader's words; the scenarios' names are
    # the user's own, kept as written
    for row in table.rows:
        plan_cells = [cell for key, cell in row.cells.items() if key != "scenario"]
        assert all(cell.text.startswith("«") for cell in plan_cells)
    assert [row["scenario"].text for row in table.rows] == [s.name for s in STATE.scenarios]


@pytest.fixture(scope="module")
def decision() -> Decision:
    return _decide(parse_contract(ALPHA, "alpha.yaml"))


def test_the_decision_view_in_english_is_the_stored_sentences(decision: Decision) -> None:
    view = decision_view(decision)
    assert view.headline == decision.why
    assert view.sureness == decision.sureness


def test_the_decision_tables_translate_titles_and_status_words(decision: Decision) -> None:
    english = decision_view(decision)
    view = decision_view(decision, wording=Wording(translate=marked))
    assert view.ranking.title == "«Ranking»"
    assert [c.title for c in view.ranking.columns][:3] == [
        "«#»",
        "«Vendor · plan»",
        "«Yearly cost»",
    ]
    assert view.flips.title == "«What would flip the winner»"
    assert view.questions.columns[4].title == "«Question to send»"
    # the plan names (contract data) stay; the headline is made again in the reader's words
    assert [r["plan"].text for r in view.ranking.rows] == [
        r["plan"].text for r in english.ranking.rows
    ]
    assert "Alpha Support · Basic" in view.headline  # basic wins with 90 points (see test_decision)
    # "{head}, {margin} ahead of {runner}: …" with head "{plan} wins with {score} points"
    assert view.headline.startswith("««Alpha Support · Basic wins with 90 points», ")
    assert view.sureness.startswith("«")
    # the questions quote clause ids and the vendors' words as they are
    assert [r["clause"].text for r in view.questions.rows] == [
        r["clause"].text for r in english.questions.rows
    ]


def test_the_decisions_kept_sentences_are_said_again_in_swedish(decision: Decision) -> None:
    view = decision_view(decision, wording=Wording("sv_SE", translate=marked))
    volume = [r for r in view.flips.rows if r["what"].text == "«ticket volume»"]
    # the profile's 2 tickets a month at the default factors 0.5 and 2: 1.0 and 4.0 a month
    assert [r["alternative"].text for r in volume] == [
        "«1,0 tickets a month (0,5× the profile)»",
        "«4,0 tickets a month (2× the profile)»",
    ]
    # a reading check names the vendor and clause, and tries the contract's own reading
    reading = next(r for r in view.flips.rows if r["what"].text == "Alpha Support A3")
    assert reading["alternative"].text == "6 clock hours."
    question = view.questions.rows[0]
    assert question["question"].text == (
        "««Clause A3»: we read the terms as: 2 clock hours. Or do they mean: 6 clock hours. "
        "Which reading applies?»"
    )
    assert question["provenance"].text == "«interpreted»"
    assert view.break_even.rows[0]["note"].text.startswith("«equal yearly cost at about 5,")
    # basic's score parts (see test_decision.py): cost 80 points, speed 100, coverage 100
    basic = view.ranking.rows[0]
    # "{measure}: {hours} h", the measure itself "{statistic} {milestone}, {tickets}"
    assert basic["speed"].text == "«««median» «response», «all tickets»»: 2,0 h»"
    assert basic["score"].detail.splitlines()[0] == (
        f"««yearly cost»: 80 points × 50{NBSP}% («EUR{NBSP}3{NBSP}600,00 a year»; "
        "«100 × lowest / this plan's yearly cost (mean, «net»)»)»"
    )
    assert basic["priced"].detail == f"«100,0{NBSP}% of tickets at a known price»"
    # the winner holds under the factor 2 only: 1 of the 3 changes tried
    assert view.sureness.startswith("«The winner holds under 1 of 3 changes tried; ")


def test_the_annual_table_in_swedish(decision: Decision) -> None:
    names = {"alpha:basic": "Basic", "alpha:flex": "Flex"}
    table = annual_table(decision.annual, decision.rates, None, names, wording=Wording("sv_SE"))
    basic = next(r for r in table.rows if r.key == "alpha:basic")
    # basic: every year EUR 1,200 fee + 24 × 1 h × EUR 100 = EUR 3,600 (see test_decision.py)
    assert basic["p50"].text == f"EUR{NBSP}3{NBSP}600,00"
    assert basic["plan"].text == "Basic"


# --- the catalogues find every model text, with its placeholders --------------------------------


def _catalogues() -> ModuleType:
    spec = importlib.util.spec_from_file_location("catalogues", ROOT / "scripts/catalogues.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["catalogues"] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def test_the_catalogues_find_the_model_texts() -> None:
    found = set(_catalogues().code_texts())
    for text in (
        "needs parameter {name}",  # view.missing_words, t()
        "best effort",  # view._KIND_WORDS, N_()
        "quote required",  # result.STATUS_WORDS, N_()
        "Yearly cost",  # decision_view.RANKING_COLUMNS, N_()
        "{plan} wins with {score} points",  # decide.why_sentence
        "The winner holds under all {count} changes tried.",  # decide.sureness_sentence
        "{hours} h",  # wording.elapsed
    ):
        assert ("models", text) in found, text


def _placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def _literal_calls(node: ast.AST, name: str) -> list[tuple[ast.Call, str]]:
    """The calls `name("…")` (function or method) in `node`, with their literal text."""
    found = []
    for call in ast.walk(node):
        if not (isinstance(call, ast.Call) and call.args):
            continue
        func, first = call.func, call.args[0]
        called = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        if called == name and isinstance(first, ast.Constant) and isinstance(first.value, str):
            found.append((call, first.value))
    return found


def test_every_model_text_is_given_exactly_its_placeholders() -> None:
    """`wording.t("…", **values)` and `Phrase.of(N_("…"), **values)` fill exactly the text's
    placeholders; any other `N_("…")` (a table's words) has none."""
    mismatched = []
    for path in sorted((ROOT / "models").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        in_phrases: set[int] = set()
        for phrase in (c for c in ast.walk(tree) if isinstance(c, ast.Call)):
            func = phrase.func
            if not (isinstance(func, ast.Attribute) and func.attr == "of" and phrase.args):
                continue
            given = {k.arg for k in phrase.keywords if k.arg is not None}
            for call, text in _literal_calls(phrase.args[0], "N_"):
                in_phrases.add(id(call))
                if _placeholders(text) != given:
                    mismatched.append(f"{path.name}:{call.lineno} {text!r} {sorted(given)}")
        for call, text in _literal_calls(tree, "t"):
            given = {k.arg for k in call.keywords if k.arg is not None}
            if _placeholders(text) != given:
                mismatched.append(f"{path.name}:{call.lineno} {text!r} {sorted(given)}")
        for call, text in _literal_calls(tree, "N_"):
            if id(call) not in in_phrases and _placeholders(text):
                mismatched.append(f"{path.name}:{call.lineno} {text!r} outside a phrase")
    assert mismatched == []


def test_english_is_the_default() -> None:
    assert ENGLISH.t("not stated") == "not stated"
    assert ENGLISH.locale == "en_US"


@settings(max_examples=400, deadline=None)
@given(
    amount=st.decimals(
        min_value=Decimal("-1e12"), max_value=Decimal("1e12"), allow_nan=False, places=4
    ),
    currency=st.sampled_from(["EUR", "IRR", "ILS", "NOK", "SEK", "JPY", "BHD"]),
    locale=st.sampled_from(["en_US", "he_IL", "fa_IR", "nb_NO", "sv_SE"]),
)
def test_money_writes_what_babel_writes(amount: Decimal, currency: str, locale: str) -> None:
    """The fast path of Wording.money (Python's own grouping, the locale's signs) against
    Babel's format_currency with the pattern it replaces, half-up rounding first."""
    from babel.numbers import format_currency

    digits = currency_digits(currency)
    rounded = amount.quantize(Decimal(1).scaleb(-digits), rounding=ROUND_HALF_UP)
    expected = format_currency(
        rounded,
        currency,
        format="¤¤\u00a0#,##0.00",
        locale=locale,
        currency_digits=True,
        numbering_system="default",
    ).translate(native_digits(locale))  # Babel keeps Latin digits beside Persian signs
    if rounded == 0:  # Babel writes "-EUR 0.00" for -0.001; we write no sign on a zero
        expected = expected.removeprefix("-")
    assert Wording(locale=locale).money(amount, currency) == expected


def test_persian_numbers_in_persian_digits_as_the_input_fields_write_them() -> None:
    """CLDR's default numbering system for fa is "arabext" (Persian digits, "٬" grouping, "٫"
    decimal sign, "٪"), what Qt's QLocale writes in the input fields; the views agree."""
    from PySide6.QtCore import QLocale

    persian = Wording("fa_IR")
    # 1234567.891 → IRR has no decimals: 1,234,568
    assert persian.money(Decimal("1234567.891"), "IRR") == "IRR\u00a0۱٬۲۳۴٬۵۶۸"
    # EUR keeps two: 1,234.57 (half up)
    assert persian.money(Decimal("1234.565"), "EUR") == "EUR\u00a0۱٬۲۳۴٫۵۷"
    assert persian.number(Decimal("61.3"), 1) == "۶۱٫۳"
    assert persian.percent(Decimal("0.25")) == "۲۵٪"
    qt = QLocale(QLocale.Language.Persian, QLocale.Country.Iran)
    assert persian.number(1234) == qt.toString(1234)
    assert persian.number(Decimal("61.5"), 1) == qt.toString(61.5, "f", 1)
    # the other languages keep Latin digits
    assert Wording("he_IL").number(Decimal("61.5"), 1) == "61.5"
    assert Wording("sv_SE").number(Decimal("61.5"), 1) == "61,5"


def test_the_fee_basis_and_the_times_tooltip_in_the_readers_words() -> None:
    """Kian Pardaz's Bronze product package: the fee is 20 % of product_price (P9), its
    tooltip was English in every language; the time's tooltip said an ISO moment and the id of
    its kind ("commitment")."""
    scenario, results = _on_site()
    english = scenario_table(scenario, results, STATE.rates, "EUR")
    swedish = Wording("sv_SE", translate=marked)
    shown = scenario_table(scenario, results, STATE.rates, "EUR", wording=swedish)
    before = next(r for r in english.rows if r.key == "kianpardaz:product-bronze")
    after = next(r for r in shown.rows if r.key == "kianpardaz:product-bronze")
    assert before["fee"].detail == "20 % of product_price [P9]"
    assert after["fee"].detail == "«20 % of product_price» [P9]"  # "{percent} % of {parameter}"
    assert before["response"].detail == (
        "2026-02-09T11:45:00+03:30 · commitment (clause P9): the report + 3 business days of 9 h"
    )
    # Monday 9 Feb 2026 11:45 Tehran time, in Swedish; the kind in the reader's words
    assert after["response"].detail.startswith("mån 9 feb. 11:45 · «commitment»« (clause P9)»: ")


def test_right_to_left_sentences_set_latin_values_apart() -> None:
    """In Hebrew and Persian a plan's name or an amount in Latin letters is a left-to-right
    island (Unicode isolates): without them "Kiwi Software · Standard (EUR 1,250.00)" inside a
    Hebrew sentence has its parts and brackets reordered by the bidi algorithm."""
    hebrew = Wording("he_IL", lambda source: {"{plan} wins": "{plan} מנצחת"}.get(source, source))
    assert hebrew.right_to_left
    # a right-to-left mark first: the sentence opens with a name, and runs right to left
    assert hebrew.t("{plan} wins", plan="Kiwi Software · Standard") == (
        "\u200f\u2068Kiwi Software · Standard\u2069 מנצחת"
    )
    assert hebrew.t("{plan} wins", plan="3.5") == "3.5 מנצחת"  # digits: no island needed
    assert hebrew.t("{plan} wins", plan="תוכנית") == "תוכנית מנצחת"
    swedish = Wording("sv_SE", lambda source: source)
    assert not swedish.right_to_left
    assert swedish.t("{plan} wins", plan="Kiwi Software") == "Kiwi Software wins"
    assert ENGLISH.t("{plan} wins", plan="Kiwi Software") == "Kiwi Software wins"


def test_a_name_shown_on_its_own_is_set_apart_right_to_left() -> None:
    """A plan's name alone in a Hebrew painted label: laid out left to right, or its closing
    bracket is laid out at its front ("(Mystore · Support (in the store price")."""
    hebrew, persian = Wording("he_IL"), Wording("fa_IR")
    name = "Mystore · Support (in the store price)"
    assert hebrew.apart(name) == f"\u202a{name}\u202c"  # left to right, in its own cell
    assert persian.apart(hebrew.apart(name)) == hebrew.apart(name)  # set apart once
    assert hebrew.apart("קיווי") == "קיווי"
    assert ENGLISH.apart(name) == name


def test_a_sentence_said_before_is_not_set_apart_again() -> None:
    """A value already in Hebrew (a sentence with its own names set apart) stays as it is: Qt
    would take its direction from the first Latin letter inside, and lay it out left to right."""
    words = {"{plan} wins": "{plan} מנצחת", "{head}, ahead of {runner}": "{head}, לפני {runner}"}
    hebrew = Wording("he_IL", lambda source: words.get(source, source))
    head = hebrew.t("{plan} wins", plan="SiteCom · Standard support")
    assert head == "\u200f\u2068SiteCom · Standard support\u2069 מנצחת"
    assert hebrew.t("{head}, ahead of {runner}", head=head, runner="Kiwi Software") == (
        f"{head}, לפני \u2068Kiwi Software\u2069"
    )
    assert not reads_left_to_right("NOK ۹۸۷٫۶۵ מנצחת")
    assert reads_left_to_right("NOK ۹۸۷٫۶۵")  # Persian digits take no side
