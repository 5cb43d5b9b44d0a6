<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy_GB">
<context>
    <name>ActionsEditor</name>
    <message>
        <location filename="../../coprod_app/ui/actions_editor.py" line="52"/>
        <source>Themes and actions: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/actions_editor.py" line="56"/>
        <source>Views this theme came from (tick to include)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/actions_editor.py" line="58"/>
        <source>Views at this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/actions_editor.py" line="62"/>
        <source>Themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/actions_editor.py" line="64"/>
        <source>&amp;New theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/actions_editor.py" line="64"/>
        <source>Start a new theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/actions_editor.py" line="66"/>
        <source>Delete theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/actions_editor.py" line="67"/>
        <source>Delete the chosen theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/actions_editor.py" line="69"/>
        <source>Themes (you said)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/actions_editor.py" line="78"/>
        <source>Theme title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/actions_editor.py" line="79"/>
        <source>You said: a short summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/actions_editor.py" line="82"/>
        <source>&amp;Save theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/actions_editor.py" line="83"/>
        <source>Save the theme with the ticked views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/actions_editor.py" line="86"/>
        <source>Actions (we did)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/actions_editor.py" line="87"/>
        <location filename="../../coprod_app/ui/actions_editor.py" line="122"/>
        <source>We did</source>
        <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
        <translation type="unfinished">Fe wnaethon ni</translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/actions_editor.py" line="87"/>
        <location filename="../../coprod_app/ui/actions_editor.py" line="99"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/actions_editor.py" line="87"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/actions_editor.py" line="88"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/actions_editor.py" line="95"/>
        <source>The chosen action&apos;s status history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/actions_editor.py" line="98"/>
        <source>We did: what was or will be done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/actions_editor.py" line="102"/>
        <source>Reason (needed when not possible)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/actions_editor.py" line="103"/>
        <source>Owner: a role, not a person&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/actions_editor.py" line="104"/>
        <source>Due date, YYYY-MM-DD (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/actions_editor.py" line="106"/>
        <source>&amp;Add action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/actions_editor.py" line="106"/>
        <source>Add the action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/actions_editor.py" line="108"/>
        <source>Change &amp;status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/actions_editor.py" line="109"/>
        <source>Give the chosen action this status and reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/actions_editor.py" line="118"/>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/actions_editor.py" line="119"/>
        <source>&amp;You said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/actions_editor.py" line="124"/>
        <source>History of the chosen action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/actions_editor.py" line="127"/>
        <source>&amp;We did</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/actions_editor.py" line="128"/>
        <source>Stat&amp;us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/actions_editor.py" line="129"/>
        <source>&amp;Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/actions_editor.py" line="130"/>
        <source>&amp;Owner role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/actions_editor.py" line="131"/>
        <source>&amp;Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/actions_editor.py" line="154"/>
        <source>facilitator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BallotPage</name>
    <message>
        <location filename="../../coprod_app/ui/ballot_page.py" line="102"/>
        <location filename="../../coprod_app/ui/ballot_page.py" line="104"/>
        <source>Undo last tap</source>
        <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
        <translation>Dadwneud y tap olaf</translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/ballot_page.py" line="105"/>
        <source>Takes back the last card you chose.</source>
        <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
        <translation type="unfinished">Yn tynnu&apos;n ôl y cerdyn olaf a ddewisaist ti.</translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/ballot_page.py" line="110"/>
        <source>Done ✓</source>
        <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
        <translation>Wedi gorffen ✓</translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/ballot_page.py" line="112"/>
        <source>Done</source>
        <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
        <translation>Wedi gorffen</translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/ballot_page.py" line="113"/>
        <source>See what you chose before sending it.</source>
        <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
        <translation type="unfinished">Gweld beth ddewisaist ti cyn ei anfon.</translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/ballot_page.py" line="191"/>
        <source>Tap up to %1 cards that matter most to you.</source>
        <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
        <translation>Tapia hyd at %1 cerdyn sydd bwysicaf i ti.</translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/ballot_page.py" line="193"/>
        <source>Tap up to %1 cards in order. Tap the most important first.</source>
        <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
        <translation type="unfinished">Tapia hyd at %1 cerdyn yn eu trefn. Tapia&apos;r un pwysicaf yn gyntaf.</translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/ballot_page.py" line="194"/>
        <source>For each card, tap Like, Not sure or Don&apos;t like.</source>
        <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
        <translation>Ar gyfer pob cerdyn, tapia Hoffi, Ddim yn siŵr neu Ddim yn hoffi.</translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/ballot_page.py" line="201"/>
        <source>You have chosen %1. Tap a chosen card to change it.</source>
        <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
        <translation type="unfinished">Rwyt ti wedi dewis %1. Tapia gerdyn rwyt ti wedi&apos;i ddewis i&apos;w newid.</translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/ballot_page.py" line="254"/>
        <source>You rated %1 of %2 cards.</source>
        <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
        <translation type="unfinished">Rwyt ti wedi rhoi barn ar %1 o %2 cerdyn.</translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/ballot_page.py" line="260"/>
        <source>You chose %1 of %2.</source>
        <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
        <translation>Rwyt ti wedi dewis %1 o %2.</translation>
    </message>
</context>
<context>
    <name>CaptureForm</name>
    <message>
        <location filename="../../coprod_app/ui/capture.py" line="64"/>
        <source>What was said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/capture.py" line="65"/>
        <source>Type the words as said. Enter saves, Shift+Enter starts a new line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/capture.py" line="67"/>
        <location filename="../../coprod_app/ui/capture.py" line="315"/>
        <source>Type what was said, then press Enter to save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/capture.py" line="71"/>
        <location filename="../../coprod_app/ui/capture.py" line="288"/>
        <source>New view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/capture.py" line="74"/>
        <source>Charter principles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/capture.py" line="78"/>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/capture.py" line="82"/>
        <source>Priority (Alt+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/capture.py" line="84"/>
        <source>Commitments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/capture.py" line="85"/>
        <source>Space ticks or unticks the commitment under the cursor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/capture.py" line="89"/>
        <source>Commitments (Alt+M, Space ticks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/capture.py" line="91"/>
        <source>How they feel about it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/capture.py" line="96"/>
        <source>Not clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/capture.py" line="96"/>
        <source>Positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/capture.py" line="97"/>
        <source>Mixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/capture.py" line="97"/>
        <source>Negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/capture.py" line="100"/>
        <source>Sentiment: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/capture.py" line="100"/>
        <source>not clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/capture.py" line="107"/>
        <source>How the view was given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/capture.py" line="110"/>
        <source>How given (Alt+G)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/capture.py" line="112"/>
        <source>Who said it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/capture.py" line="113"/>
        <source>A participant&apos;s anonymous code, or none for the facilitator&apos;s own note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/capture.py" line="116"/>
        <source>Who (Alt+W)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/capture.py" line="117"/>
        <source>New code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/capture.py" line="118"/>
        <source>New participant code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/capture.py" line="120"/>
        <source>Follow up offline (safeguarding: write no details here) (Alt+U)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/capture.py" line="121"/>
        <source>Follow up offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/capture.py" line="129"/>
        <location filename="../../coprod_app/ui/capture.py" line="289"/>
        <source>Save view (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/capture.py" line="129"/>
        <source>Save view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/capture.py" line="131"/>
        <source>Cancel edit (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/capture.py" line="131"/>
        <source>Cancel edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/capture.py" line="137"/>
        <source>Save status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/capture.py" line="188"/>
        <source>No particular priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/capture.py" line="207"/>
        <source>No one in particular (facilitator&apos;s note)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/capture.py" line="210"/>
        <source>may quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/capture.py" line="210"/>
        <source>do not quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/capture.py" line="281"/>
        <source>Changing view %d: Enter saves the change, Esc cancels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/capture.py" line="282"/>
        <source>Save change (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/capture.py" line="314"/>
        <source>This session is closed. Reopen it to record more views.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChoiceCard</name>
    <message>
        <location filename="../../coprod_app/ui/vote_cards.py" line="132"/>
        <source>Card %1 of %2: %3</source>
        <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
        <translation>Cerdyn %1 o %2: %3</translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/vote_cards.py" line="165"/>
        <source>Read aloud: %1</source>
        <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
        <translation>Darllen yn uchel: %1</translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/vote_cards.py" line="196"/>
        <source>not chosen</source>
        <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
        <translation>heb ei ddewis</translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/vote_cards.py" line="198"/>
        <source>chosen</source>
        <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
        <translation>wedi&apos;i ddewis</translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/vote_cards.py" line="198"/>
        <source>choice number %1</source>
        <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
        <translation>dewis rhif %1</translation>
    </message>
</context>
<context>
    <name>EraseParticipantDialog</name>
    <message>
        <location filename="../../coprod_app/ui/menus/privacy.py" line="46"/>
        <source>Erase a participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/menus/privacy.py" line="47"/>
        <source>Participant code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/menus/privacy.py" line="56"/>
        <location filename="../../coprod_app/ui/menus/privacy.py" line="58"/>
        <source>Erase for good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/menus/privacy.py" line="61"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/menus/privacy.py" line="65"/>
        <source>&amp;Code on their sticker:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/menus/privacy.py" line="79"/>
        <source>This session has no participants.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/menus/privacy.py" line="84"/>
        <source>This removes %s and %s from participant %s, and their details and consent. Their words are wiped from the database file. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/menus/privacy.py" line="90"/>
        <source>These themes quote their words and keep them until you change them: %s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExchangeMenu</name>
    <message>
        <location filename="../../coprod_app/ui/menus/exchange.py" line="124"/>
        <source>&amp;Export this session&apos;s bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/menus/exchange.py" line="126"/>
        <source>&amp;Import bundles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/menus/exchange.py" line="127"/>
        <source>&amp;Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/menus/exchange.py" line="128"/>
        <source>&amp;Restore from a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/menus/exchange.py" line="160"/>
        <source>Open a session first; its bundle is what gets exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/menus/exchange.py" line="163"/>
        <source>Export this session&apos;s bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/menus/exchange.py" line="164"/>
        <location filename="../../coprod_app/ui/menus/exchange.py" line="188"/>
        <source>Session bundles (*.coprod)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/menus/exchange.py" line="180"/>
        <source>Exported “%s” (%d views) to %s. Copy this file to the officer&apos;s laptop and import it there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/menus/exchange.py" line="187"/>
        <source>Import session bundles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/menus/exchange.py" line="195"/>
        <source>An import is already running; wait for it to finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/menus/exchange.py" line="197"/>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/menus/exchange.py" line="198"/>
        <source>Import progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/menus/exchange.py" line="199"/>
        <source>Importing bundles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/menus/exchange.py" line="213"/>
        <source>Importing %s (%d of %d)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/menus/exchange.py" line="247"/>
        <source>Import finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/menus/exchange.py" line="258"/>
        <source>Backed up to %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/menus/exchange.py" line="266"/>
        <location filename="../../coprod_app/ui/menus/exchange.py" line="279"/>
        <source>Restore from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/menus/exchange.py" line="267"/>
        <source>Backups (*.sqlite3);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/menus/exchange.py" line="280"/>
        <source>Replace everything in this database with the backup %s (%d sessions, %d views)? The database as it is now is kept beside it, so nothing is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/menus/exchange.py" line="300"/>
        <source>Restored from %s. The database it replaced is kept as %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/menus/exchange.py" line="311"/>
        <source>Exchange</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../coprod_app/ui/export_dialog.py" line="42"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/export_dialog.py" line="45"/>
        <source>What to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/export_dialog.py" line="48"/>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/export_dialog.py" line="53"/>
        <source>All sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/export_dialog.py" line="54"/>
        <source>Export every session (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/export_dialog.py" line="55"/>
        <source>Only sessions between these dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/export_dialog.py" line="56"/>
        <source>Only sessions between two dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/export_dialog.py" line="59"/>
        <source>From date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/export_dialog.py" line="60"/>
        <source>To date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/export_dialog.py" line="64"/>
        <source>Save to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/export_dialog.py" line="65"/>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/export_dialog.py" line="65"/>
        <source>Choose where to save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/export_dialog.py" line="70"/>
        <source>Export progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/export_dialog.py" line="77"/>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/export_dialog.py" line="77"/>
        <source>Start the export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/export_dialog.py" line="80"/>
        <location filename="../../coprod_app/ui/export_dialog.py" line="170"/>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/export_dialog.py" line="81"/>
        <source>Cancel the export or close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/export_dialog.py" line="83"/>
        <source>&amp;Open the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/export_dialog.py" line="83"/>
        <source>Open the exported file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/export_dialog.py" line="88"/>
        <source>&amp;What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/export_dialog.py" line="89"/>
        <source>&amp;Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/export_dialog.py" line="94"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/export_dialog.py" line="96"/>
        <source>&amp;Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/export_dialog.py" line="102"/>
        <source>Save &amp;to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/export_dialog.py" line="150"/>
        <source>Save the CSV files in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/export_dialog.py" line="152"/>
        <source>Save the PDF as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/export_dialog.py" line="160"/>
        <source>Choose where to save the export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/export_dialog.py" line="169"/>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/export_dialog.py" line="184"/>
        <source>Stopping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/export_dialog.py" line="197"/>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/export_dialog.py" line="208"/>
        <source>Saved: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/export_dialog.py" line="221"/>
        <source>Cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FacilitatorConsole</name>
    <message>
        <location filename="../../coprod_app/ui/vote_console.py" line="42"/>
        <source>Vote console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/vote_console.py" line="45"/>
        <source>Vote round %1: %2, %3 cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/vote_console.py" line="58"/>
        <source>Codes of people who have voted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/vote_console.py" line="63"/>
        <source>Next voter&apos;s code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/vote_console.py" line="64"/>
        <source>Links the next vote to this anonymous code; leave empty for no code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/vote_console.py" line="68"/>
        <source>Next person now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/vote_console.py" line="69"/>
        <location filename="../../coprod_app/ui/vote_console.py" line="171"/>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/vote_console.py" line="72"/>
        <location filename="../../coprod_app/ui/vote_console.py" line="174"/>
        <source>Show results on the big screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/vote_console.py" line="76"/>
        <source>Add paper or show-of-hands votes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/vote_console.py" line="78"/>
        <source>End voting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/vote_console.py" line="79"/>
        <source>Back to voting</source>
        <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
        <translation type="unfinished">Yn ôl i bleidleisio</translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/vote_console.py" line="105"/>
        <source>Next voter&apos;s &amp;code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/vote_console.py" line="114"/>
        <source>Codes that have voted:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/vote_console.py" line="119"/>
        <location filename="../../coprod_app/ui/vote_console.py" line="219"/>
        <source>Show results by group here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/vote_console.py" line="159"/>
        <source>Votes so far: %1 on screen, %2 on paper or by hands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/vote_console.py" line="163"/>
        <source>Paused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/vote_console.py" line="163"/>
        <source>Voting is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/vote_console.py" line="165"/>
        <source>Results are showing on the big screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/vote_console.py" line="167"/>
        <source>Results are hidden from the big screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/vote_console.py" line="171"/>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/vote_console.py" line="174"/>
        <source>Hide results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/vote_console.py" line="186"/>
        <source>(no code)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/vote_console.py" line="199"/>
        <location filename="../../coprod_app/ui/vote_console.py" line="201"/>
        <source>Group not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/vote_console.py" line="204"/>
        <source>%1: fewer than 5 people, so not shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/vote_console.py" line="210"/>
        <source>%1: %2 voted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/vote_console.py" line="212"/>
        <source>No votes yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/vote_console.py" line="217"/>
        <source>Hide results by group</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LastTime</name>
    <message>
        <location filename="../../coprod_app/ui/last_time.py" line="68"/>
        <source>Welcome</source>
        <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
        <translation>Croeso</translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/last_time.py" line="72"/>
        <source>This is our first meeting</source>
        <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
        <translation>Dyma ein cyfarfod cyntaf</translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/last_time.py" line="73"/>
        <source>We want to hear what you think.</source>
        <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
        <translation>Rydyn ni eisiau clywed beth rydych chi&apos;n ei feddwl.</translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/last_time.py" line="82"/>
        <source>Last time you said…</source>
        <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
        <translation type="unfinished">Y tro diwethaf, dywedoch chi…</translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/last_time.py" line="86"/>
        <source>At the %1 on %2</source>
        <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
        <translation type="unfinished">Yn y %1 ar %2</translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/last_time.py" line="89"/>
        <source>You told us what matters to you.</source>
        <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
        <translation type="unfinished">Dywedoch chi wrthon ni beth sy&apos;n bwysig i chi.</translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/last_time.py" line="93"/>
        <source>We listened</source>
        <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
        <translation>Fe wnaethon ni wrando</translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/last_time.py" line="94"/>
        <source>Here is what we did.</source>
        <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
        <translation>Dyma beth wnaethon ni.</translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/last_time.py" line="102"/>
        <source>We are still working on it</source>
        <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
        <translation>Rydyn ni&apos;n dal i weithio arno</translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/last_time.py" line="106"/>
        <location filename="../../coprod_app/ui/last_time.py" line="126"/>
        <source>We did</source>
        <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
        <translation>Fe wnaethon ni</translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/last_time.py" line="107"/>
        <source>We are still reading what you said.</source>
        <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
        <translation>Rydyn ni&apos;n dal i ddarllen beth ddywedoch chi.</translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/last_time.py" line="111"/>
        <location filename="../../coprod_app/ui/last_time.py" line="129"/>
        <source>What happens next</source>
        <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
        <translation>Beth sy&apos;n digwydd nesaf</translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/last_time.py" line="112"/>
        <source>We will tell you more soon.</source>
        <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
        <translation>Byddwn ni&apos;n dweud mwy wrthoch chi cyn bo hir.</translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/last_time.py" line="120"/>
        <source>We are still working out what to do.</source>
        <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
        <translation type="unfinished">Rydyn ni&apos;n dal i benderfynu beth i&apos;w wneud.</translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/last_time.py" line="125"/>
        <source>You said</source>
        <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
        <translation>Dywedoch chi</translation>
    </message>
</context>
<context>
    <name>LastTimeViewer</name>
    <message>
        <location filename="../../coprod_app/ui/last_time.py" line="208"/>
        <source>Last time you said</source>
        <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
        <translation type="unfinished">Y tro diwethaf, dywedoch chi</translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/last_time.py" line="209"/>
        <source>Last time you said…</source>
        <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
        <translation type="unfinished">Y tro diwethaf, dywedoch chi…</translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/last_time.py" line="243"/>
        <source>◀  Back</source>
        <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
        <translation>◀  Yn ôl</translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/last_time.py" line="243"/>
        <source>Previous card</source>
        <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
        <translation>Y cerdyn blaenorol</translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/last_time.py" line="245"/>
        <source>Next  ▶</source>
        <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
        <translation>Nesaf  ▶</translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/last_time.py" line="245"/>
        <source>Next card</source>
        <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
        <translation>Y cerdyn nesaf</translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/last_time.py" line="249"/>
        <source>Read this card aloud</source>
        <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
        <translation>Darllen y cerdyn hwn yn uchel</translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/last_time.py" line="252"/>
        <source>Close</source>
        <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
        <translation>Cau</translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/last_time.py" line="336"/>
        <source>%1 of %2</source>
        <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
        <translation>%1 o %2</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../coprod_app/ui/main_window.py" line="33"/>
        <source>coprod-app: you said, we did</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/main_window.py" line="43"/>
        <source>No session yet. Press Ctrl+N to create one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/main_window.py" line="68"/>
        <source>Database: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/main_window.py" line="85"/>
        <source>The newest good backup is %s: restore it with File ▸ Restore from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/main_window.py" line="86"/>
        <source>The database is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/main_window.py" line="92"/>
        <source>&amp;File</source>
        <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
        <translation>&amp;Ffeil</translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/main_window.py" line="93"/>
        <source>&amp;New session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/main_window.py" line="95"/>
        <source>New &amp;participant code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/main_window.py" line="98"/>
        <source>&amp;Quit</source>
        <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
        <translation type="unfinished">&amp;Gadael</translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/main_window.py" line="100"/>
        <source>&amp;Edit</source>
        <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
        <translation>&amp;Golygu</translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/main_window.py" line="101"/>
        <location filename="../../coprod_app/ui/main_window.py" line="126"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/main_window.py" line="103"/>
        <location filename="../../coprod_app/ui/main_window.py" line="127"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/main_window.py" line="108"/>
        <source>&amp;Help</source>
        <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
        <translation>&amp;Cymorth</translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/main_window.py" line="109"/>
        <source>&amp;About</source>
        <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
        <translation type="unfinished">&amp;Ynghylch</translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/main_window.py" line="126"/>
        <source>&amp;Undo %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/main_window.py" line="127"/>
        <source>&amp;Redo %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/main_window.py" line="137"/>
        <source>Could not open the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/main_window.py" line="145"/>
        <source>No strategy pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/main_window.py" line="155"/>
        <source>About coprod-app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/main_window.py" line="156"/>
        <source>coprod-app %s

Record what children, young people and families say, let them vote, and answer them with &quot;you said, we did&quot;. Works offline; nothing leaves this laptop unless you export it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewRoundDialog</name>
    <message>
        <location filename="../../coprod_app/ui/round_dialog.py" line="33"/>
        <source>New vote round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/round_dialog.py" line="39"/>
        <source>All %1 commitments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/round_dialog.py" line="41"/>
        <source>All commitments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/round_dialog.py" line="44"/>
        <location filename="../../coprod_app/ui/round_dialog.py" line="46"/>
        <source>One priority&apos;s commitments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/round_dialog.py" line="49"/>
        <source>Commitments I pick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/round_dialog.py" line="51"/>
        <source>Hand-picked commitments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/round_dialog.py" line="58"/>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/round_dialog.py" line="64"/>
        <source>Commitments on the ballot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/round_dialog.py" line="65"/>
        <source>Space ticks a commitment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/round_dialog.py" line="73"/>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/round_dialog.py" line="76"/>
        <source>Most cards one person may choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/round_dialog.py" line="86"/>
        <source>&amp;Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/round_dialog.py" line="87"/>
        <source>Most c&amp;hoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/round_dialog.py" line="88"/>
        <source>&amp;Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/round_dialog.py" line="91"/>
        <location filename="../../coprod_app/ui/round_dialog.py" line="93"/>
        <source>Start round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/round_dialog.py" line="95"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/round_dialog.py" line="99"/>
        <source>Cards on the ballot:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/round_dialog.py" line="128"/>
        <source>Tick at least one commitment for the ballot.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewSessionDialog</name>
    <message>
        <location filename="../../coprod_app/ui/session_setup.py" line="28"/>
        <source>New session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/session_setup.py" line="32"/>
        <source>Session title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/session_setup.py" line="34"/>
        <source>Session date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/session_setup.py" line="37"/>
        <source>Forum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/session_setup.py" line="40"/>
        <source>Town</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/session_setup.py" line="44"/>
        <source>Venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/session_setup.py" line="46"/>
        <source>Facilitators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/session_setup.py" line="47"/>
        <source>First names or roles of the people running the session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/session_setup.py" line="54"/>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/session_setup.py" line="54"/>
        <source>&amp;Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/session_setup.py" line="55"/>
        <source>&amp;Forum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/session_setup.py" line="55"/>
        <source>T&amp;own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/session_setup.py" line="56"/>
        <source>&amp;Venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/session_setup.py" line="56"/>
        <source>F&amp;acilitators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/session_setup.py" line="61"/>
        <location filename="../../coprod_app/ui/session_setup.py" line="62"/>
        <source>Create session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/session_setup.py" line="63"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/session_setup.py" line="67"/>
        <source>Strategy pack: %s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParticipantDialog</name>
    <message>
        <location filename="../../coprod_app/ui/participant_dialog.py" line="20"/>
        <source>New participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/participant_dialog.py" line="24"/>
        <source>Group (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/participant_dialog.py" line="25"/>
        <location filename="../../coprod_app/ui/participant_dialog.py" line="29"/>
        <source>Not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/participant_dialog.py" line="28"/>
        <source>Age band (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/participant_dialog.py" line="32"/>
        <source>Town (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/participant_dialog.py" line="36"/>
        <source>They agree to be &amp;quoted word for word in reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/participant_dialog.py" line="37"/>
        <source>Agrees to be quoted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/participant_dialog.py" line="42"/>
        <source>&amp;Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/participant_dialog.py" line="42"/>
        <source>&amp;Age band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/participant_dialog.py" line="43"/>
        <source>&amp;Town</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/participant_dialog.py" line="48"/>
        <location filename="../../coprod_app/ui/participant_dialog.py" line="49"/>
        <source>Make code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/participant_dialog.py" line="50"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/participant_dialog.py" line="54"/>
        <source>No names or birth dates: the app makes an anonymous code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/participant_dialog.py" line="61"/>
        <source>This session does not note group, age band or town.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParticipantScreen</name>
    <message>
        <location filename="../../coprod_app/ui/participant_screen.py" line="85"/>
        <source>Voting screen</source>
        <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
        <translation>Sgrin bleidleisio</translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/participant_screen.py" line="86"/>
        <source>Voting</source>
        <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
        <translation>Pleidleisio</translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/participant_screen.py" line="218"/>
        <source>Your vote could not be saved. Please ask the facilitator.</source>
        <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
        <translation type="unfinished">Doedd dim modd cadw dy bleidlais. Gofynna i&apos;r hwylusydd.</translation>
    </message>
</context>
<context>
    <name>PausedPage</name>
    <message>
        <location filename="../../coprod_app/ui/vote_pages.py" line="242"/>
        <source>Please wait.</source>
        <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
        <translation type="unfinished">Arhosa funud, os gweli di&apos;n dda.</translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/vote_pages.py" line="243"/>
        <source>Voting will start again soon.</source>
        <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
        <translation>Bydd y pleidleisio&apos;n dechrau eto cyn bo hir.</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <location filename="../../coprod_app/ui/pin_dialog.py" line="156"/>
        <source>Facilitator PIN</source>
        <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
        <translation type="unfinished">PIN yr hwylusydd</translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/pin_dialog.py" line="158"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <location filename="../../coprod_app/ui/pin_dialog.py" line="50"/>
        <location filename="../../coprod_app/ui/pin_dialog.py" line="54"/>
        <source>Facilitator PIN</source>
        <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
        <translation>PIN yr hwylusydd</translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/pin_dialog.py" line="72"/>
        <source>Clear</source>
        <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
        <translation>Clirio</translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/pin_dialog.py" line="72"/>
        <source>Clear the PIN</source>
        <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
        <translation>Clirio&apos;r PIN</translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/pin_dialog.py" line="78"/>
        <source>Unlock</source>
        <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
        <translation>Datgloi</translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/pin_dialog.py" line="85"/>
        <source>Back to voting</source>
        <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
        <translation>Yn ôl i bleidleisio</translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/pin_dialog.py" line="131"/>
        <source>That PIN is not right.</source>
        <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
        <translation>Dydy&apos;r PIN yna ddim yn iawn.</translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/pin_dialog.py" line="139"/>
        <source>Wrong PIN. Try again in 1 second.</source>
        <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
        <translation type="unfinished">PIN anghywir. Rho gynnig arall mewn 1 eiliad.</translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/pin_dialog.py" line="141"/>
        <source>Wrong PIN. Try again in %1 seconds.</source>
        <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
        <translation type="unfinished">PIN anghywir. Rho gynnig arall mewn %1 eiliad.</translation>
    </message>
</context>
<context>
    <name>RatingCard</name>
    <message>
        <location filename="../../coprod_app/ui/vote_cards.py" line="370"/>
        <source>Read aloud: %1</source>
        <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
        <translation>Darllen yn uchel: %1</translation>
    </message>
</context>
<context>
    <name>RatingWords</name>
    <message>
        <location filename="../../coprod_app/ui/vote_cards.py" line="271"/>
        <source>Like</source>
        <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
        <translation>Hoffi</translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/vote_cards.py" line="272"/>
        <source>Not sure</source>
        <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
        <translation>Ddim yn siŵr</translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/vote_cards.py" line="273"/>
        <source>Don&apos;t like</source>
        <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
        <translation>Ddim yn hoffi</translation>
    </message>
</context>
<context>
    <name>ReadAloud</name>
    <message>
        <location filename="../../coprod_app/ui/read_aloud.py" line="33"/>
        <source>Read aloud is off on this computer (COPROD_READ_ALOUD=off).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/read_aloud.py" line="40"/>
        <source>Read aloud is off: Qt&apos;s speech library could not be loaded on this computer (on Linux, install libpulse0 and speech-dispatcher).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/read_aloud.py" line="48"/>
        <source>Read aloud is off: this computer has no speech engine (on Linux, install speech-dispatcher).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/read_aloud.py" line="55"/>
        <location filename="../../coprod_app/ui/read_aloud.py" line="61"/>
        <source>Read aloud is off: the speech engine did not start (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/read_aloud.py" line="93"/>
        <source>Read aloud: on (a speaker button on each card).</source>
        <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
        <translation type="unfinished">Darllen yn uchel: ymlaen (botwm uchelseinydd ar bob cerdyn).</translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/read_aloud.py" line="148"/>
        <location filename="../../coprod_app/ui/read_aloud.py" line="151"/>
        <source>Read aloud</source>
        <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
        <translation>Darllen yn uchel</translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/read_aloud.py" line="149"/>
        <source>Reads the words on this card out loud.</source>
        <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
        <translation>Yn darllen y geiriau ar y cerdyn hwn yn uchel.</translation>
    </message>
</context>
<context>
    <name>RemovePassphraseDialog</name>
    <message>
        <location filename="../../coprod_app/ui/lock.py" line="144"/>
        <source>Remove the passphrase lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/lock.py" line="145"/>
        <source>Current passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/lock.py" line="150"/>
        <location filename="../../coprod_app/ui/lock.py" line="151"/>
        <source>Remove the lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/lock.py" line="152"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/lock.py" line="156"/>
        <source>Type the current passphrase to remove the lock.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultsChart</name>
    <message>
        <location filename="../../coprod_app/ui/results_chart.py" line="32"/>
        <source>Results chart</source>
        <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
        <translation>Siart canlyniadau</translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/results_chart.py" line="52"/>
        <source>%1 like, %2 not sure, %3 don&apos;t like</source>
        <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
        <translation type="unfinished">%1 yn hoffi, %2 ddim yn siŵr, %3 ddim yn hoffi</translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/results_chart.py" line="58"/>
        <source>%1 points</source>
        <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
        <translation>%1 pwynt</translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/results_chart.py" line="59"/>
        <source>1 vote</source>
        <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
        <translation type="unfinished">1 bleidlais</translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/results_chart.py" line="59"/>
        <source>%1 votes</source>
        <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
        <translation type="unfinished">%1 pleidlais</translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/results_chart.py" line="151"/>
        <source>1 more card is not shown here.</source>
        <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
        <translation type="unfinished">Dydy 1 cerdyn arall ddim yn cael ei ddangos yma.</translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/results_chart.py" line="153"/>
        <source>%1 more cards are not shown here.</source>
        <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
        <translation type="unfinished">Dydy %1 cerdyn arall ddim yn cael eu dangos yma.</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <location filename="../../coprod_app/ui/vote_pages.py" line="257"/>
        <source>What people chose</source>
        <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
        <translation>Beth ddewisodd pobl</translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/vote_pages.py" line="278"/>
        <source>%1 votes. Most liked first.</source>
        <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
        <translation type="unfinished">%1 pleidlais. Y rhai mwyaf poblogaidd yn gyntaf.</translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/vote_pages.py" line="280"/>
        <source>%1 votes. Most chosen first.</source>
        <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
        <translation type="unfinished">%1 pleidlais. Y rhai a ddewiswyd fwyaf yn gyntaf.</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <location filename="../../coprod_app/ui/menus/privacy.py" line="114"/>
        <source>Data past its retention period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/menus/privacy.py" line="116"/>
        <source>Sessions due for deletion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/menus/privacy.py" line="119"/>
        <source>%s  %s: %s and %s (kept until %s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/menus/privacy.py" line="123"/>
        <source>Close</source>
        <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
        <translation type="unfinished">Cau</translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/menus/privacy.py" line="125"/>
        <source>Delete these sessions now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/menus/privacy.py" line="127"/>
        <source>Delete these sessions now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/menus/privacy.py" line="136"/>
        <source>These sessions are past the time we said we would keep them. Deleting removes their participants, views and votes for good; themes and actions stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/menus/privacy.py" line="140"/>
        <source>No session is past its retention period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/menus/privacy.py" line="155"/>
        <source>Delete for good?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/menus/privacy.py" line="156"/>
        <source>Delete %s with %s and %s for good? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/menus/privacy.py" line="169"/>
        <source>Could not delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../coprod_app/ui/vote_pages.py" line="149"/>
        <source>You chose:</source>
        <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
        <translation>Dewisaist ti:</translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/vote_pages.py" line="172"/>
        <source>Is this right?</source>
        <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
        <translation>Ydy hyn yn iawn?</translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/vote_pages.py" line="178"/>
        <source>Yes ✓</source>
        <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
        <translation>Ydy ✓</translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/vote_pages.py" line="178"/>
        <source>Yes, send my vote</source>
        <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
        <translation>Ydy, anfon fy mhleidlais</translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/vote_pages.py" line="181"/>
        <source>Change</source>
        <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
        <translation>Newid</translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/vote_pages.py" line="181"/>
        <source>No, change my choices</source>
        <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
        <translation type="unfinished">Na, newid fy newisiadau</translation>
    </message>
</context>
<context>
    <name>SessionList</name>
    <message>
        <location filename="../../coprod_app/ui/session_list.py" line="52"/>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/session_list.py" line="53"/>
        <source>Choose a session to record views in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/session_list.py" line="61"/>
        <source>New session… (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/session_list.py" line="61"/>
        <source>New session</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionPage</name>
    <message>
        <location filename="../../coprod_app/ui/session_page.py" line="49"/>
        <source>Close or reopen session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/session_page.py" line="57"/>
        <source>Show views for principle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/session_page.py" line="58"/>
        <source>Show views for priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/session_page.py" line="66"/>
        <source>&amp;Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/session_page.py" line="66"/>
        <source>Change the chosen view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/session_page.py" line="68"/>
        <source>De&amp;lete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/session_page.py" line="68"/>
        <source>Delete the chosen view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/session_page.py" line="83"/>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/session_page.py" line="115"/>
        <source>All principles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/session_page.py" line="116"/>
        <source>All priorities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/session_page.py" line="137"/>
        <source>with %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/session_page.py" line="140"/>
        <source>Reopen session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/session_page.py" line="140"/>
        <source>Close session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/session_page.py" line="154"/>
        <source>1 view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/session_page.py" line="154"/>
        <source>%d views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/session_page.py" line="156"/>
        <source>%d of %d views shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/session_page.py" line="181"/>
        <source>✓ Saved view %d at %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/session_page.py" line="184"/>
        <source>✓ Saved the change to view %d at %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/session_page.py" line="192"/>
        <source>record view %d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/session_page.py" line="202"/>
        <source>change view %d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/session_page.py" line="220"/>
        <source>delete view %d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/session_page.py" line="228"/>
        <source>Deleted view %d. Ctrl+Z brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/session_page.py" line="233"/>
        <source>Choose a view in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/session_page.py" line="240"/>
        <source>Undone: %s (saved).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/session_page.py" line="245"/>
        <source>Redone: %s (saved).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/session_page.py" line="254"/>
        <source>The session is now %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/session_page.py" line="255"/>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/session_page.py" line="255"/>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/session_page.py" line="268"/>
        <source>New participant code: %s. Write it on their sticker.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionsModel</name>
    <message>
        <location filename="../../coprod_app/ui/session_list.py" line="26"/>
        <source> (closed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/session_list.py" line="29"/>
        <source>%d views, %d people</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetPassphraseDialog</name>
    <message>
        <location filename="../../coprod_app/ui/lock.py" line="93"/>
        <source>Passphrase lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/lock.py" line="94"/>
        <source>Current passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/lock.py" line="95"/>
        <source>New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/lock.py" line="96"/>
        <source>New passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/lock.py" line="103"/>
        <source>&amp;Current passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/lock.py" line="104"/>
        <source>&amp;New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/lock.py" line="105"/>
        <source>&amp;Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/lock.py" line="107"/>
        <location filename="../../coprod_app/ui/lock.py" line="108"/>
        <source>Set the lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/lock.py" line="109"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/lock.py" line="116"/>
        <source>The app will ask for this passphrase when it opens. It stops someone opening the app on a shared laptop; it does not encrypt the file. Use disk encryption (BitLocker, FileVault) too.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetPinDialog</name>
    <message>
        <location filename="../../coprod_app/ui/pin_dialog.py" line="172"/>
        <source>Set the facilitator PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/pin_dialog.py" line="176"/>
        <source>The PIN is needed to leave the participant screen. Use 4 to 12 digits. It is kept only on this laptop, scrambled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/pin_dialog.py" line="181"/>
        <location filename="../../coprod_app/ui/pin_dialog.py" line="187"/>
        <source>New PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/pin_dialog.py" line="182"/>
        <source>New PIN again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/pin_dialog.py" line="188"/>
        <source>Type it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/pin_dialog.py" line="191"/>
        <source>Save PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/pin_dialog.py" line="193"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/pin_dialog.py" line="203"/>
        <location filename="../../coprod_app/ui/pin_dialog.py" line="208"/>
        <source>PIN not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/pin_dialog.py" line="203"/>
        <source>The two PINs are different.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TallyDialog</name>
    <message>
        <location filename="../../coprod_app/ui/tally_dialog.py" line="32"/>
        <source>Paper or show-of-hands votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/tally_dialog.py" line="35"/>
        <source>Count the dots or hands for one card, then save. Repeat for each card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/tally_dialog.py" line="37"/>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/tally_dialog.py" line="41"/>
        <source>How many</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/tally_dialog.py" line="43"/>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/tally_dialog.py" line="44"/>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/tally_dialog.py" line="47"/>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/tally_dialog.py" line="55"/>
        <source>&amp;Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/tally_dialog.py" line="56"/>
        <source>&amp;How many</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/tally_dialog.py" line="57"/>
        <source>&amp;Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/tally_dialog.py" line="59"/>
        <source>&amp;Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/tally_dialog.py" line="64"/>
        <source>Save the count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/tally_dialog.py" line="66"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ThanksPage</name>
    <message>
        <location filename="../../coprod_app/ui/vote_pages.py" line="225"/>
        <source>Thank you.</source>
        <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
        <translation>Diolch.</translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/vote_pages.py" line="226"/>
        <source>Your vote is saved.</source>
        <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
        <translation>Mae dy bleidlais wedi&apos;i chadw.</translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/vote_pages.py" line="227"/>
        <source>The next person can have a turn soon.</source>
        <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
        <translation>Bydd y person nesaf yn cael tro cyn bo hir.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../coprod_app/ui/lock.py" line="43"/>
        <source>coprod-app is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/lock.py" line="44"/>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/lock.py" line="49"/>
        <location filename="../../coprod_app/ui/lock.py" line="50"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/lock.py" line="51"/>
        <location filename="../../coprod_app/ui/lock.py" line="52"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/lock.py" line="55"/>
        <source>Type the passphrase to open the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../coprod_app/ui/lock.py" line="75"/>
        <source>That passphrase is not right. %n tries left.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ViewMenu</name>
    <message>
        <location filename="../../coprod_app/ui/menus/view.py" line="42"/>
        <source>&amp;View</source>
        <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
        <translation>&amp;Golwg</translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/menus/view.py" line="45"/>
        <source>&amp;Theme</source>
        <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
        <translation>&amp;Thema</translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/menus/view.py" line="48"/>
        <source>&amp;Default</source>
        <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
        <translation type="unfinished">&amp;Arferol</translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/menus/view.py" line="49"/>
        <source>&amp;High contrast</source>
        <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
        <translation>&amp;Cyferbyniad uchel</translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/menus/view.py" line="50"/>
        <source>&amp;Calm (off-white, low glare)</source>
        <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
        <translation type="unfinished">&amp;Tawel (lliw hufen, llai o lacharedd)</translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/menus/view.py" line="59"/>
        <source>Text &amp;size</source>
        <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
        <translation>&amp;Maint y testun</translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/menus/view.py" line="68"/>
        <source>&amp;Language</source>
        <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
        <translation>&amp;Iaith</translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/menus/view.py" line="82"/>
        <source>Read aloud</source>
        <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
        <translation>Darllen yn uchel</translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/menus/view.py" line="111"/>
        <source>Setting not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/menus/view.py" line="124"/>
        <source>Theme changed. The voting screen uses it the next time it opens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/menus/view.py" line="134"/>
        <source>Text size %1 %. The voting screen uses it the next time it opens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/menus/view.py" line="144"/>
        <source>Language changed. Screens opened from now on use it; restart the app for the menus.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ViewsTable</name>
    <message>
        <location filename="../../coprod_app/ui/views_table.py" line="103"/>
        <source>Views recorded in this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/views_table.py" line="104"/>
        <source>Enter changes the chosen view; Delete deletes it; Ctrl+Z undoes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VoteResultsDialog</name>
    <message>
        <location filename="../../coprod_app/ui/vote_results_dialog.py" line="20"/>
        <source>Results of vote round %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/vote_results_dialog.py" line="22"/>
        <source>%1 ballots on screen, %2 paper or show-of-hands votes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/vote_results_dialog.py" line="34"/>
        <source>Group not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/vote_results_dialog.py" line="36"/>
        <source>%1: fewer than 5 people, so not shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/vote_results_dialog.py" line="42"/>
        <source>No votes yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/vote_results_dialog.py" line="48"/>
        <source>Close</source>
        <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
        <translation type="unfinished">Cau</translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/vote_results_dialog.py" line="54"/>
        <source>By group:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VotingMenu</name>
    <message>
        <location filename="../../coprod_app/ui/menus/voting.py" line="16"/>
        <source>Vot&amp;ing</source>
        <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
        <translation>Pleidle&amp;isio</translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/menus/voting.py" line="21"/>
        <source>&amp;New vote round…</source>
        <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
        <translation type="unfinished">Rownd bleidleisio &amp;newydd…</translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/menus/voting.py" line="27"/>
        <source>&amp;Start participant screen…</source>
        <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
        <translation type="unfinished">&amp;Dechrau sgrin y cyfranogwyr…</translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/menus/voting.py" line="33"/>
        <source>Enter paper &amp;tally…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/menus/voting.py" line="38"/>
        <source>&amp;Results…</source>
        <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
        <translation>&amp;Canlyniadau…</translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/menus/voting.py" line="40"/>
        <source>&amp;Close vote round…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/menus/voting.py" line="46"/>
        <source>Set facilitator &amp;PIN…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/menus/voting.py" line="71"/>
        <source>No session open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/menus/voting.py" line="72"/>
        <source>Open or create a session first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/menus/voting.py" line="85"/>
        <source>No vote round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/menus/voting.py" line="86"/>
        <source>Start a vote round first (Voting → New vote round).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/menus/voting.py" line="94"/>
        <source>Round %1: %2, %3 cards, %4 ballots (%5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/menus/voting.py" line="104"/>
        <source>Which vote round?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/menus/voting.py" line="105"/>
        <source>Vote round:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/menus/voting.py" line="126"/>
        <source>Started vote round %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/menus/voting.py" line="147"/>
        <source>Set a PIN first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/menus/voting.py" line="148"/>
        <source>The participant screen can only be left with a PIN. Set one for this laptop now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/menus/voting.py" line="166"/>
        <source>Which screen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/menus/voting.py" line="167"/>
        <source>Show the voting screen on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/menus/voting.py" line="181"/>
        <source>Could not start voting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/menus/voting.py" line="214"/>
        <source>Could not close the round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/menus/voting.py" line="218"/>
        <source>Vote round %1 is closed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../coprod_app/ui/vote_pages.py" line="111"/>
        <source>Look at each card. Tap Like, Not sure or Don&apos;t like.</source>
        <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
        <translation>Edrycha ar bob cerdyn. Tapia Hoffi, Ddim yn siŵr neu Ddim yn hoffi.</translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/vote_pages.py" line="113"/>
        <source>Tap the cards that matter most to you. Tap the most important first.</source>
        <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
        <translation>Tapia&apos;r cardiau sydd bwysicaf i ti. Tapia&apos;r un pwysicaf yn gyntaf.</translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/vote_pages.py" line="115"/>
        <source>Tap the cards that matter most to you. You can choose up to %1.</source>
        <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
        <translation>Tapia&apos;r cardiau sydd bwysicaf i ti. Gelli di ddewis hyd at %1.</translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/vote_pages.py" line="119"/>
        <source>Your turn.</source>
        <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
        <translation>Dy dro di.</translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/vote_pages.py" line="121"/>
        <source>Start</source>
        <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
        <translation>Dechrau</translation>
    </message>
</context>
<context>
    <name>self.window</name>
    <message>
        <location filename="../../coprod_app/ui/menus/officer.py" line="47"/>
        <source>No session open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/menus/officer.py" line="48"/>
        <source>Open a session first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/menus/officer.py" line="60"/>
        <source>Themes and actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/menus/officer.py" line="84"/>
        <source>Last time you said</source>
        <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
        <translation type="unfinished">Y tro diwethaf, dywedoch chi</translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/menus/privacy.py" line="244"/>
        <source>Change passphrase &amp;lock…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/menus/privacy.py" line="244"/>
        <source>Set passphrase &amp;lock…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/menus/privacy.py" line="271"/>
        <source>Erased participant %s: %s and %s removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/menus/privacy.py" line="278"/>
        <source>Another program has the database open, so the words may still be in the file until the next erase or purge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/menus/privacy.py" line="292"/>
        <source>Deleted %s with %s and %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/menus/privacy.py" line="302"/>
        <source>Keep this session&apos;s data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/menus/privacy.py" line="304"/>
        <source>Months to keep this session&apos;s data after its date
(it is then due for deletion):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/menus/privacy.py" line="315"/>
        <location filename="../../coprod_app/ui/menus/privacy.py" line="343"/>
        <location filename="../../coprod_app/ui/menus/privacy.py" line="388"/>
        <source>Not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/menus/privacy.py" line="318"/>
        <source>This session is kept for %s, until %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/menus/privacy.py" line="331"/>
        <source>Stop asking for group, age band and town</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/menus/privacy.py" line="332"/>
        <source>Also remove the group, age band and town already noted in this session?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/menus/privacy.py" line="362"/>
        <source>Save the privacy notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/menus/privacy.py" line="364"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/menus/privacy.py" line="372"/>
        <source>Could not save the notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/menus/privacy.py" line="374"/>
        <source>Saved the privacy notice to %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/menus/privacy.py" line="380"/>
        <source>Contact on the privacy notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/menus/privacy.py" line="381"/>
        <source>Who families can contact to ask for removal (a team name and phone or email):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/menus/privacy.py" line="392"/>
        <source>The passphrase lock is set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/menus/privacy.py" line="397"/>
        <source>The passphrase lock is removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../../coprod_app/ui/menus/exchange.py" line="348"/>
        <source>&amp;File</source>
        <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
        <translation type="unfinished">&amp;Ffeil</translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/menus/exchange.py" line="350"/>
        <source>E&amp;xchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/menus/officer.py" line="12"/>
        <source>&amp;Officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/menus/officer.py" line="16"/>
        <source>&amp;Themes and actions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/menus/officer.py" line="17"/>
        <source>&amp;Export officer report (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/menus/officer.py" line="19"/>
        <source>Export &amp;easy read (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/menus/officer.py" line="20"/>
        <source>Export summary &amp;across sessions (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/menus/officer.py" line="22"/>
        <source>Export &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/menus/officer.py" line="23"/>
        <source>&amp;Last time you said…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/menus/privacy.py" line="179"/>
        <source>P&amp;rivacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/menus/privacy.py" line="183"/>
        <source>&amp;Erase a participant…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/menus/privacy.py" line="186"/>
        <source>&amp;Data due for deletion…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/menus/privacy.py" line="190"/>
        <source>&amp;Keep this session&apos;s data for…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/menus/privacy.py" line="193"/>
        <source>&amp;Ask for group, age band and town in this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/menus/privacy.py" line="200"/>
        <source>Show the privacy &amp;notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/menus/privacy.py" line="203"/>
        <source>&amp;Print the privacy notice (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/menus/privacy.py" line="206"/>
        <source>Contact shown on the notice…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/menus/privacy.py" line="209"/>
        <source>Set passphrase &amp;lock…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprod_app/ui/menus/privacy.py" line="211"/>
        <source>&amp;Remove passphrase lock…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
