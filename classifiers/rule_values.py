"""The approved values of the rule facts: which rule check each one calls for (``rule_kind``),
and how a finding's message says the approved value (``HUMAN``)."""

from __future__ import annotations

__all__ = ["HUMAN", "rule_kind"]

HUMAN = {
    "public_count": "decided by the public count of the votes",
    "none": "none",
    "in_person": "in person at the polling station",
    "secret": "secret",
    "listed_in_law": "invalid only if not the team's form, unstamped, more names left than seats, every name crossed out,"
    " or names or words added",
    "on_the_list": "each voter is on one list, where they live (temporary residents too)",
    "voter_card": "the voter card is the one paper a voter shows",
    "more_than_half": "more than half",
    "more_candidates_than_seats": "more candidates than seats in every unit",
    "stamp_on_voter_card": "the team stamps the voter card; nothing is put on the voter's hand",
    "one_day": "one day, a Sunday",
    "right_and_duty": "a right and a duty; no law makes it compulsory",
    "death_row_prison_incapacity": "those on death row, serving a prison term without a suspended sentence, or"
    " declared incapacitated by a court are left off; detainees vote where they are held",
    "consultation_and_voters_meetings": "every candidate goes through the consultation conferences and the voters'"
    " meetings before the official list",
    "posted_list_and_biography": "what the election bodies post (the official list and each candidate's biography);"
    " recordings, screenshots and leaked papers are not",
}


def rule_kind(name: str, value) -> str | None:
    """The rule check for key fact ``name`` with approved ``value``, if it is one."""
    v = str(value).strip().lower()
    if name.endswith("council_levels"):
        return "levels"
    if name.endswith("_decided_by"):
        return "decided"
    for part, kind in (("penalty", "penalty"), ("fee", "fee"), ("_requests", "request")):
        if part in name and v == "none":
            return kind
    if name.endswith("_method") and v == "in_person":
        return "method"
    if name.endswith("_invalid_reasons"):
        return "validity"
    if v == "more_than_half":
        return "share" if name.startswith("winner") else "quorum"
    return _BY_VALUE.get(v)


_BY_VALUE = {"secret": "secret", "on_the_list": "residence", "voter_card": "documents", "cross_out": "marking", "more_candidates_than_seats": "surplus", "stamp_on_voter_card": "voted_mark",
             "posted_list_and_biography": "candidate", "consultation_and_voters_meetings": "vetting",
             "every_citizen_21": "standing",
             "one_day": "one_day", "right_and_duty": "compulsory", "death_row_prison_incapacity": "eligibility",
             "national election council": "announcer"}  # fmt: skip
