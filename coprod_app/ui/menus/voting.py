"""The Voting menu: a round for the open session, the participant screen, paper tallies, results."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QInputDialog, QMessageBox

from coprod_app.domain.errors import CoprodError
from coprod_app.ui.common import plain_text
from coprod_app.ui.common.i18n import translate
from coprod_app.ui.menus._actions import MenuWindow, add_action


def install(window: MenuWindow) -> None:
    window.voting_menu = VotingMenu(window)


class VotingMenu:
    def __init__(self, window: MenuWindow) -> None:
        self.window = window
        self.participant = None
        self.console = None
        menu = window.menuBar().addMenu(translate("VotingMenu", "Vot&ing"))
        menu.setObjectName("menu_voting")
        self.menu = menu
        for text, name, slot, shortcut in (
            (translate("VotingMenu", "&New vote round…"), "action_new_round", self.new_round, "Ctrl+Shift+R"),
            (
                translate("VotingMenu", "&Start participant screen…"),
                "action_participant_screen",
                self.start,
                "Ctrl+Shift+V",
            ),
            (translate("VotingMenu", "Enter paper &tally…"), "action_paper_tally", self.paper_tally, None),
            (translate("VotingMenu", "&Results…"), "action_vote_results", self.results, None),
            (translate("VotingMenu", "&Close vote round…"), "action_close_round", self.close_round, None),
            (translate("VotingMenu", "Set facilitator &PIN…"), "action_set_pin", self.set_pin, None),
        ):
            add_action(menu, text, name, slot, parent=window, shortcut=shortcut)

    def _session_id(self) -> int | None:
        session_id = self.window.current_session_id()
        if session_id is None:
            QMessageBox.information(
                self.window,
                QCoreApplication.translate("VotingMenu", "No session open"),
                QCoreApplication.translate("VotingMenu", "Open or create a session first."),
            )
            return None
        return session_id

    def _choose_round(self, open_only: bool):
        from coprod_app.domain.voting import METHOD_LABELS
        from coprod_app.storage import votes as vote_store

        session_id = self._session_id()
        if session_id is None:
            return None
        rounds = [r for r in vote_store.list_rounds(self.window.db, session_id) if r.is_open or not open_only]
        if not rounds:
            QMessageBox.information(
                self.window,
                QCoreApplication.translate("VotingMenu", "No vote round"),
                QCoreApplication.translate(
                    "VotingMenu", "Start a vote round first (Voting → New vote round)."
                ),
            )
            return None
        if len(rounds) == 1:
            return rounds[0]
        labels = [
            translate("VotingMenu", "Round {round}: {method}, {cards}, {ballots} ({status})").format(
                round=r.id,
                method=METHOD_LABELS[r.method],
                cards=translate("VotingMenu", "%n card(s)", None, len(r.commitments)),
                ballots=translate("VotingMenu", "%n ballot(s)", None, r.ballots),
                status=r.status,
            )
            for r in reversed(rounds)
        ]
        label, ok = QInputDialog.getItem(
            self.window,
            QCoreApplication.translate("VotingMenu", "Which vote round?"),
            QCoreApplication.translate("VotingMenu", "Vote round:"),
            labels,
            0,
            False,
        )
        return list(reversed(rounds))[labels.index(label)] if ok else None

    def new_round(self) -> None:
        from coprod_app.storage import votes as vote_store
        from coprod_app.storage.sessions import session_pack
        from coprod_app.ui.voting.round_dialog import NewRoundDialog

        session_id = self._session_id()
        if session_id is None:
            return
        db = self.window.db
        dialog = NewRoundDialog(
            session_pack(db, session_id),
            lambda **f: vote_store.create_round(db, session_id, **f),
            self.window,
        )
        if dialog.exec() and dialog.round is not None:
            self.window.statusBar().showMessage(
                translate("VotingMenu", "Started vote round {round}.").format(round=dialog.round.id),
                8000,
            )

    def set_pin(self) -> bool:
        from coprod_app.storage import pin as pin_store
        from coprod_app.ui.voting.pin_pad import SetPinDialog

        db = self.window.db
        dialog = SetPinDialog(
            lambda pin, current: pin_store.set_facilitator_pin(db, pin, current),
            self.window,
            needs_current=pin_store.facilitator_pin_hash(db) is not None,
        )
        return bool(dialog.exec())

    def start(self) -> None:
        from coprod_app.storage import pin as pin_store
        from coprod_app.ui.voting.participant_screen import start_participant_mode

        if self.participant is not None and not self.participant.has_ended:
            self.participant.come_back()
            return
        if not pin_store.facilitator_pin_hash(self.window.db):
            QMessageBox.information(
                self.window,
                QCoreApplication.translate("VotingMenu", "Set a PIN first"),
                QCoreApplication.translate(
                    "VotingMenu",
                    "The participant screen can only be left with a PIN. Set one for this laptop now.",
                ),
            )
            if not self.set_pin():
                return
        rnd = self._choose_round(open_only=True)
        if rnd is None:
            return
        screens = QGuiApplication.screens()
        screen = screens[0]
        if len(screens) > 1:
            here = self.window.screen()
            others = [s for s in screens if s is not here] + [here]
            labels = [f"{s.name()} ({s.geometry().width()}×{s.geometry().height()})" for s in others]
            label, ok = QInputDialog.getItem(
                self.window,
                QCoreApplication.translate("VotingMenu", "Which screen?"),
                QCoreApplication.translate("VotingMenu", "Show the voting screen on:"),
                labels,
                0,
                False,
            )
            if not ok:
                return
            screen = others[labels.index(label)]
        try:
            self.participant, self.console = start_participant_mode(
                self.window.db, rnd.id, screen, laptop=self.window.screen()
            )
        except CoprodError as exc:
            plain_text.warning(  # the sentence may quote the session's pack
                self.window, QCoreApplication.translate("VotingMenu", "Could not start voting"), str(exc)
            )
            return
        self.participant.ended.connect(self._ended)

    def resume(self):
        """Voting was on when the app last stopped without the PIN (a crash, a power cut): on again, locked.

        Called before the main window is first shown, so that it shows its lock cover from its first
        paint. Returns the voting screen, or None when there was nothing to come back to.
        """
        from coprod_app.storage import pin as pin_store

        round_id = pin_store.voting_to_resume(self.window.db)
        if round_id is None:
            return None
        # Only now: with no round to come back to, the voting screens are not loaded at start-up.
        from coprod_app.ui.voting.participant_screen import start_participant_mode

        screens = QGuiApplication.screens()
        here = self.window.screen()
        screen = next((s for s in screens if s is not here), here)  # the projector, as most often chosen
        try:
            self.participant, self.console = start_participant_mode(
                self.window.db, round_id, screen, laptop=here
            )
        except CoprodError as exc:
            plain_text.warning(
                self.window, QCoreApplication.translate("VotingMenu", "Could not start voting"), str(exc)
            )
            return None
        self.participant.ended.connect(self._ended)
        return self.participant

    def _ended(self) -> None:
        self.participant = None
        self.console = None
        self.window.refresh_sessions()

    def paper_tally(self) -> None:
        from coprod_app.storage.sessions import session_pack
        from coprod_app.ui.voting.tally_dialog import TallyDialog

        rnd = self._choose_round(open_only=True)
        if rnd is None:
            return
        TallyDialog(self.window.db, rnd, session_pack(self.window.db, rnd.session_id), self.window).exec()

    def results(self) -> None:
        from coprod_app.ui.voting.results_dialog import VoteResultsDialog

        rnd = self._choose_round(open_only=False)
        if rnd is not None:
            VoteResultsDialog(self.window.db, rnd.id, self.window).exec()

    def close_round(self) -> None:
        from coprod_app.storage import votes as vote_store

        rnd = self._choose_round(open_only=True)
        if rnd is None:
            return
        try:
            vote_store.close_round(self.window.db, rnd.id)
        except CoprodError as exc:
            plain_text.warning(
                self.window, QCoreApplication.translate("VotingMenu", "Could not close the round"), str(exc)
            )
            return
        self.window.statusBar().showMessage(
            translate("VotingMenu", "Vote round {round} is closed.").format(round=rnd.id),
            8000,
        )
