"""A session with the optional demographic questions switched off keeps none of them."""

from coprod_app.storage import privacy as privacy_store
from coprod_app.storage.sessions import add_participant


def test_switched_off_demographics_are_not_kept(db, session):
    privacy_store.set_ask_demographics(db, session.id, False)
    p = add_participant(
        db, session.id, group="young-person", age_band="11-15", town="Yarm", quote_consent=True
    )
    assert (p.group, p.age_band, p.town, p.quote_consent) == (None, None, None, True)


def test_demographics_kept_when_asked(db, session):
    p = add_participant(db, session.id, group="young-person", age_band="11-15", town="yarm")
    assert (p.group, p.age_band, p.town) == ("young-person", "11-15", "Yarm")
