"""The engine's own words kept as phrases (issue 12): each trace step and message of ours has,
beside its English text, a phrase the app can say in its language — and the phrase says exactly
that English text, so the JSON, the CLI and the exports stay as they were."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from contracts import bundled_comparison
from models.engine import simulate
from models.loading import load_contract
from models.result import Message, Result, TraceStep
from models.wording import ENGLISH, Wording
from tests.conftest import scenario

MARKED = Wording(translate=lambda source: "«" + source + "»")


def _results() -> Iterator[Result]:
    """Every bundled plan × sample scenario, with the sample parameters and without any (the
    warnings about missing parameters)."""
    state = bundled_comparison()
    contracts = {loaded.contract.id: loaded.contract for loaded in state.contracts}
    for ref in state.plans:
        contract_id, plan_id = ref.split(":")
        for params in (state.parameters.get(contract_id), None):
            for sample in state.scenarios:
                yield simulate(contracts[contract_id], plan_id, sample, params)


def _said(result: Result) -> Iterator[TraceStep | Message]:
    yield from result.trace
    yield from result.notes
    yield from result.warnings


def test_every_phrase_says_exactly_its_english_text() -> None:
    sources: set[str] = set()
    checked = 0
    for result in _results():
        for item in _said(result):
            if item.phrase is not None:
                assert item.phrase.say(ENGLISH) == item.text
                sources.add(item.phrase.source)
                checked += 1
        # what the Why panel shows first and last is always ours: the report and the status
        assert result.trace[0].phrase is not None
        assert result.trace[-1].phrase is not None
        assert result.trace[-1].phrase.source == "Status {status}"
    # the sample scenarios reach most of the engine's texts (a count that falls says a phrase
    # was lost); 150 plan × scenario pairs, twice
    assert checked > 2000
    assert len(sources) >= 18, sorted(sources)


def test_phrases_are_translated_but_not_their_identifiers_or_vendor_words() -> None:
    seen: dict[str, str] = {}
    for result in _results():
        for item in _said(result):
            if item.phrase is not None:
                seen[item.text] = item.phrase.say(MARKED)
    assert seen["Reported on the vendor's clock"] == "«Reported on the vendor's clock»"
    assert seen["Status quote_required"] == "«Status quote_required»"  # the id, not a word
    # our label and reason are translated each on its own, inside the translated frame
    assert (
        seen["On-site visit: the terms do not price this; ask the vendor"]
        == "««On-site visit»: «the terms do not price this; ask the vendor»»"
    )
    # the contract's own reason (its clause text) is not ours to translate
    refused = next(text for text in seen if text.startswith("Not covered: problems from misuse"))
    reason = refused.removeprefix("Not covered: ")
    assert seen[refused] == f"««Not covered»: {reason}»"
    # a parameter's id and a plan's label stay as they are; a count is a number of the locale
    assert seen["Plan fee: parameter product_price has no value; supply it to see the fee"] == (
        "«Plan fee: parameter product_price has no value; supply it to see the fee»"
    )
    assert seen["Uses 2.1 h of 3 h customisation a year"] == (
        "«Uses «2.1 h» of «3 h» customisation a year»"
    )
    assert seen["Requests per month: unlimited"] == "«Requests per month: «unlimited»»"
    holidays = "Holidays: IR (public), holidays 0.109"
    assert seen[holidays] == f"«{holidays}»"


def test_a_contract_s_own_texts_have_no_phrase() -> None:
    for result in _results():
        for step in result.trace:
            if step.topic == "severity" or (step.topic == "scope" and ":" not in step.text):
                assert step.phrase is None  # the rule's reason, in the contract's words


def test_numbers_in_phrases_follow_the_locale() -> None:
    swedish = Wording(locale="sv_SE")
    texts = {
        item.text: item.phrase.say(swedish)
        for result in _results()
        for item in _said(result)
        if item.phrase is not None
    }
    assert texts["Uses 2.1 h of 3 h customisation a year"] == (
        "Uses 2,1 h of 3 h customisation a year"
    )


def test_clocks_with_pauses_and_several_calendars_say_the_same_english() -> None:
    levels = load_contract(Path(__file__).parent / "data" / "levels.yaml")
    # 24x7 on Monday 09:00: the earliest of its own 8 h and 2 h in 8x5's office hours; 8x5
    # paused 09:30–10:30: "the clock stopped for 1 h of pauses"
    earliest = simulate(
        levels, "around-the-clock", scenario("2026-06-15T09:00+02:00", severity="critical")
    )
    pauses = [{"start": "2026-06-15T09:30+02:00", "end": "2026-06-15T10:30+02:00"}]
    paused = simulate(
        levels,
        "eight-five",
        scenario("2026-06-15T09:00+02:00", severity="critical", pauses=pauses),
    )
    texts = {
        s.text: s.phrase
        for result in (earliest, paused)
        for s in result.trace
        if s.topic in {"response", "work_start", "resolution", "release"}
    }
    for text, phrase in texts.items():
        assert phrase is not None  # every milestone's basis is ours
        assert phrase.say(ENGLISH) == text
    both = (
        "the earliest of: the report + 8 business hours; "
        "the report + 2 business hours (office hours of plan eight-five)"
    )
    phrase = texts[both]
    assert phrase is not None
    assert phrase.say(MARKED) == (
        "«the earliest of: {clocks}»".format(
            clocks="«{first}; {then}»".format(
                first="««the report» + 8 business hours»",
                then="«««the report» + 2 business hours» (office hours of plan eight-five)»",
            )
        )
    )
    stopped = next(t for t in texts if "the clock stopped for 1 h of pauses" in t)
    said = texts[stopped]
    assert said is not None
    assert said.say(MARKED).endswith("; the clock stopped for «1 h» of pauses»")


def test_weekdays_and_severities_are_words_of_the_language() -> None:
    """A release clock's weekdays and a rule's severities were ids in every language."""
    from models.vocabulary import severities_phrase, weekdays_phrase

    swedish = {
        "Tuesday": "tisdag",
        "Thursday": "torsdag",
        "{first} or {second}": "{first} eller {second}",
        "critical": "kritisk",
        "high": "hög",
    }
    sv = Wording(locale="sv_SE", translate=lambda s: swedish.get(s, s))
    days = weekdays_phrase(("tuesday", "thursday"))
    assert days.say(ENGLISH) == "Tuesday or Thursday"  # as " or ".join(capitalised ids)
    assert days.say(sv) == "tisdag eller torsdag"
    assert (
        weekdays_phrase(("monday", "wednesday", "friday")).say() == "Monday or Wednesday or Friday"
    )
    levels = severities_phrase(("critical", "high"))
    assert levels.say(ENGLISH) == "critical/high"
    assert levels.say(sv) == "kritisk/hög"


def test_cost_lines_and_fees_say_exactly_their_english_how_and_basis() -> None:
    """The cost lines' "how" and the fees' basis kept as phrases too (shown in the Why panel and
    the fee's tooltip): each says exactly the English text the JSON and the exports keep."""
    lines = fees = 0
    sources: set[str] = set()
    for result in _results():
        for line in result.cost.lines:
            if line.said is not None:
                assert line.said.say(ENGLISH) == line.reason
                sources.add(line.said.source)
                lines += 1
        for fee in (result.plan_fee, *result.fees):
            if fee is not None and fee.said is not None:
                assert fee.said.say(ENGLISH) == fee.basis
                fees += 1
    assert lines > 50
    assert fees > 100
    assert {"{hours} × {rate} per {minutes} min", "{hours} from the package × {rate}"} <= sources


def test_a_cost_lines_how_in_swedish_numbers() -> None:
    """Kian Pardaz's 50-hour package, 3 hours of work at the standard hourly rate 25,000,000
    IRR (the sample parameters): "3 h from the package × 25000000" → Swedish words, the rate
    grouped with Swedish no-break spaces."""
    state = bundled_comparison()
    kian = next(c.contract for c in state.contracts if c.contract.id == "kianpardaz")
    words = {"{hours} from the package × {rate}": "{hours} från paketet × {rate}"}
    swedish = Wording("sv_SE", translate=lambda source: words.get(source, source))
    found = []
    for sample in state.scenarios:
        result = simulate(kian, "hours-50", sample, state.parameters.get("kianpardaz"))
        for line in result.cost.lines:
            if line.said is not None and line.said.source in words:
                found.append((line.reason, line.said.say(swedish)))
    swedish_rate = "25\u00a0000\u00a0000"
    assert ("3 h from the package × 25000000", f"3 h från paketet × {swedish_rate}") in found
