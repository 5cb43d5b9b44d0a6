"""An erased participant's words never come back from a bundle made before the erasure."""

from coprod_app.domain.view import ViewDraft
from coprod_app.storage.bundle import export_bundle, import_bundle
from coprod_app.storage.privacy import erase_participant
from coprod_app.storage.sessions import add_participant
from coprod_app.storage.views import list_views, record_view
from tests.unit.bundle_helpers import laptop, new_session


def test_reimporting_an_old_bundle_does_not_bring_erased_words_back(tmp_path):
    officer = laptop(tmp_path / "officer.sqlite3")
    session_id = new_session(officer)
    child = add_participant(officer, session_id, group="young-person")
    other = add_participant(officer, session_id, group="parent-carer")
    record_view(officer, session_id, ViewDraft(text="Please remove my words zqxj", participant=child.code))
    record_view(officer, session_id, ViewDraft(text="Keep these words", participant=other.code))
    bundle = tmp_path / "before-erasure.coprod"
    export_bundle(officer, session_id, bundle)

    erase_participant(officer, session_id, child.code)
    report = import_bundle(officer, bundle)

    texts = [v.text for v in list_views(officer, session_id)]
    assert texts == ["Keep these words"]
    assert report["skipped_erased"] >= 2  # the participant and their view
