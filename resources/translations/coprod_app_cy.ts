<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy_GB">
    <context>
        <name>ActionsEditor</name>
        <message>
            <location filename="../../coprod_app/ui/officer/themes_editor.py" line="59" />
            <source>Themes and actions: {session}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/themes_editor.py" line="63" />
            <source>Views this theme came from (tick to include)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/themes_editor.py" line="65" />
            <source>Views at this session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/themes_editor.py" line="69" />
            <source>Themes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/themes_editor.py" line="71" />
            <source>&amp;New theme</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/themes_editor.py" line="71" />
            <source>Start a new theme</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/themes_editor.py" line="73" />
            <source>Delete theme</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/themes_editor.py" line="74" />
            <source>Delete the chosen theme</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/themes_editor.py" line="76" />
            <source>Themes (you said)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/themes_editor.py" line="85" />
            <source>Theme title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/themes_editor.py" line="86" />
            <source>You said: a short summary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/themes_editor.py" line="89" />
            <source>&amp;Save theme</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/themes_editor.py" line="90" />
            <source>Save the theme with the ticked views</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/themes_editor.py" line="93" />
            <source>Actions (we did)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/themes_editor.py" line="94" />
            <location filename="../../coprod_app/ui/officer/themes_editor.py" line="136" />
            <source>We did</source>
            <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
            <translation type="unfinished">Fe wnaethon ni</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/themes_editor.py" line="94" />
            <location filename="../../coprod_app/ui/officer/themes_editor.py" line="106" />
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/themes_editor.py" line="94" />
            <source>Owner</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/themes_editor.py" line="95" />
            <source>Due</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/themes_editor.py" line="102" />
            <source>The chosen action's status history</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/themes_editor.py" line="105" />
            <source>We did: what was or will be done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/themes_editor.py" line="109" />
            <source>Reason (needed when not possible)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/themes_editor.py" line="110" />
            <source>Owner: a role, not a person's name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/themes_editor.py" line="111" />
            <source>Due date, YYYY-MM-DD (optional)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/themes_editor.py" line="116" />
            <source>Date it happened: the day the action got this status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/themes_editor.py" line="120" />
            <source>&amp;Add action</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/themes_editor.py" line="120" />
            <source>Add the action</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/themes_editor.py" line="122" />
            <source>Change &amp;status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/themes_editor.py" line="123" />
            <source>Give the chosen action this status and reason</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/themes_editor.py" line="132" />
            <source>&amp;Title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/themes_editor.py" line="133" />
            <source>&amp;You said</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/themes_editor.py" line="138" />
            <source>History of the chosen action</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/themes_editor.py" line="141" />
            <source>&amp;We did</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/themes_editor.py" line="142" />
            <source>Stat&amp;us</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/themes_editor.py" line="143" />
            <source>&amp;Reason</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/themes_editor.py" line="144" />
            <source>&amp;Owner role</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/themes_editor.py" line="145" />
            <source>&amp;Due</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/themes_editor.py" line="146" />
            <source>&amp;Happened on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/themes_editor.py" line="169" />
            <source>facilitator</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>BallotPage</name>
        <message>
            <location filename="../../coprod_app/ui/voting/ballot_page.py" line="103" />
            <location filename="../../coprod_app/ui/voting/ballot_page.py" line="105" />
            <source>Undo last tap</source>
            <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
            <translation>Dadwneud y tap olaf</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/ballot_page.py" line="106" />
            <source>Takes back the last card you chose.</source>
            <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
            <translation type="unfinished">Yn tynnu'n ôl y cerdyn olaf a ddewisaist ti.</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/ballot_page.py" line="111" />
            <source>Done ✓</source>
            <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
            <translation>Wedi gorffen ✓</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/ballot_page.py" line="113" />
            <source>Done</source>
            <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
            <translation>Wedi gorffen</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/ballot_page.py" line="114" />
            <source>See what you chose before sending it.</source>
            <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
            <translation type="unfinished">Gweld beth ddewisaist ti cyn ei anfon.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../coprod_app/ui/voting/ballot_page.py" line="192" />
            <source>Tap up to %n card(s) that matter most to you.</source>
            <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
            <translation type="unfinished">
                <numerusform>Tapia hyd at %n cerdyn sydd bwysicaf i ti.</numerusform>
                <numerusform>Tapia hyd at %n cerdyn sydd bwysicaf i ti.</numerusform>
                <numerusform>Tapia hyd at %n cerdyn sydd bwysicaf i ti.</numerusform>
                <numerusform>Tapia hyd at %n cerdyn sydd bwysicaf i ti.</numerusform>
                <numerusform>Tapia hyd at %n cerdyn sydd bwysicaf i ti.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../coprod_app/ui/voting/ballot_page.py" line="194" />
            <source>Tap up to %n card(s) in order. Tap the most important first.</source>
            <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
            <translation type="unfinished">
                <numerusform>Tapia hyd at %n cerdyn yn eu trefn. Tapia'r un pwysicaf yn gyntaf.</numerusform>
                <numerusform>Tapia hyd at %n cerdyn yn eu trefn. Tapia'r un pwysicaf yn gyntaf.</numerusform>
                <numerusform>Tapia hyd at %n cerdyn yn eu trefn. Tapia'r un pwysicaf yn gyntaf.</numerusform>
                <numerusform>Tapia hyd at %n cerdyn yn eu trefn. Tapia'r un pwysicaf yn gyntaf.</numerusform>
                <numerusform>Tapia hyd at %n cerdyn yn eu trefn. Tapia'r un pwysicaf yn gyntaf.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/ballot_page.py" line="202" />
            <source>You have chosen {most}. Tap a chosen card to change it.</source>
            <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
            <translation type="unfinished">Rwyt ti wedi dewis {most}. Tapia gerdyn rwyt ti wedi'i ddewis i'w newid.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../coprod_app/ui/voting/ballot_page.py" line="253" />
            <source>You rated {count} of %n card(s).</source>
            <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
            <translation type="unfinished">
                <numerusform>Rwyt ti wedi rhoi barn ar {count} o %n cerdyn.</numerusform>
                <numerusform>Rwyt ti wedi rhoi barn ar {count} o %n cerdyn.</numerusform>
                <numerusform>Rwyt ti wedi rhoi barn ar {count} o %n cerdyn.</numerusform>
                <numerusform>Rwyt ti wedi rhoi barn ar {count} o %n cerdyn.</numerusform>
                <numerusform>Rwyt ti wedi rhoi barn ar {count} o %n cerdyn.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/ballot_page.py" line="256" />
            <source>You chose {count} of {most}.</source>
            <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
            <translation type="unfinished">Rwyt ti wedi dewis {count} o {most}.</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/ballot_page.py" line="195" />
            <source>For each card, tap Like, Not sure or Don't like.</source>
            <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
            <translation>Ar gyfer pob cerdyn, tapia Hoffi, Ddim yn siŵr neu Ddim yn hoffi.</translation>
        </message>
    </context>
    <context>
        <name>CaptureForm</name>
        <message>
            <location filename="../../coprod_app/ui/capture/capture_form.py" line="79" />
            <source>What was said</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/capture/capture_form.py" line="80" />
            <source>Type the words as said. Enter saves, Shift+Enter starts a new line.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/capture/capture_form.py" line="82" />
            <location filename="../../coprod_app/ui/capture/capture_form.py" line="346" />
            <source>Type what was said, then press Enter to save…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/capture/capture_form.py" line="88" />
            <location filename="../../coprod_app/ui/capture/capture_form.py" line="306" />
            <source>New view</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/capture/capture_form.py" line="91" />
            <source>Charter principles</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/capture/capture_form.py" line="95" />
            <source>Priority</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/capture/capture_form.py" line="99" />
            <source>Priority (Alt+P)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/capture/capture_form.py" line="101" />
            <source>Commitments</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/capture/capture_form.py" line="102" />
            <source>Space ticks or unticks the commitment under the cursor.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/capture/capture_form.py" line="106" />
            <source>Commitments (Alt+M, Space ticks)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/capture/capture_form.py" line="108" />
            <source>How they feel about it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/capture/capture_form.py" line="113" />
            <source>Not clear</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/capture/capture_form.py" line="113" />
            <source>Positive</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/capture/capture_form.py" line="114" />
            <source>Mixed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/capture/capture_form.py" line="114" />
            <source>Negative</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/capture/capture_form.py" line="117" />
            <source>not clear</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/capture/capture_form.py" line="117" />
            <source>Sentiment: {sentiment}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/capture/capture_form.py" line="124" />
            <source>How the view was given</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/capture/capture_form.py" line="127" />
            <source>How given (Alt+G)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/capture/capture_form.py" line="129" />
            <source>Who said it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/capture/capture_form.py" line="130" />
            <source>A participant's anonymous code, or none for the facilitator's own note.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/capture/capture_form.py" line="133" />
            <source>Who (Alt+W)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/capture/capture_form.py" line="134" />
            <source>New code…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/capture/capture_form.py" line="135" />
            <source>New participant code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/capture/capture_form.py" line="137" />
            <source>Follow up offline (safeguarding: write no details here) (Alt+U)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/capture/capture_form.py" line="138" />
            <source>Follow up offline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/capture/capture_form.py" line="146" />
            <location filename="../../coprod_app/ui/capture/capture_form.py" line="307" />
            <source>Save view (Enter)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/capture/capture_form.py" line="146" />
            <source>Save view</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/capture/capture_form.py" line="148" />
            <source>Cancel edit (Esc)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/capture/capture_form.py" line="148" />
            <source>Cancel edit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/capture/capture_form.py" line="154" />
            <source>Save status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/capture/capture_form.py" line="206" />
            <source>No particular priority</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/capture/capture_form.py" line="225" />
            <source>No one in particular (facilitator's note)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/capture/capture_form.py" line="228" />
            <source>may quote</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/capture/capture_form.py" line="228" />
            <source>do not quote</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/capture/capture_form.py" line="299" />
            <source>Changing view {view}: Enter saves the change, Esc cancels</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/capture/capture_form.py" line="300" />
            <source>Save change (Enter)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/capture/capture_form.py" line="345" />
            <source>This session is closed. Reopen it to record more views.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ChoiceCard</name>
        <message>
            <location filename="../../coprod_app/ui/voting/cards.py" line="141" />
            <source>Card {position} of {total}: {priority}</source>
            <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
            <translation type="unfinished">Cerdyn {position} o {total}: {priority}</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/cards.py" line="168" />
            <source>Read aloud: {words}</source>
            <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
            <translation type="unfinished">Darllen yn uchel: {words}</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/cards.py" line="188" />
            <source>not chosen</source>
            <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
            <translation>heb ei ddewis</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/cards.py" line="190" />
            <source>chosen</source>
            <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
            <translation>wedi'i ddewis</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/cards.py" line="190" />
            <source>choice number {number}</source>
            <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
            <translation type="unfinished">dewis rhif {number}</translation>
        </message>
    </context>
    <context>
        <name>Counts</name>
        <message numerus="yes">
            <location filename="../../coprod_app/ui/common/i18n.py" line="66" />
            <source>%n view(s)</source>
            <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
            <translation type="unfinished">
                <numerusform>%n sylw</numerusform>
                <numerusform>%n sylw</numerusform>
                <numerusform>%n sylw</numerusform>
                <numerusform>%n sylw</numerusform>
                <numerusform>%n sylw</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../coprod_app/ui/common/i18n.py" line="70" />
            <source>%n vote(s)</source>
            <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
            <translation type="unfinished">
                <numerusform>%n pleidlais</numerusform>
                <numerusform>%n pleidlais</numerusform>
                <numerusform>%n pleidlais</numerusform>
                <numerusform>%n pleidlais</numerusform>
                <numerusform>%n pleidlais</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../coprod_app/ui/common/i18n.py" line="74" />
            <source>%n session(s)</source>
            <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
            <translation type="unfinished">
                <numerusform>%n sesiwn</numerusform>
                <numerusform>%n sesiwn</numerusform>
                <numerusform>%n sesiwn</numerusform>
                <numerusform>%n sesiwn</numerusform>
                <numerusform>%n sesiwn</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DatabaseWatch</name>
        <message>
            <location filename="../../coprod_app/ui/database_watch.py" line="78" />
            <source>That view was removed elsewhere (erased, purged or restored away).</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DevicesDialog</name>
        <message>
            <location filename="../../coprod_app/ui/exchange/devices_dialog.py" line="46" />
            <source>Laptops I trust</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/exchange/devices_dialog.py" line="49" />
            <source>This laptop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/exchange/devices_dialog.py" line="51" />
            <source>Bundles this laptop exports are signed with its own key. To import them, the officer's laptop trusts this fingerprint once: read it out, or show this screen beside theirs.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/exchange/devices_dialog.py" line="54" />
            <source>This laptop's fingerprint</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/exchange/devices_dialog.py" line="62" />
            <source>This laptop's name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/exchange/devices_dialog.py" line="64" />
            <source>&amp;Rename</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/exchange/devices_dialog.py" line="65" />
            <source>Rename this laptop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/exchange/devices_dialog.py" line="72" />
            <location filename="../../coprod_app/ui/exchange/devices_dialog.py" line="79" />
            <source>Fingerprint</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/exchange/devices_dialog.py" line="73" />
            <source>&amp;Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/exchange/devices_dialog.py" line="77" />
            <source>Laptops whose bundles this laptop accepts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/exchange/devices_dialog.py" line="78" />
            <source>Trusted laptops</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/exchange/devices_dialog.py" line="79" />
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/exchange/devices_dialog.py" line="79" />
            <source>Trusted since</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/exchange/devices_dialog.py" line="85" />
            <source>&amp;Forget the chosen laptop…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/exchange/devices_dialog.py" line="86" />
            <source>Stop trusting the chosen laptop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/exchange/devices_dialog.py" line="92" />
            <source>Trust another laptop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/exchange/devices_dialog.py" line="94" />
            <source>On the other laptop open File → Laptops I trust… (or run 'coprod-app device show'), then type the fingerprint it shows. Compare every letter: only trust a fingerprint you read on that laptop's own screen.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/exchange/devices_dialog.py" line="98" />
            <source>Fingerprint of the laptop to trust</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/exchange/devices_dialog.py" line="101" />
            <source>Name of the laptop to trust (optional)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/exchange/devices_dialog.py" line="102" />
            <source>for example Table two</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/exchange/devices_dialog.py" line="104" />
            <source>&amp;Trust this laptop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/exchange/devices_dialog.py" line="105" />
            <source>Trust the laptop with this fingerprint</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/exchange/devices_dialog.py" line="111" />
            <source>F&amp;ingerprint</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/exchange/devices_dialog.py" line="112" />
            <source>Na&amp;me (optional)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/exchange/devices_dialog.py" line="115" />
            <source>What happened</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/exchange/devices_dialog.py" line="118" />
            <source>Close</source>
            <translation type="unfinished">Cau</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/exchange/devices_dialog.py" line="147" />
            <source>(named by its first bundle)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/exchange/devices_dialog.py" line="172" />
            <source>{fingerprint} is this laptop's own fingerprint; its own bundles are always accepted here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/exchange/devices_dialog.py" line="175" />
            <source>Bundles signed by laptop {laptop} are now accepted here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/exchange/devices_dialog.py" line="177" />
            <source>Laptop {laptop} was already trusted here; nothing changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/exchange/devices_dialog.py" line="189" />
            <source>This laptop is now called {name}; its next bundles carry that name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/exchange/devices_dialog.py" line="200" />
            <source>Choose a laptop in the list first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/exchange/devices_dialog.py" line="205" />
            <source>Forget a laptop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/exchange/devices_dialog.py" line="206" />
            <source>Stop accepting bundles from laptop {laptop}? What was imported from it stays.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/exchange/devices_dialog.py" line="215" />
            <source>Bundles from laptop {laptop} are no longer accepted here.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>EraseParticipantDialog</name>
        <message>
            <location filename="../../coprod_app/ui/privacy/erase_dialog.py" line="24" />
            <source>Erase a participant</source>
            <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
            <translation type="unfinished">Dileu cyfranogwr</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/privacy/erase_dialog.py" line="25" />
            <source>Participant code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/privacy/erase_dialog.py" line="34" />
            <location filename="../../coprod_app/ui/privacy/erase_dialog.py" line="36" />
            <source>Erase for good</source>
            <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
            <translation type="unfinished">Dileu am byth</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/privacy/erase_dialog.py" line="39" />
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/privacy/erase_dialog.py" line="43" />
            <source>&amp;Code on their sticker:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/privacy/erase_dialog.py" line="57" />
            <source>This session has no participants.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/privacy/erase_dialog.py" line="62" />
            <source>This removes {views} and {votes} from participant {code}, and their details and consent. Their words are wiped from the database file. This cannot be undone.</source>
            <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
            <translation type="unfinished">Mae hyn yn dileu {views} a {votes} gan y cyfranogwr {code}, a'u manylion a'u caniatâd. Mae eu geiriau'n cael eu sychu o ffeil y gronfa ddata. Does dim modd dadwneud hyn.</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/privacy/erase_dialog.py" line="68" />
            <source>These themes quote their words and keep them until you change them: {themes}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ExchangeMenu</name>
        <message>
            <location filename="../../coprod_app/ui/menus/exchange.py" line="78" />
            <source>&amp;Export this session's bundle…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/menus/exchange.py" line="80" />
            <source>&amp;Import bundles…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/menus/exchange.py" line="81" />
            <source>Laptops I &amp;trust…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/menus/exchange.py" line="83" />
            <source>&amp;Back up now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/menus/exchange.py" line="84" />
            <source>&amp;Restore from a backup…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/menus/exchange.py" line="117" />
            <source>Open a session first; its bundle is what gets exported.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/menus/exchange.py" line="120" />
            <source>Export this session's bundle</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/menus/exchange.py" line="121" />
            <location filename="../../coprod_app/ui/menus/exchange.py" line="148" />
            <source>Session bundles (*.coprod)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/menus/exchange.py" line="139" />
            <source>Exported “{title}” ({views}) to {path}. Copy this file to the officer's laptop and import it there.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/menus/exchange.py" line="183" />
            <source>Importing {name} ({number} of {files})…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/menus/exchange.py" line="235" />
            <source>Careful: a laptop named {name} is already trusted. This is a different laptop using the same name.

</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/menus/exchange.py" line="239" />
            <source>Trust laptop {laptop}?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/menus/exchange.py" line="241" />
            <source>{files} is signed by laptop {signer}, which this laptop does not trust yet.

On that laptop open File → Laptops I trust… and compare its fingerprint with this one, letter by letter:

{fingerprint}

Trust laptop {laptop} and import its bundles? Say No if the fingerprints differ or you cannot check.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/menus/exchange.py" line="278" />
            <source>Backed up to {path}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/menus/exchange.py" line="304" />
            <source>Replace everything in this database with the backup {backup} ({sessions}, {views})? The database as it is now is kept beside it, so nothing is lost.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/menus/exchange.py" line="317" />
            <source>Restored from {backup}. The database it replaced is kept as {kept}.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../coprod_app/ui/menus/exchange.py" line="320" />
            <source>It still held %n record(s) erased or purged since: they were removed again and wiped from the file.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/menus/exchange.py" line="147" />
            <source>Import session bundles</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/menus/exchange.py" line="155" />
            <source>An import is already running; wait for it to finish.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/menus/exchange.py" line="157" />
            <location filename="../../coprod_app/ui/menus/exchange.py" line="158" />
            <source>Importing…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/menus/exchange.py" line="159" />
            <source>Import progress</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/menus/exchange.py" line="160" />
            <source>Importing bundles</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/menus/exchange.py" line="211" />
            <source>Import finished</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/menus/exchange.py" line="288" />
            <location filename="../../coprod_app/ui/menus/exchange.py" line="303" />
            <source>Restore from a backup</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/menus/exchange.py" line="289" />
            <source>Backups (*.sqlite3);;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/menus/exchange.py" line="333" />
            <source>Exchange</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <location filename="../../coprod_app/ui/officer/export_dialog.py" line="74" />
            <source>Export</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/export_dialog.py" line="77" />
            <source>What to export</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/export_dialog.py" line="80" />
            <source>Session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/export_dialog.py" line="85" />
            <source>All sessions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/export_dialog.py" line="86" />
            <source>Export every session (CSV)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/export_dialog.py" line="87" />
            <source>Only sessions between these dates</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/export_dialog.py" line="88" />
            <source>Only sessions between two dates</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/export_dialog.py" line="91" />
            <source>From date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/export_dialog.py" line="92" />
            <source>To date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/export_dialog.py" line="96" />
            <source>Save to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/export_dialog.py" line="97" />
            <source>&amp;Browse…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/export_dialog.py" line="97" />
            <source>Choose where to save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/export_dialog.py" line="102" />
            <source>Export progress</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/export_dialog.py" line="109" />
            <source>&amp;Export</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/export_dialog.py" line="109" />
            <source>Start the export</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/export_dialog.py" line="112" />
            <location filename="../../coprod_app/ui/officer/export_dialog.py" line="205" />
            <source>&amp;Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/export_dialog.py" line="113" />
            <source>Cancel the export or close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/export_dialog.py" line="115" />
            <source>&amp;Open the file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/export_dialog.py" line="115" />
            <source>Open the exported file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/export_dialog.py" line="120" />
            <source>&amp;What</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/export_dialog.py" line="121" />
            <source>&amp;Session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/export_dialog.py" line="126" />
            <source>to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/export_dialog.py" line="128" />
            <source>&amp;Dates</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/export_dialog.py" line="134" />
            <source>Save &amp;to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/export_dialog.py" line="184" />
            <source>Save the CSV files in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/export_dialog.py" line="186" />
            <source>Save the PDF as</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/export_dialog.py" line="194" />
            <source>Choose where to save the export.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/export_dialog.py" line="204" />
            <source>Starting…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/export_dialog.py" line="216" />
            <source>Stopping…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/export_dialog.py" line="228" />
            <source>&amp;Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/export_dialog.py" line="237" />
            <source>The export failed unexpectedly ({error}); nothing was written.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/export_dialog.py" line="250" />
            <source>Saved: {files}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/export_dialog.py" line="263" />
            <source>Cancelled; nothing was written.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FacilitatorConsole</name>
        <message>
            <location filename="../../coprod_app/ui/voting/console.py" line="48" />
            <source>Vote console</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../coprod_app/ui/voting/console.py" line="51" />
            <source>Vote round {round}: {method}, %n card(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/console.py" line="67" />
            <source>Next voter's code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/console.py" line="68" />
            <source>Links the next vote to this anonymous code; leave empty for no code.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/console.py" line="72" />
            <source>Next person now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/console.py" line="73" />
            <location filename="../../coprod_app/ui/voting/console.py" line="171" />
            <source>Pause</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/console.py" line="76" />
            <location filename="../../coprod_app/ui/voting/console.py" line="174" />
            <source>Show results on the big screen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/console.py" line="80" />
            <source>Add paper or show-of-hands votes…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/console.py" line="82" />
            <source>End voting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/console.py" line="83" />
            <source>Back to voting</source>
            <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
            <translation type="unfinished">Yn ôl i bleidleisio</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/console.py" line="108" />
            <source>Next voter's &amp;code:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/console.py" line="160" />
            <source>Votes so far: {ballots} on screen, {tallied} on paper or by hands.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/console.py" line="204" />
            <source>{group}: fewer than 5 people, so not shown.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/console.py" line="210" />
            <source>{group}: {people} voted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/console.py" line="121" />
            <location filename="../../coprod_app/ui/voting/console.py" line="231" />
            <source>Show results by group here</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/console.py" line="163" />
            <source>Paused.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/console.py" line="163" />
            <source>Voting is open.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/console.py" line="165" />
            <source>Results are showing on the big screen.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/console.py" line="167" />
            <source>Results are hidden from the big screen.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/console.py" line="171" />
            <source>Resume</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/console.py" line="174" />
            <source>Hide results</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/console.py" line="178" />
            <source>People with a code who have voted: {count}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/console.py" line="187" />
            <source>(no code)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/console.py" line="199" />
            <location filename="../../coprod_app/ui/voting/console.py" line="201" />
            <source>Group not recorded</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/console.py" line="212" />
            <source>No votes yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/console.py" line="229" />
            <source>Hide results by group</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LastTime</name>
        <message>
            <location filename="../../coprod_app/ui/officer/last_time.py" line="73" />
            <source>Welcome</source>
            <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
            <translation>Croeso</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/last_time.py" line="77" />
            <source>This is our first meeting</source>
            <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
            <translation>Dyma ein cyfarfod cyntaf</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/last_time.py" line="78" />
            <source>We want to hear what you think.</source>
            <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
            <translation>Rydyn ni eisiau clywed beth rydych chi'n ei feddwl.</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/last_time.py" line="87" />
            <source>Last time you said…</source>
            <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
            <translation type="unfinished">Y tro diwethaf, dywedoch chi…</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/last_time.py" line="91" />
            <source>At the {forum} on {date}</source>
            <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
            <translation type="unfinished">Yn y {forum} ar {date}</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/last_time.py" line="93" />
            <source>You told us what matters to you.</source>
            <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
            <translation type="unfinished">Dywedoch chi wrthon ni beth sy'n bwysig i chi.</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/last_time.py" line="97" />
            <source>We listened</source>
            <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
            <translation>Fe wnaethon ni wrando</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/last_time.py" line="98" />
            <source>Here is what we did.</source>
            <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
            <translation>Dyma beth wnaethon ni.</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/last_time.py" line="106" />
            <source>We are still working on it</source>
            <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
            <translation>Rydyn ni'n dal i weithio arno</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/last_time.py" line="110" />
            <location filename="../../coprod_app/ui/officer/last_time.py" line="130" />
            <source>We did</source>
            <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
            <translation>Fe wnaethon ni</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/last_time.py" line="111" />
            <source>We are still reading what you said.</source>
            <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
            <translation>Rydyn ni'n dal i ddarllen beth ddywedoch chi.</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/last_time.py" line="115" />
            <location filename="../../coprod_app/ui/officer/last_time.py" line="133" />
            <source>What happens next</source>
            <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
            <translation>Beth sy'n digwydd nesaf</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/last_time.py" line="116" />
            <source>We will tell you more soon.</source>
            <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
            <translation>Byddwn ni'n dweud mwy wrthoch chi cyn bo hir.</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/last_time.py" line="124" />
            <source>We are still working out what to do.</source>
            <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
            <translation type="unfinished">Rydyn ni'n dal i benderfynu beth i'w wneud.</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/last_time.py" line="129" />
            <source>You said</source>
            <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
            <translation>Dywedoch chi</translation>
        </message>
    </context>
    <context>
        <name>LastTimeViewer</name>
        <message>
            <location filename="../../coprod_app/ui/officer/last_time.py" line="212" />
            <source>Last time you said</source>
            <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
            <translation type="unfinished">Y tro diwethaf, dywedoch chi</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/last_time.py" line="213" />
            <source>Last time you said…</source>
            <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
            <translation type="unfinished">Y tro diwethaf, dywedoch chi…</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/last_time.py" line="248" />
            <source>◀  Back</source>
            <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
            <translation>◀  Yn ôl</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/last_time.py" line="248" />
            <source>Previous card</source>
            <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
            <translation>Y cerdyn blaenorol</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/last_time.py" line="250" />
            <source>Next  ▶</source>
            <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
            <translation>Nesaf  ▶</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/last_time.py" line="250" />
            <source>Next card</source>
            <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
            <translation>Y cerdyn nesaf</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/last_time.py" line="254" />
            <source>Read this card aloud</source>
            <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
            <translation>Darllen y cerdyn hwn yn uchel</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/last_time.py" line="257" />
            <source>Close</source>
            <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
            <translation>Cau</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/last_time.py" line="338" />
            <source>{position} of {total}</source>
            <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
            <translation type="unfinished">{position} o {total}</translation>
        </message>
    </context>
    <context>
        <name>LockCover</name>
        <message>
            <location filename="../../coprod_app/ui/voting/lock_cover.py" line="110" />
            <source>Locked while people vote</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/lock_cover.py" line="123" />
            <source>Voting is on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/lock_cover.py" line="129" />
            <source>This window is locked while people vote, so nothing from the session shows here. Unlocking needs the facilitator PIN and ends voting.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/lock_cover.py" line="137" />
            <source>&amp;Back to voting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/lock_cover.py" line="137" />
            <source>Back to voting</source>
            <translation type="unfinished">Yn ôl i bleidleisio</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/lock_cover.py" line="141" />
            <source>&amp;Unlock with the facilitator PIN</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/lock_cover.py" line="143" />
            <source>Unlock with the facilitator PIN</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Lockdown</name>
        <message>
            <location filename="../../coprod_app/ui/voting/lock_cover.py" line="226" />
            <source>coprod-app: locked while people vote</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../coprod_app/ui/main_window.py" line="39" />
            <source>coprod-app: you said, we did</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/main_window.py" line="52" />
            <source>No session yet. Press Ctrl+N to create one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/main_window.py" line="78" />
            <source>Database: {path}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/main_window.py" line="98" />
            <source>The newest good backup is {backup}: restore it with File ▸ Restore from a backup.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/main_window.py" line="101" />
            <source>The database is damaged</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/main_window.py" line="108" />
            <source>&amp;File</source>
            <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
            <translation>&amp;Ffeil</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/main_window.py" line="110" />
            <source>&amp;New session…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/main_window.py" line="112" />
            <source>New &amp;participant code…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/main_window.py" line="115" />
            <source>&amp;Quit</source>
            <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
            <translation type="unfinished">&amp;Gadael</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/main_window.py" line="118" />
            <source>&amp;Edit</source>
            <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
            <translation>&amp;Golygu</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/main_window.py" line="120" />
            <location filename="../../coprod_app/ui/main_window.py" line="136" />
            <source>&amp;Undo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/main_window.py" line="122" />
            <location filename="../../coprod_app/ui/main_window.py" line="138" />
            <source>&amp;Redo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/main_window.py" line="126" />
            <source>&amp;Help</source>
            <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
            <translation>&amp;Cymorth</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/main_window.py" line="128" />
            <source>&amp;About</source>
            <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
            <translation type="unfinished">&amp;Ynghylch</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/main_window.py" line="135" />
            <source>&amp;Undo {step}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/main_window.py" line="137" />
            <source>&amp;Redo {step}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/main_window.py" line="192" />
            <source>coprod-app {version}

Record what children, young people and families say, let them vote, and answer them with "you said, we did". Works offline; nothing leaves this laptop unless you export it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/main_window.py" line="171" />
            <source>Could not open the session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/main_window.py" line="181" />
            <source>No strategy pack</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/main_window.py" line="191" />
            <source>About coprod-app</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>NewRoundDialog</name>
        <message>
            <location filename="../../coprod_app/ui/voting/round_dialog.py" line="34" />
            <source>New vote round</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../coprod_app/ui/voting/round_dialog.py" line="40" />
            <source>All %n commitment(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/round_dialog.py" line="42" />
            <source>All commitments</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/round_dialog.py" line="45" />
            <location filename="../../coprod_app/ui/voting/round_dialog.py" line="47" />
            <source>One priority's commitments</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/round_dialog.py" line="50" />
            <source>Commitments I pick</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/round_dialog.py" line="52" />
            <source>Hand-picked commitments</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/round_dialog.py" line="59" />
            <source>Priority</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/round_dialog.py" line="65" />
            <source>Commitments on the ballot</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/round_dialog.py" line="66" />
            <source>Space ticks a commitment.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/round_dialog.py" line="74" />
            <source>Method</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/round_dialog.py" line="77" />
            <source>Most cards one person may choose</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/round_dialog.py" line="87" />
            <source>&amp;Method</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/round_dialog.py" line="88" />
            <source>Most c&amp;hoices</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/round_dialog.py" line="89" />
            <source>&amp;Priority</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/round_dialog.py" line="90" />
            <source>Start round</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/round_dialog.py" line="92" />
            <source>Cards on the ballot:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/round_dialog.py" line="121" />
            <source>Tick at least one commitment for the ballot.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>NewSessionDialog</name>
        <message>
            <location filename="../../coprod_app/ui/capture/session_dialog.py" line="41" />
            <source>New session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/capture/session_dialog.py" line="45" />
            <source>Session title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/capture/session_dialog.py" line="47" />
            <source>Session date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/capture/session_dialog.py" line="53" />
            <source>Forum</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/capture/session_dialog.py" line="56" />
            <source>Town</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/capture/session_dialog.py" line="60" />
            <source>Venue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/capture/session_dialog.py" line="62" />
            <source>Facilitators</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/capture/session_dialog.py" line="63" />
            <source>First names or roles of the people running the session.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/capture/session_dialog.py" line="70" />
            <source>&amp;Title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/capture/session_dialog.py" line="70" />
            <source>&amp;Date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/capture/session_dialog.py" line="71" />
            <source>&amp;Forum</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/capture/session_dialog.py" line="71" />
            <source>T&amp;own</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/capture/session_dialog.py" line="72" />
            <source>&amp;Venue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/capture/session_dialog.py" line="72" />
            <source>F&amp;acilitators</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/capture/session_dialog.py" line="76" />
            <source>Create session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/capture/session_dialog.py" line="78" />
            <source>Strategy pack: {pack}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>OfficerMenu</name>
        <message>
            <location filename="../../coprod_app/ui/menus/officer.py" line="20" />
            <source>&amp;Officer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/menus/officer.py" line="23" />
            <source>&amp;Themes and actions…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/menus/officer.py" line="26" />
            <source>&amp;Export officer report (PDF)…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/menus/officer.py" line="28" />
            <source>Export &amp;easy read (PDF)…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/menus/officer.py" line="30" />
            <source>Export summary &amp;across sessions (PDF)…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/menus/officer.py" line="32" />
            <source>Export &amp;CSV…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/menus/officer.py" line="35" />
            <source>Officer report on &amp;screen…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/menus/officer.py" line="37" />
            <source>Annual summar&amp;y on screen…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/menus/officer.py" line="40" />
            <source>&amp;Last time you said…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/menus/officer.py" line="46" />
            <source>No session open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/menus/officer.py" line="47" />
            <source>Open a session first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/menus/officer.py" line="59" />
            <source>Themes and actions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/menus/officer.py" line="98" />
            <source>Last time you said</source>
            <translation type="unfinished">Y tro diwethaf, dywedoch chi</translation>
        </message>
    </context>
    <context>
        <name>ParticipantDialog</name>
        <message>
            <location filename="../../coprod_app/ui/capture/participant_dialog.py" line="21" />
            <source>New participant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/capture/participant_dialog.py" line="25" />
            <source>Group (optional)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/capture/participant_dialog.py" line="26" />
            <location filename="../../coprod_app/ui/capture/participant_dialog.py" line="30" />
            <source>Not given</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/capture/participant_dialog.py" line="29" />
            <source>Age band (optional)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/capture/participant_dialog.py" line="33" />
            <source>Town (optional)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/capture/participant_dialog.py" line="37" />
            <source>They agree to be &amp;quoted word for word in reports</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/capture/participant_dialog.py" line="38" />
            <source>Agrees to be quoted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/capture/participant_dialog.py" line="43" />
            <source>&amp;Group</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/capture/participant_dialog.py" line="43" />
            <source>&amp;Age band</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/capture/participant_dialog.py" line="44" />
            <source>&amp;Town</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/capture/participant_dialog.py" line="48" />
            <source>Make code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/capture/participant_dialog.py" line="50" />
            <source>No names or birth dates: the app makes an anonymous code.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/capture/participant_dialog.py" line="57" />
            <source>This session does not note group, age band or town.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ParticipantScreen</name>
        <message>
            <location filename="../../coprod_app/ui/voting/participant_screen.py" line="101" />
            <source>Voting screen</source>
            <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
            <translation>Sgrin bleidleisio</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/participant_screen.py" line="102" />
            <source>Voting</source>
            <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
            <translation>Pleidleisio</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/participant_screen.py" line="265" />
            <source>Your vote could not be saved. Please ask the facilitator.</source>
            <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
            <translation type="unfinished">Doedd dim modd cadw dy bleidlais. Gofynna i'r hwylusydd.</translation>
        </message>
    </context>
    <context>
        <name>PausedPage</name>
        <message>
            <location filename="../../coprod_app/ui/voting/pages.py" line="242" />
            <source>Please wait.</source>
            <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
            <translation type="unfinished">Arhosa funud, os gweli di'n dda.</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/pages.py" line="243" />
            <source>Voting will start again soon.</source>
            <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
            <translation>Bydd y pleidleisio'n dechrau eto cyn bo hir.</translation>
        </message>
    </context>
    <context>
        <name>PinDialog</name>
        <message>
            <location filename="../../coprod_app/ui/voting/pin_pad.py" line="166" />
            <source>Facilitator PIN</source>
            <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
            <translation type="unfinished">PIN yr hwylusydd</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/pin_pad.py" line="168" />
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PinPad</name>
        <message>
            <location filename="../../coprod_app/ui/voting/pin_pad.py" line="52" />
            <location filename="../../coprod_app/ui/voting/pin_pad.py" line="56" />
            <source>Facilitator PIN</source>
            <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
            <translation>PIN yr hwylusydd</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/pin_pad.py" line="74" />
            <source>Clear</source>
            <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
            <translation>Clirio</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/pin_pad.py" line="74" />
            <source>Clear the PIN</source>
            <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
            <translation>Clirio'r PIN</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/pin_pad.py" line="80" />
            <source>Unlock</source>
            <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
            <translation>Datgloi</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/pin_pad.py" line="87" />
            <source>Back to voting</source>
            <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
            <translation>Yn ôl i bleidleisio</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/pin_pad.py" line="133" />
            <source>That PIN is not right.</source>
            <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
            <translation>Dydy'r PIN yna ddim yn iawn.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../coprod_app/ui/voting/pin_pad.py" line="152" />
            <source>Wrong PIN. Try again in %n second(s).</source>
            <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
            <translation type="unfinished">
                <numerusform>PIN anghywir. Rho gynnig arall ymhen %n eiliad.</numerusform>
                <numerusform>PIN anghywir. Rho gynnig arall ymhen %n eiliad.</numerusform>
                <numerusform>PIN anghywir. Rho gynnig arall ymhen %n eiliad.</numerusform>
                <numerusform>PIN anghywir. Rho gynnig arall ymhen %n eiliad.</numerusform>
                <numerusform>PIN anghywir. Rho gynnig arall ymhen %n eiliad.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PrivacyMenu</name>
        <message>
            <location filename="../../coprod_app/ui/menus/privacy.py" line="36" />
            <source>P&amp;rivacy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/menus/privacy.py" line="40" />
            <source>&amp;Erase a participant…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/menus/privacy.py" line="43" />
            <source>&amp;Data due for deletion…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/menus/privacy.py" line="47" />
            <source>&amp;Keep this session's data for…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/menus/privacy.py" line="50" />
            <source>&amp;Ask for group, age band and town in this session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/menus/privacy.py" line="57" />
            <source>Show the privacy &amp;notice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/menus/privacy.py" line="60" />
            <source>&amp;Print the privacy notice (PDF)…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/menus/privacy.py" line="63" />
            <source>Contact shown on the notice…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/menus/privacy.py" line="66" />
            <location filename="../../coprod_app/ui/menus/privacy.py" line="95" />
            <source>Set passphrase &amp;lock…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/menus/privacy.py" line="68" />
            <source>&amp;Remove passphrase lock…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/menus/privacy.py" line="95" />
            <source>Change passphrase &amp;lock…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/menus/privacy.py" line="118" />
            <source>Erased participant {code}: {views} and {votes} removed.</source>
            <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
            <translation type="unfinished">Wedi dileu'r cyfranogwr {code}: tynnwyd {views} a {votes}.</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/menus/privacy.py" line="121" />
            <source>Another program has the database open, so the words may still be in the file until the next erase or purge.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/menus/privacy.py" line="139" />
            <source>Deleted {sessions} with {views} and {votes}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/menus/privacy.py" line="145" />
            <source>Session {session} was skipped: {problem}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/menus/privacy.py" line="156" />
            <source>Keep this session's data</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/menus/privacy.py" line="157" />
            <source>Months to keep this session's data after its date
(it is then due for deletion):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/menus/privacy.py" line="169" />
            <location filename="../../coprod_app/ui/menus/privacy.py" line="203" />
            <location filename="../../coprod_app/ui/menus/privacy.py" line="252" />
            <source>Not changed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/menus/privacy.py" line="173" />
            <source>This session is kept for {period}, but its date cannot be counted from: {problem}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/menus/privacy.py" line="178" />
            <source>This session is kept for {period}, until {until}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/menus/privacy.py" line="191" />
            <source>Stop asking for group, age band and town</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/menus/privacy.py" line="192" />
            <source>Also remove the group, age band and town already noted in this session?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/menus/privacy.py" line="226" />
            <source>Save the privacy notice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/menus/privacy.py" line="228" />
            <source>PDF files (*.pdf)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/menus/privacy.py" line="236" />
            <source>Could not save the notice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/menus/privacy.py" line="238" />
            <source>Saved the privacy notice to {path}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/menus/privacy.py" line="244" />
            <source>Contact on the privacy notice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/menus/privacy.py" line="245" />
            <source>Who families can contact to ask for removal (a team name and phone or email):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/menus/privacy.py" line="258" />
            <source>The passphrase lock is set.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/menus/privacy.py" line="265" />
            <source>The passphrase lock is removed.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PrivacyNotice</name>
        <message>
            <location filename="../../coprod_app/ui/privacy/notice_screen.py" line="80" />
            <source>Close</source>
            <translation type="unfinished">Cau</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/privacy/notice_screen.py" line="81" />
            <source>Close the privacy notice</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RatingCard</name>
        <message>
            <location filename="../../coprod_app/ui/voting/cards.py" line="349" />
            <source>Read aloud: {words}</source>
            <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
            <translation type="unfinished">Darllen yn uchel: {words}</translation>
        </message>
    </context>
    <context>
        <name>RatingWords</name>
        <message>
            <location filename="../../coprod_app/ui/voting/cards.py" line="263" />
            <source>Like</source>
            <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
            <translation>Hoffi</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/cards.py" line="264" />
            <source>Not sure</source>
            <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
            <translation>Ddim yn siŵr</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/cards.py" line="265" />
            <source>Don't like</source>
            <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
            <translation>Ddim yn hoffi</translation>
        </message>
    </context>
    <context>
        <name>ReadAloud</name>
        <message>
            <location filename="../../coprod_app/ui/common/read_aloud.py" line="38" />
            <source>Read aloud is off on this computer (COPROD_READ_ALOUD=off).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/common/read_aloud.py" line="45" />
            <source>Read aloud is off: Qt's speech library could not be loaded on this computer (on Linux, install libpulse0 and speech-dispatcher).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/common/read_aloud.py" line="53" />
            <source>Read aloud is off: this computer has no speech engine (on Linux, install speech-dispatcher).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/common/read_aloud.py" line="60" />
            <location filename="../../coprod_app/ui/common/read_aloud.py" line="66" />
            <source>Read aloud is off: the speech engine did not start ({reason}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/common/read_aloud.py" line="98" />
            <source>Read aloud: on (a speaker button on each card).</source>
            <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
            <translation type="unfinished">Darllen yn uchel: ymlaen (botwm uchelseinydd ar bob cerdyn).</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/common/read_aloud.py" line="155" />
            <location filename="../../coprod_app/ui/common/read_aloud.py" line="158" />
            <source>Read aloud</source>
            <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
            <translation>Darllen yn uchel</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/common/read_aloud.py" line="156" />
            <source>Reads the words on this card out loud.</source>
            <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
            <translation>Yn darllen y geiriau ar y cerdyn hwn yn uchel.</translation>
        </message>
    </context>
    <context>
        <name>RemovePassphraseDialog</name>
        <message>
            <location filename="../../coprod_app/ui/privacy/passphrase_lock.py" line="138" />
            <source>Remove the passphrase lock</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/privacy/passphrase_lock.py" line="139" />
            <source>Current passphrase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/privacy/passphrase_lock.py" line="143" />
            <source>Remove the lock</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/privacy/passphrase_lock.py" line="145" />
            <source>Type the current passphrase to remove the lock.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ReportView</name>
        <message>
            <location filename="../../coprod_app/ui/officer/report_view.py" line="100" />
            <source>Period: {date}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/report_view.py" line="102" />
            <source>Period: {start} to {end}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/report_view.py" line="104" />
            <source>Period: from {start}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/report_view.py" line="106" />
            <source>Period: up to {end}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/report_view.py" line="107" />
            <source>Period: all sessions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/report_view.py" line="113" />
            <source>Group</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/report_view.py" line="115" />
            <source>Age band</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/report_view.py" line="117" />
            <source>Charter principle</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/report_view.py" line="119" />
            <source>Priority</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/report_view.py" line="122" />
            <source>Commitment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/report_view.py" line="124" />
            <source>How it was given</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/report_view.py" line="126" />
            <source>How it felt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/report_view.py" line="128" />
            <source>Town</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/report_view.py" line="130" />
            <source>Forum</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/report_view.py" line="132" />
            <source>Session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/report_view.py" line="133" />
            <source>What</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/report_view.py" line="336" />
            <source>Facilitator’s note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/report_view.py" line="339" />
            <source>Group not recorded</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/report_view.py" line="364" />
            <source>Officer report</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/report_view.py" line="365" />
            <source>Summary across sessions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/report_view.py" line="377" />
            <source>Building the report</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/report_view.py" line="385" />
            <source>The report</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/report_view.py" line="398" />
            <source>&amp;Refresh</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/report_view.py" line="399" />
            <source>Build the report again from the database</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/report_view.py" line="402" />
            <source>&amp;Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/report_view.py" line="403" />
            <source>Close the report</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/report_view.py" line="414" />
            <source>Only sessions &amp;between these dates</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/report_view.py" line="415" />
            <source>Only sessions between two dates</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/report_view.py" line="418" />
            <source>From date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/report_view.py" line="420" />
            <source>To date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/report_view.py" line="426" />
            <source>&amp;Show</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/report_view.py" line="427" />
            <source>Show the summary for these dates</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/report_view.py" line="435" />
            <source>&amp;From</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/report_view.py" line="437" />
            <source>&amp;to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/report_view.py" line="466" />
            <source>The start date is after the end date; swap them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/report_view.py" line="470" />
            <source>Building the report…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/report_view.py" line="492" />
            <source>The report could not be built ({error}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/report_view.py" line="533" />
            <source>About this report</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/report_view.py" line="549" />
            <source>What people said, in their words</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/report_view.py" line="551" />
            <source>No view in this report may be quoted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/report_view.py" line="552" />
            <source>Views quoted: {count} (an exact count: every one of them is shown below).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/report_view.py" line="562" />
            <source>Not tagged to a priority</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/report_view.py" line="568" />
            <location filename="../../coprod_app/ui/officer/report_view.py" line="606" />
            <source>No commitment tagged</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/report_view.py" line="577" />
            <source>view {number}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/report_view.py" line="580" />
            <source>also about {commitments}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/report_view.py" line="584" />
            <source>Themes heard</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/report_view.py" line="586" />
            <source>No themes have been written for these views yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/report_view.py" line="600" />
            <location filename="../../coprod_app/ui/officer/report_view.py" line="601" />
            <source>No priority tagged</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/report_view.py" line="608" />
            <source>You said (from {views} views): {words}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/report_view.py" line="610" />
            <source>Session: {title}, {forum}, {date}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/report_view.py" line="613" />
            <source>About: {commitments}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/report_view.py" line="617" />
            <source>Actions: {actions}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/report_view.py" line="626" />
            <source>today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/report_view.py" line="627" />
            <source>What has been done, as at {date}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/report_view.py" line="629" />
            <source>No actions have been written yet.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../coprod_app/ui/officer/report_view.py" line="632" />
            <source>Past due (%n)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/report_view.py" line="645" />
            <source>Status at the end: {status}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/report_view.py" line="646" />
            <source>PAST DUE</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/report_view.py" line="647" />
            <source>Theme: {theme}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/report_view.py" line="649" />
            <source>Owner: {owner}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/report_view.py" line="650" />
            <source>Due: {date}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/report_view.py" line="651" />
            <source>Due: no date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/report_view.py" line="653" />
            <source>For: {commitments}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/report_view.py" line="656" />
            <source>Changes in the period: {changes}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ResultsChart</name>
        <message>
            <location filename="../../coprod_app/ui/voting/results_chart.py" line="33" />
            <source>Results chart</source>
            <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
            <translation>Siart canlyniadau</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/results_chart.py" line="53" />
            <source>{like} like, {unsure} not sure, {dislike} don't like</source>
            <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
            <translation type="unfinished">{like} yn hoffi, {unsure} ddim yn siŵr, {dislike} ddim yn hoffi</translation>
        </message>
        <message numerus="yes">
            <location filename="../../coprod_app/ui/voting/results_chart.py" line="57" />
            <source>%n point(s)</source>
            <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
            <translation type="unfinished">
                <numerusform>%n pwynt</numerusform>
                <numerusform>%n pwynt</numerusform>
                <numerusform>%n pwynt</numerusform>
                <numerusform>%n pwynt</numerusform>
                <numerusform>%n pwynt</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../coprod_app/ui/voting/results_chart.py" line="58" />
            <source>%n vote(s)</source>
            <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
            <translation type="unfinished">
                <numerusform>%n pleidlais</numerusform>
                <numerusform>%n pleidlais</numerusform>
                <numerusform>%n pleidlais</numerusform>
                <numerusform>%n pleidlais</numerusform>
                <numerusform>%n pleidlais</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../coprod_app/ui/voting/results_chart.py" line="150" />
            <source>%n more card(s) not shown here.</source>
            <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
            <translation type="unfinished">
                <numerusform>%n cerdyn arall heb eu dangos yma.</numerusform>
                <numerusform>%n cerdyn arall heb eu dangos yma.</numerusform>
                <numerusform>%n cerdyn arall heb eu dangos yma.</numerusform>
                <numerusform>%n cerdyn arall heb eu dangos yma.</numerusform>
                <numerusform>%n cerdyn arall heb eu dangos yma.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ResultsPage</name>
        <message>
            <location filename="../../coprod_app/ui/voting/pages.py" line="257" />
            <source>What people chose</source>
            <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
            <translation>Beth ddewisodd pobl</translation>
        </message>
        <message numerus="yes">
            <location filename="../../coprod_app/ui/voting/pages.py" line="278" />
            <source>%n vote(s). Most liked first.</source>
            <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
            <translation type="unfinished">
                <numerusform>%n pleidlais. Y rhai mwyaf poblogaidd yn gyntaf.</numerusform>
                <numerusform>%n pleidlais. Y rhai mwyaf poblogaidd yn gyntaf.</numerusform>
                <numerusform>%n pleidlais. Y rhai mwyaf poblogaidd yn gyntaf.</numerusform>
                <numerusform>%n pleidlais. Y rhai mwyaf poblogaidd yn gyntaf.</numerusform>
                <numerusform>%n pleidlais. Y rhai mwyaf poblogaidd yn gyntaf.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../coprod_app/ui/voting/pages.py" line="280" />
            <source>%n vote(s). Most chosen first.</source>
            <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
            <translation type="unfinished">
                <numerusform>%n pleidlais. Y rhai a ddewiswyd fwyaf yn gyntaf.</numerusform>
                <numerusform>%n pleidlais. Y rhai a ddewiswyd fwyaf yn gyntaf.</numerusform>
                <numerusform>%n pleidlais. Y rhai a ddewiswyd fwyaf yn gyntaf.</numerusform>
                <numerusform>%n pleidlais. Y rhai a ddewiswyd fwyaf yn gyntaf.</numerusform>
                <numerusform>%n pleidlais. Y rhai a ddewiswyd fwyaf yn gyntaf.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RetentionDialog</name>
        <message>
            <location filename="../../coprod_app/ui/privacy/retention_dialog.py" line="22" />
            <source>Data past its retention period</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/privacy/retention_dialog.py" line="24" />
            <source>Sessions due for deletion</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/privacy/retention_dialog.py" line="27" />
            <source>{date}  {title}: {views} and {votes} (kept until {until})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/privacy/retention_dialog.py" line="32" />
            <source>Close</source>
            <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
            <translation type="unfinished">Cau</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/privacy/retention_dialog.py" line="34" />
            <source>Delete these sessions now…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/privacy/retention_dialog.py" line="36" />
            <source>Delete these sessions now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/privacy/retention_dialog.py" line="45" />
            <source>These sessions are past the time we said we would keep them. Deleting removes their participants, views and votes for good; themes and actions stay.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/privacy/retention_dialog.py" line="49" />
            <source>No session is past its retention period.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/privacy/retention_dialog.py" line="52" />
            <source>Session {session} ({title}) is skipped: {problem}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/privacy/retention_dialog.py" line="67" />
            <source>Delete for good?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/privacy/retention_dialog.py" line="68" />
            <source>Delete {sessions} with {views} and {votes} for good? This cannot be undone.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/privacy/retention_dialog.py" line="81" />
            <source>Could not delete</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ReviewPage</name>
        <message>
            <location filename="../../coprod_app/ui/voting/pages.py" line="150" />
            <source>You chose:</source>
            <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
            <translation>Dewisaist ti:</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/pages.py" line="172" />
            <source>Is this right?</source>
            <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
            <translation>Ydy hyn yn iawn?</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/pages.py" line="178" />
            <source>Yes ✓</source>
            <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
            <translation>Ydy ✓</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/pages.py" line="178" />
            <source>Yes, send my vote</source>
            <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
            <translation>Ydy, anfon fy mhleidlais</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/pages.py" line="181" />
            <source>Change</source>
            <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
            <translation>Newid</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/pages.py" line="181" />
            <source>No, change my choices</source>
            <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
            <translation type="unfinished">Na, newid fy newisiadau</translation>
        </message>
    </context>
    <context>
        <name>SessionList</name>
        <message>
            <location filename="../../coprod_app/ui/capture/session_list.py" line="59" />
            <source>Sessions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/capture/session_list.py" line="60" />
            <source>Choose a session to record views in it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/capture/session_list.py" line="68" />
            <source>New session… (Ctrl+N)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/capture/session_list.py" line="68" />
            <source>New session</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SessionPage</name>
        <message>
            <location filename="../../coprod_app/ui/capture/session_page.py" line="57" />
            <source>Close or reopen session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/capture/session_page.py" line="66" />
            <source>Show views for principle</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/capture/session_page.py" line="67" />
            <source>Show views for priority</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/capture/session_page.py" line="75" />
            <source>&amp;Change</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/capture/session_page.py" line="75" />
            <source>Change the chosen view</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/capture/session_page.py" line="77" />
            <source>De&amp;lete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/capture/session_page.py" line="77" />
            <source>Delete the chosen view</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/capture/session_page.py" line="92" />
            <source>Show:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/capture/session_page.py" line="134" />
            <source>All principles</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/capture/session_page.py" line="135" />
            <source>All priorities</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/capture/session_page.py" line="158" />
            <source>with {facilitators}</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../coprod_app/ui/capture/session_page.py" line="177" />
            <source>{shown} of %n view(s) shown</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/capture/session_page.py" line="202" />
            <source>✓ Saved view {view} at {time}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/capture/session_page.py" line="205" />
            <source>✓ Saved the change to view {view} at {time}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/capture/session_page.py" line="213" />
            <source>record view {view}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/capture/session_page.py" line="223" />
            <source>change view {view}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/capture/session_page.py" line="231" />
            <source>This session is closed. Reopen it to change its views.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/capture/session_page.py" line="244" />
            <source>delete view {view}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/capture/session_page.py" line="252" />
            <source>Deleted view {view}. Ctrl+Z brings it back.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/capture/session_page.py" line="262" />
            <source>Undone: {step} (saved).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/capture/session_page.py" line="265" />
            <source>Redone: {step} (saved).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/capture/session_page.py" line="280" />
            <source>The session is now {status}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/capture/session_page.py" line="296" />
            <source>New participant code: {code}. Write it on their sticker.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/capture/session_page.py" line="161" />
            <source>Reopen session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/capture/session_page.py" line="161" />
            <source>Close session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/capture/session_page.py" line="257" />
            <source>Choose a view in the list first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/capture/session_page.py" line="281" />
            <source>open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/capture/session_page.py" line="281" />
            <source>closed</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SessionsModel</name>
        <message>
            <location filename="../../coprod_app/ui/capture/session_list.py" line="32" />
            <source> (closed)</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../coprod_app/ui/capture/session_list.py" line="36" />
            <source>%n people</source>
            <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
            <translation type="unfinished">
                <numerusform>%n person</numerusform>
                <numerusform>%n person</numerusform>
                <numerusform>%n person</numerusform>
                <numerusform>%n person</numerusform>
                <numerusform>%n person</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SetPassphraseDialog</name>
        <message>
            <location filename="../../coprod_app/ui/privacy/passphrase_lock.py" line="92" />
            <source>Passphrase lock</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/privacy/passphrase_lock.py" line="93" />
            <source>Current passphrase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/privacy/passphrase_lock.py" line="94" />
            <source>New passphrase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/privacy/passphrase_lock.py" line="95" />
            <source>New passphrase again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/privacy/passphrase_lock.py" line="102" />
            <source>&amp;Current passphrase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/privacy/passphrase_lock.py" line="103" />
            <source>&amp;New passphrase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/privacy/passphrase_lock.py" line="104" />
            <source>&amp;Again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/privacy/passphrase_lock.py" line="105" />
            <source>Set the lock</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/privacy/passphrase_lock.py" line="110" />
            <source>The app will ask for this passphrase when it opens. It stops someone opening the app on a shared laptop; it does not encrypt the file. Use disk encryption (BitLocker, FileVault) too.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SetPinDialog</name>
        <message>
            <location filename="../../coprod_app/ui/voting/pin_pad.py" line="193" />
            <source>Set the facilitator PIN</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/pin_pad.py" line="193" />
            <source>Change the facilitator PIN</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/pin_pad.py" line="198" />
            <source>The PIN is needed to leave the participant screen. Use 4 to 12 digits. It is kept only on this laptop, scrambled.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/pin_pad.py" line="205" />
            <location filename="../../coprod_app/ui/voting/pin_pad.py" line="214" />
            <source>Current PIN</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/pin_pad.py" line="206" />
            <location filename="../../coprod_app/ui/voting/pin_pad.py" line="215" />
            <source>New PIN</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/pin_pad.py" line="207" />
            <source>New PIN again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/pin_pad.py" line="216" />
            <source>Type it again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/pin_pad.py" line="217" />
            <source>Save PIN</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/pin_pad.py" line="225" />
            <location filename="../../coprod_app/ui/voting/pin_pad.py" line="232" />
            <source>PIN not set</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/pin_pad.py" line="225" />
            <source>The two PINs are different.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TallyDialog</name>
        <message>
            <location filename="../../coprod_app/ui/voting/tally_dialog.py" line="38" />
            <source>Paper or show-of-hands votes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/tally_dialog.py" line="41" />
            <source>Count the dots or hands for one card, then save. Repeat for each card.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/tally_dialog.py" line="43" />
            <source>Card</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/tally_dialog.py" line="47" />
            <source>How many</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/tally_dialog.py" line="49" />
            <source>Group</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/tally_dialog.py" line="50" />
            <source>Not recorded</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/tally_dialog.py" line="53" />
            <source>Rating</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/tally_dialog.py" line="61" />
            <source>&amp;Card</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/tally_dialog.py" line="62" />
            <source>&amp;How many</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/tally_dialog.py" line="63" />
            <source>&amp;Group</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/tally_dialog.py" line="65" />
            <source>&amp;Rating</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/tally_dialog.py" line="70" />
            <source>Save the count</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/tally_dialog.py" line="72" />
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ThanksPage</name>
        <message>
            <location filename="../../coprod_app/ui/voting/pages.py" line="225" />
            <source>Thank you.</source>
            <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
            <translation>Diolch.</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/pages.py" line="226" />
            <source>Your vote is saved.</source>
            <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
            <translation>Mae dy bleidlais wedi'i chadw.</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/pages.py" line="227" />
            <source>The next person can have a turn soon.</source>
            <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
            <translation>Bydd y person nesaf yn cael tro cyn bo hir.</translation>
        </message>
    </context>
    <context>
        <name>UnlockDialog</name>
        <message>
            <location filename="../../coprod_app/ui/privacy/passphrase_lock.py" line="48" />
            <source>coprod-app is locked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/privacy/passphrase_lock.py" line="49" />
            <source>Passphrase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/privacy/passphrase_lock.py" line="53" />
            <source>Open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/privacy/passphrase_lock.py" line="53" />
            <source>Quit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/privacy/passphrase_lock.py" line="54" />
            <source>Type the passphrase to open the app.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../coprod_app/ui/privacy/passphrase_lock.py" line="74" />
            <source>That passphrase is not right. %n tries left.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>ViewMenu</name>
        <message>
            <location filename="../../coprod_app/ui/menus/view.py" line="43" />
            <source>&amp;View</source>
            <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
            <translation>&amp;Golwg</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/menus/view.py" line="46" />
            <source>&amp;Theme</source>
            <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
            <translation>&amp;Thema</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/menus/view.py" line="49" />
            <source>&amp;Default</source>
            <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
            <translation type="unfinished">&amp;Arferol</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/menus/view.py" line="50" />
            <source>&amp;High contrast</source>
            <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
            <translation>&amp;Cyferbyniad uchel</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/menus/view.py" line="51" />
            <source>&amp;Calm (off-white, low glare)</source>
            <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
            <translation type="unfinished">&amp;Tawel (lliw hufen, llai o lacharedd)</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/menus/view.py" line="60" />
            <source>Text &amp;size</source>
            <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
            <translation>&amp;Maint y testun</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/menus/view.py" line="69" />
            <source>&amp;Language</source>
            <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
            <translation>&amp;Iaith</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/menus/view.py" line="83" />
            <source>Read aloud</source>
            <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
            <translation>Darllen yn uchel</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/menus/view.py" line="109" />
            <source>Setting not saved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/menus/view.py" line="122" />
            <source>Theme changed. The voting screen uses it the next time it opens.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/menus/view.py" line="132" />
            <source>Text size {percent} %. The voting screen uses it the next time it opens.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/menus/view.py" line="142" />
            <source>Language changed. Screens opened from now on use it; restart the app for the menus.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ViewsTable</name>
        <message>
            <location filename="../../coprod_app/ui/capture/views_table.py" line="117" />
            <source>Views recorded in this session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/capture/views_table.py" line="118" />
            <source>Enter changes the chosen view; Delete deletes it; Ctrl+Z undoes.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>VoteResultsDialog</name>
        <message>
            <location filename="../../coprod_app/ui/voting/results_dialog.py" line="40" />
            <source>Group not recorded</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/results_dialog.py" line="25" />
            <source>Results of vote round {round}</source>
            <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
            <translation type="unfinished">Canlyniadau rownd bleidleisio {round}</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/results_dialog.py" line="27" />
            <source>{ballots} on screen, {tallied} on paper or by show of hands.</source>
            <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
            <translation type="unfinished">{ballots} ar y sgrin, {tallied} ar bapur neu drwy godi dwylo.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../coprod_app/ui/voting/results_dialog.py" line="28" />
            <source>%n ballot(s)</source>
            <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
            <translation type="unfinished">
                <numerusform>%n papur pleidleisio</numerusform>
                <numerusform>%n papur pleidleisio</numerusform>
                <numerusform>%n papur pleidleisio</numerusform>
                <numerusform>%n papur pleidleisio</numerusform>
                <numerusform>%n papur pleidleisio</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../coprod_app/ui/voting/results_dialog.py" line="29" />
            <source>%n vote(s)</source>
            <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
            <translation type="unfinished">
                <numerusform>%n pleidlais</numerusform>
                <numerusform>%n pleidlais</numerusform>
                <numerusform>%n pleidlais</numerusform>
                <numerusform>%n pleidlais</numerusform>
                <numerusform>%n pleidlais</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/results_dialog.py" line="42" />
            <source>{group}: fewer than 5 people, so not shown.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/results_dialog.py" line="48" />
            <source>No votes yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/results_dialog.py" line="54" />
            <source>Close</source>
            <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
            <translation type="unfinished">Cau</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/results_dialog.py" line="60" />
            <source>By group:</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>VotingMenu</name>
        <message>
            <location filename="../../coprod_app/ui/menus/voting.py" line="24" />
            <source>Vot&amp;ing</source>
            <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
            <translation>Pleidle&amp;isio</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/menus/voting.py" line="28" />
            <source>&amp;New vote round…</source>
            <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
            <translation type="unfinished">Rownd bleidleisio &amp;newydd…</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/menus/voting.py" line="29" />
            <source>&amp;Start participant screen…</source>
            <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
            <translation type="unfinished">&amp;Dechrau sgrin y cyfranogwyr…</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/menus/voting.py" line="31" />
            <source>Enter paper &amp;tally…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/menus/voting.py" line="32" />
            <source>&amp;Results…</source>
            <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
            <translation>&amp;Canlyniadau…</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/menus/voting.py" line="33" />
            <source>&amp;Close vote round…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/menus/voting.py" line="34" />
            <source>Set facilitator &amp;PIN…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/menus/voting.py" line="43" />
            <source>No session open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/menus/voting.py" line="44" />
            <source>Open or create a session first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/menus/voting.py" line="60" />
            <source>No vote round</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/menus/voting.py" line="61" />
            <source>Start a vote round first (Voting → New vote round).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/menus/voting.py" line="69" />
            <source>Round {round}: {method}, {cards}, {ballots} ({status})</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../coprod_app/ui/menus/voting.py" line="71" />
            <source>%n card(s)</source>
            <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
            <translation type="unfinished">
                <numerusform>%n cerdyn</numerusform>
                <numerusform>%n cerdyn</numerusform>
                <numerusform>%n cerdyn</numerusform>
                <numerusform>%n cerdyn</numerusform>
                <numerusform>%n cerdyn</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../coprod_app/ui/menus/voting.py" line="72" />
            <source>%n ballot(s)</source>
            <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
            <translation type="unfinished">
                <numerusform>%n papur pleidleisio</numerusform>
                <numerusform>%n papur pleidleisio</numerusform>
                <numerusform>%n papur pleidleisio</numerusform>
                <numerusform>%n papur pleidleisio</numerusform>
                <numerusform>%n papur pleidleisio</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/menus/voting.py" line="101" />
            <source>Started vote round {round}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/menus/voting.py" line="227" />
            <source>Vote round {round} is closed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/menus/voting.py" line="77" />
            <source>Which vote round?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/menus/voting.py" line="78" />
            <source>Vote round:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/menus/voting.py" line="127" />
            <source>Set a PIN first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/menus/voting.py" line="128" />
            <source>The participant screen can only be left with a PIN. Set one for this laptop now.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/menus/voting.py" line="146" />
            <source>Which screen?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/menus/voting.py" line="147" />
            <source>Show the voting screen on:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/menus/voting.py" line="161" />
            <location filename="../../coprod_app/ui/menus/voting.py" line="186" />
            <source>Could not start voting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../coprod_app/ui/menus/voting.py" line="223" />
            <source>Could not close the round</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>WelcomePage</name>
        <message>
            <location filename="../../coprod_app/ui/voting/pages.py" line="113" />
            <source>Look at each card. Tap Like, Not sure or Don't like.</source>
            <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
            <translation>Edrycha ar bob cerdyn. Tapia Hoffi, Ddim yn siŵr neu Ddim yn hoffi.</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/pages.py" line="115" />
            <source>Tap the cards that matter most to you. Tap the most important first.</source>
            <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
            <translation>Tapia'r cardiau sydd bwysicaf i ti. Tapia'r un pwysicaf yn gyntaf.</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/pages.py" line="117" />
            <source>Tap the cards that matter most to you. You can choose up to {most}.</source>
            <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
            <translation type="unfinished">Tapia'r cardiau sydd bwysicaf i ti. Gelli di ddewis hyd at {most}.</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/pages.py" line="120" />
            <source>Your turn.</source>
            <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
            <translation>Dy dro di.</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/pages.py" line="122" />
            <source>Start</source>
            <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
            <translation>Dechrau</translation>
        </message>
    </context>
    <context>
        <name>dialog</name>
        <message>
            <location filename="../../coprod_app/ui/accessibility.py" line="24" />
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
