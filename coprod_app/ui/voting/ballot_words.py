"""The one short sentence the ballot shows and says after each tap: what was chosen, taken back,
refused, moved or undone (in the BallotPage translation context, with the ballot's other words)."""

from __future__ import annotations

from collections.abc import Callable

from coprod_app.domain.ballot import Change, Choosing
from coprod_app.ui.common.i18n import translate
from coprod_app.ui.voting.cards import rating_words
from coprod_app.ui.voting.rank_slots import place_name


def sentence(change: Change, choosing: Choosing, words_of: Callable[[str | None], str]) -> str:
    """One short sentence for what `change` did ("" when it did nothing), to show and to say."""
    words = words_of(change.key)
    method, most = choosing.method, choosing.most
    kind = change.kind
    if kind == "chose":
        return translate("BallotPage", "You chose: {words}.").format(words=words)
    if kind == "took_back":
        return translate("BallotPage", "You took back: {words}.").format(words=words)
    if kind == "refused":
        if method == "rank":
            return translate(
                "BallotPage", "All {most} places are full. Take a card out to change it."
            ).format(most=most)
        return translate("BallotPage", "You have chosen {most}. Tap a chosen card to change it.").format(
            most=most
        )
    if kind == "placed":
        return translate("BallotPage", "You chose: {words}. It is {place}.").format(
            words=words, place=place_name(change.slot + 1)
        )
    if kind == "took_out":
        return translate("BallotPage", "You took out: {words}. The {place} place is empty now.").format(
            words=words, place=place_name(change.slot + 1)
        )
    if kind in ("moved", "swapped"):
        moved, other, to = (
            (change.key, change.other_key, change.other)
            if change.key is not None
            else (change.other_key, change.key, change.slot)
        )
        back = change.slot if to == change.other else change.other
        said = translate("BallotPage", "{words} is {place} now.").format(
            words=words_of(moved), place=place_name(to + 1)
        )
        if other is not None:
            said += " " + translate("BallotPage", "{words} is {place} now.").format(
                words=words_of(other), place=place_name(back + 1)
            )
        return said
    if kind == "rated":
        return translate("BallotPage", "You chose {rating} for: {words}.").format(
            rating=rating_words(None, change.rating), words=words
        )
    if kind == "undone" and change.undone is not None:
        before = change.undone
        if before.kind in ("chose", "placed"):
            return translate("BallotPage", "Undone. You took back: {words}.").format(words=words)
        if before.kind == "took_back":
            return translate("BallotPage", "Undone. You chose again: {words}.").format(words=words)
        if before.kind == "took_out":
            return translate("BallotPage", "Undone. {words} is {place} again.").format(
                words=words, place=place_name(before.slot + 1)
            )
        if before.kind in ("moved", "swapped"):
            return translate("BallotPage", "Undone. The places are back as they were.")
        if before.kind == "rated":
            rating = choosing.choices.rating_of(before.key)
            if rating is None:
                return translate("BallotPage", "Undone. {words} has no answer now.").format(words=words)
            return translate("BallotPage", "Undone. {words}: {rating} again.").format(
                words=words, rating=rating_words(None, rating)
            )
    return ""
