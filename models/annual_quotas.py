"""Quotas over time for the yearly view, in report order, with numpy over many years at once.

A quota decides a ticket by what earlier tickets used. Every quota here takes a ticket when it
fits in what is left (of the year's customisation hours, of the package and the month's cap), so
the accounting is a *greedy fill*: tickets in order, each taken if its draw fits in the room
left, the room only shrinking. `greedy_fill` runs it for all years (or months) together in a few
rounds of whole-array steps (a round takes the longest prefix that fits in each group and drops
what can never fit), never a Python loop over tickets. The package runs a loop over the twelve
months (its balance carries over and its monthly minimum is drawn at month end).
"""

from __future__ import annotations

import numpy as np

from models.annual_tickets import QUARTERS_PER_HOUR, BoolArray, IntArray, Tickets
from models.contract import Plan
from models.rules import MonthlyHourCap, MonthlyMinimumHours, PackageHours


def group_starts(group: IntArray) -> IntArray:
    """Where each run of equal, sorted group ids begins."""
    starts: IntArray = np.r_[0, np.flatnonzero(np.diff(group)) + 1].astype(np.int64)
    return starts


def rank_in_groups(group: IntArray) -> IntArray:
    """0, 1, 2… within each run of equal, sorted group ids."""
    if not len(group):
        return group
    starts = group_starts(group)
    first = np.repeat(starts, np.diff(np.r_[starts, len(group)]))
    ranks: IntArray = np.arange(len(group), dtype=np.int64) - first
    return ranks


def sum_before_in_group(group: IntArray, values: IntArray) -> IntArray:
    """For each entry, the sum of the values before it in its run of equal, sorted group ids."""
    if not len(group):
        return values.copy()
    running = np.cumsum(values)
    starts = group_starts(group)
    before_group = np.repeat(np.r_[0, running[starts[1:] - 1]], np.diff(np.r_[starts, len(group)]))
    before: IntArray = running - values - before_group
    return before


def greedy_fill(group: IntArray, draw: IntArray, room: IntArray) -> BoolArray:
    """Which entries are taken when each, in order, is taken if its draw fits in what is left of
    its group's room (`group` sorted, `room` indexed by group id, draws not negative)."""
    room = room.astype(np.int64).copy()
    taken = np.zeros(len(group), dtype=bool)
    waiting = np.arange(len(group), dtype=np.int64)
    while len(waiting):
        # the room only shrinks: what does not fit now never will
        waiting = waiting[draw[waiting] <= room[group[waiting]]]
        if not len(waiting):
            break
        groups, draws = group[waiting], draw[waiting]
        # the first waiting entry of each group fits, so every round takes at least one
        fits = sum_before_in_group(groups, draws) + draws <= room[groups]
        taken[waiting[fits]] = True
        room -= np.bincount(groups[fits], weights=draws[fits], minlength=len(room)).astype(np.int64)
        waiting = waiting[~fits]
    return taken


def over_yearly_hours(
    tickets: Tickets, eligible: BoolArray, allowance: int, years: int
) -> BoolArray:
    """Tickets beyond a yearly allowance of quarter hours (each taken if its effort fits in
    what is left; one that does not fit is refused and uses nothing)."""
    index = np.flatnonzero(eligible)
    taken = greedy_fill(
        tickets.year[index], tickets.quarters[index], np.full(years, allowance, dtype=np.int64)
    )
    over = np.zeros(len(tickets), dtype=bool)
    over[index[~taken]] = True
    return over


def package_over(
    tickets: Tickets,
    eligible: BoolArray,
    years: int,
    size: int,
    per_ticket: int,
    cap: int,
    minimum: int,
) -> tuple[BoolArray, BoolArray]:
    """P11 over time, in quarter hours: each ticket draws max(per_ticket, effort); at most `cap`
    in a month; at least `minimum` is drawn each month, used or not; a ticket that does not fit
    is refused: package used up when its draw is beyond the balance, else the cap. The balance
    is `size` at the start of each year (hours lapse)."""
    n = len(tickets)
    over_package = np.zeros(n, dtype=bool)
    over_cap = np.zeros(n, dtype=bool)
    draw_all = np.maximum(per_ticket, tickets.quarters)
    balance = np.full(years, size, dtype=np.int64)
    for month in tickets.by_month():
        index = month[eligible[month]]
        group, draw = tickets.year[index], draw_all[index]
        taken = greedy_fill(group, draw, np.minimum(balance, cap))
        refused = ~taken
        if refused.any():
            balance_before = balance[group] - sum_before_in_group(group, np.where(taken, draw, 0))
            beyond = draw > balance_before
            over_package[index[refused & beyond]] = True
            over_cap[index[refused & ~beyond]] = True
        used = np.bincount(group[taken], weights=draw[taken], minlength=years).astype(np.int64)
        balance -= used
        balance -= np.minimum(np.maximum(0, minimum - used), balance)
    return over_package, over_cap


def hours_left_before(tickets: Tickets, debited: IntArray, allowance: int) -> IntArray:
    """For each debited ticket, the included quarter hours left before it in its year."""
    used_before = sum_before_in_group(tickets.year[debited], tickets.quarters[debited])
    left: IntArray = np.maximum(0, allowance - used_before)
    return left


def package_accounting(
    plan: Plan, package: PackageHours, tickets: Tickets, eligible: BoolArray, years: int
) -> tuple[BoolArray, BoolArray]:
    """P11 over time: each ticket draws max(minimum, effort) hours; at most the monthly cap in a
    month; at least the monthly minimum is drawn each month, used or not; when the package is
    used up, no support (P12). Hours lapse at the end of the year."""
    q = QUARTERS_PER_HOUR
    size = int(package.hours * q)
    cap_quota = plan.quota("monthly_hour_cap")
    cap = (
        int(package.hours * cap_quota.percent_of_package / 100 * q)
        if isinstance(cap_quota, MonthlyHourCap)
        else size
    )
    minimum_quota = plan.quota("monthly_minimum_hours")
    minimum = int(minimum_quota.hours * q) if isinstance(minimum_quota, MonthlyMinimumHours) else 0
    per_ticket = int(package.per_ticket_minimum_hours * q)
    return package_over(tickets, eligible, years, size, per_ticket, cap, minimum)


def only_debits(plan: Plan, parameter: str) -> bool:
    """Is the included-hours parameter read only to debit hours (so any value at or above a
    ticket's effort prices it alike)?"""
    others = [plan.fee, *plan.scope, *plan.pricing]
    return not any(parameter in repr(rule) for rule in others if rule is not None)
