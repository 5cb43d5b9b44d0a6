<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>BallotPage</name>
        <message numerus="yes">
            <location filename="../../coprod_app/ui/voting/ballot_page.py" line="291" />
            <source>Tap up to %n card(s) that matter most to you.</source>
            <translation>
                <numerusform>Tap up to %n card that matters most to you.</numerusform>
                <numerusform>Tap up to %n cards that matter most to you.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../coprod_app/ui/voting/ballot_page.py" line="293" />
            <source>Tap up to %n card(s) in order. Tap the most important first.</source>
            <translation>
                <numerusform>Tap up to %n card in order. Tap the most important first.</numerusform>
                <numerusform>Tap up to %n cards in order. Tap the most important first.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../coprod_app/ui/voting/ballot_page.py" line="429" />
            <source>You rated {count} of %n card(s).</source>
            <translation>
                <numerusform>You rated {count} of %n card.</numerusform>
                <numerusform>You rated {count} of %n cards.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Counts</name>
        <message numerus="yes">
            <location filename="../../coprod_app/ui/common/i18n.py" line="66" />
            <source>%n view(s)</source>
            <translation>
                <numerusform>%n view</numerusform>
                <numerusform>%n views</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../coprod_app/ui/common/i18n.py" line="70" />
            <source>%n vote(s)</source>
            <translation>
                <numerusform>%n vote</numerusform>
                <numerusform>%n votes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../coprod_app/ui/common/i18n.py" line="74" />
            <source>%n session(s)</source>
            <translation>
                <numerusform>%n session</numerusform>
                <numerusform>%n sessions</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ExchangeMenu</name>
        <message numerus="yes">
            <location filename="../../coprod_app/ui/menus/exchange.py" line="376" />
            <source>It still held %n record(s) erased or purged since: they were removed again and wiped from the file.</source>
            <translation>
                <numerusform>It still held %n record erased or purged since: they were removed again and wiped from the file.</numerusform>
                <numerusform>It still held %n records erased or purged since: they were removed again and wiped from the file.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FacilitatorConsole</name>
        <message numerus="yes">
            <location filename="../../coprod_app/ui/voting/console.py" line="62" />
            <source>Vote round {round}: {method}, %n card(s)</source>
            <translation>
                <numerusform>Vote round {round}: {method}, %n card</numerusform>
                <numerusform>Vote round {round}: {method}, %n cards</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>NewRoundDialog</name>
        <message numerus="yes">
            <location filename="../../coprod_app/ui/voting/round_dialog.py" line="40" />
            <source>All %n commitment(s)</source>
            <translation>
                <numerusform>All %n commitment</numerusform>
                <numerusform>All %n commitments</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PinPad</name>
        <message numerus="yes">
            <location filename="../../coprod_app/ui/voting/pin_pad.py" line="152" />
            <source>Wrong PIN. Try again in %n second(s).</source>
            <translation>
                <numerusform>Wrong PIN. Try again in %n second.</numerusform>
                <numerusform>Wrong PIN. Try again in %n seconds.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReportView</name>
        <message numerus="yes">
            <location filename="../../coprod_app/ui/officer/report_view.py" line="747" />
            <source>Past due (%n)</source>
            <translation>
                <numerusform>Past due (%n)</numerusform>
                <numerusform>Past due (%n)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ResultsChart</name>
        <message numerus="yes">
            <location filename="../../coprod_app/ui/voting/results_chart.py" line="65" />
            <source>%n vote(s)</source>
            <translation>
                <numerusform>%n vote</numerusform>
                <numerusform>%n votes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../coprod_app/ui/voting/results_chart.py" line="185" />
            <source>%n point(s)</source>
            <translation>
                <numerusform>%n point</numerusform>
                <numerusform>%n points</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ResultsPage</name>
        <message numerus="yes">
            <location filename="../../coprod_app/ui/voting/results_page.py" line="261" />
            <source>%n vote(s). Most liked first.</source>
            <translation>
                <numerusform>%n vote. Most liked first.</numerusform>
                <numerusform>%n votes. Most liked first.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../coprod_app/ui/voting/results_page.py" line="263" />
            <source>%n vote(s). Most chosen first.</source>
            <translation>
                <numerusform>%n vote. Most chosen first.</numerusform>
                <numerusform>%n votes. Most chosen first.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SessionPage</name>
        <message numerus="yes">
            <location filename="../../coprod_app/ui/capture/session_page.py" line="267" />
            <source>{shown} of %n view(s) shown</source>
            <translation>
                <numerusform>{shown} of %n view shown</numerusform>
                <numerusform>{shown} of %n views shown</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SessionsModel</name>
        <message numerus="yes">
            <location filename="../../coprod_app/ui/capture/session_list.py" line="38" />
            <source>%n people</source>
            <translation>
                <numerusform>%n person</numerusform>
                <numerusform>%n people</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>UnlockDialog</name>
        <message numerus="yes">
            <location filename="../../coprod_app/ui/privacy/passphrase_lock.py" line="77" />
            <source>That passphrase is not right. %n tries left.</source>
            <translation>
                <numerusform>That passphrase is not right. %n try left.</numerusform>
                <numerusform>That passphrase is not right. %n tries left.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>VoteResultsDialog</name>
        <message numerus="yes">
            <location filename="../../coprod_app/ui/voting/results_dialog.py" line="28" />
            <source>%n ballot(s)</source>
            <translation>
                <numerusform>%n ballot</numerusform>
                <numerusform>%n ballots</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../coprod_app/ui/voting/results_dialog.py" line="29" />
            <source>%n vote(s)</source>
            <translation>
                <numerusform>%n vote</numerusform>
                <numerusform>%n votes</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>VotingMenu</name>
        <message numerus="yes">
            <location filename="../../coprod_app/ui/menus/voting.py" line="76" />
            <source>%n card(s)</source>
            <translation>
                <numerusform>%n card</numerusform>
                <numerusform>%n cards</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../coprod_app/ui/menus/voting.py" line="77" />
            <source>%n ballot(s)</source>
            <translation>
                <numerusform>%n ballot</numerusform>
                <numerusform>%n ballots</numerusform>
            </translation>
        </message>
    </context>
</TS>
