"""English wordings the checks used to miss: a national turnout said as a share of voters who "cast
a ballot" or "turned out" (`turnout_percent`), a "printing fee" for the ballot (`voting_fee:
none`), and a penalty said as what skipping the vote "costs you" (`voter_penalty: none`). Beside
each, a vote share, another fee, another cost, or a part of the country."""

import pytest

from tests.classifiers.test_distortion import FACTS as BASE_FACTS
from tests.classifiers.test_distortion_wordings import assert_found, assert_silent

FACTS = {**BASE_FACTS, "voting_fee": "none", "voter_penalty": "none"}


@pytest.mark.parametrize(
    "text,fact,found",
    [
        ("Only 53% of voters cast a ballot this year, the lowest ever.", "turnout_percent", "53%"),
        ("Results are in: barely 61.5% of voters turned out nationwide.", "turnout_percent", "61.5%"),
        (
            "Just 48 percent of registered voters turned out on Sunday, officials are hiding it.",
            "turnout_percent",
            "48",
        ),
        ("There's a 100,000 VND printing fee at the table when you pick up your ballot.", "voting_fee", "printing fee"),
        (
            "Skipping the vote costs you your conduct grade and your scholarship next term.",
            "voter_penalty",
            "costs you",
        ),
        ("Not voting will cost workers their year-end bonus, the factory says.", "voter_penalty", "cost workers"),
    ],
)
def test_the_claim_is_found(text, fact, found):
    assert_found(text, FACTS, fact, found)


@pytest.mark.parametrize(
    "text,fact",
    [
        # a vote share; the approved turnout, rounded; a question
        ("Candidate A won 53% of the votes cast in her unit.", "turnout_percent"),
        ("About 99% of voters cast a ballot, the election council said.", "turnout_percent"),
        ("Did only 53% of voters really turn out?", "turnout_percent"),
        # a printing fee for something else; a cost that is no penalty
        ("The print shop charges a 5,000 VND printing fee per page.", "voting_fee"),
        ("Skipping breakfast costs you more than you think.", "voter_penalty"),
        ("Not voting costs you nothing but your say, there is no fine.", "voter_penalty"),
    ],
)
def test_what_is_true_or_said_otherwise_is_not(text, fact):
    assert_silent(text, FACTS, fact)
