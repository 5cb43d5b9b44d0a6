<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy_GB">
    <context>
        <name>ActionsEditor</name>
        <message>
            <location filename="../../coprod_app/ui/officer/themes_editor.py" line="60" />
            <source>Themes and actions: {session}</source>
            <translation>Themâu a chamau gweithredu: {session}</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/themes_editor.py" line="66" />
            <source>Views this theme came from (tick to include)</source>
            <translation>Y sylwadau y daeth y thema hon ohonyn nhw (ticiwch i'w cynnwys)</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/themes_editor.py" line="69" />
            <source>Views at this session</source>
            <translation>Sylwadau yn y sesiwn hon</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/themes_editor.py" line="73" />
            <source>Themes</source>
            <translation>Themâu</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/themes_editor.py" line="76" />
            <source>&amp;New theme</source>
            <translation>Thema &amp;newydd</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/themes_editor.py" line="76" />
            <source>Start a new theme</source>
            <translation>Dechrau thema newydd</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/themes_editor.py" line="80" />
            <source>Delete theme</source>
            <translation>Dileu thema</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/themes_editor.py" line="80" />
            <source>Delete the chosen theme</source>
            <translation>Dileu'r thema a ddewiswyd</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/themes_editor.py" line="83" />
            <source>Themes (you said)</source>
            <translation>Themâu (dywedoch chi)</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/themes_editor.py" line="92" />
            <source>Theme title</source>
            <translation>Teitl y thema</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/themes_editor.py" line="93" />
            <source>You said: a short summary</source>
            <translation>Dywedoch chi: crynodeb byr</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/themes_editor.py" line="97" />
            <source>&amp;Save theme</source>
            <translation>&amp;Cadw thema</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/themes_editor.py" line="97" />
            <source>Save the theme with the ticked views</source>
            <translation>Cadw'r thema gyda'r sylwadau a diciwyd</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/themes_editor.py" line="101" />
            <source>Actions (we did)</source>
            <translation>Camau gweithredu (fe wnaethon ni)</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/themes_editor.py" line="103" />
            <location filename="../../coprod_app/ui/officer/themes_editor.py" line="153" />
            <source>We did</source>
            <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
            <translation>Fe wnaethon ni</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/themes_editor.py" line="103" />
            <location filename="../../coprod_app/ui/officer/themes_editor.py" line="115" />
            <source>Status</source>
            <translation>Statws</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/themes_editor.py" line="103" />
            <source>Owner</source>
            <translation>Perchennog</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/themes_editor.py" line="103" />
            <source>Due</source>
            <translation>Erbyn</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/themes_editor.py" line="111" />
            <source>The chosen action's status history</source>
            <translation>Hanes statws y cam gweithredu a ddewiswyd</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/themes_editor.py" line="114" />
            <source>We did: what was or will be done</source>
            <translation>Fe wnaethon ni: beth a wnaed neu beth fydd yn cael ei wneud</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/themes_editor.py" line="118" />
            <source>Reason (needed when not possible)</source>
            <translation>Rheswm (mae ei angen pan nad yw'n bosib)</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/themes_editor.py" line="119" />
            <source>Owner: a role, not a person's name</source>
            <translation>Perchennog: rôl, nid enw person</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/themes_editor.py" line="120" />
            <source>Due date, YYYY-MM-DD (optional)</source>
            <translation>Dyddiad erbyn, BBBB-MM-DD (dewisol)</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/themes_editor.py" line="127" />
            <source>Date it happened: the day the action got this status</source>
            <translation>Y dyddiad y digwyddodd: y diwrnod y cafodd y cam gweithredu'r statws hwn</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/themes_editor.py" line="133" />
            <source>&amp;Add action</source>
            <translation>&amp;Ychwanegu cam gweithredu</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/themes_editor.py" line="133" />
            <source>Add the action</source>
            <translation>Ychwanegu'r cam gweithredu</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/themes_editor.py" line="137" />
            <source>Change &amp;status</source>
            <translation>Newid y &amp;statws</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/themes_editor.py" line="139" />
            <source>Give the chosen action this status and reason</source>
            <translation>Rhoi'r statws a'r rheswm hyn i'r cam gweithredu a ddewiswyd</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/themes_editor.py" line="149" />
            <source>&amp;Title</source>
            <translation>&amp;Teitl</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/themes_editor.py" line="150" />
            <source>&amp;You said</source>
            <translation>&amp;Dywedoch chi</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/themes_editor.py" line="155" />
            <source>History of the chosen action</source>
            <translation>Hanes y cam gweithredu a ddewiswyd</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/themes_editor.py" line="158" />
            <source>&amp;We did</source>
            <translation>&amp;Fe wnaethon ni</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/themes_editor.py" line="159" />
            <source>Stat&amp;us</source>
            <translation>Stat&amp;ws</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/themes_editor.py" line="160" />
            <source>&amp;Reason</source>
            <translation>&amp;Rheswm</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/themes_editor.py" line="161" />
            <source>&amp;Owner role</source>
            <translation>Rôl y &amp;perchennog</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/themes_editor.py" line="162" />
            <source>&amp;Due</source>
            <translation>&amp;Erbyn</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/themes_editor.py" line="163" />
            <source>&amp;Happened on</source>
            <translation>&amp;Digwyddodd ar</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/themes_editor.py" line="186" />
            <source>facilitator</source>
            <translation>hwylusydd</translation>
        </message>
    </context>
    <context>
        <name>BallotPage</name>
        <message>
            <location filename="../../coprod_app/ui/voting/ballot_page.py" line="155" />
            <location filename="../../coprod_app/ui/voting/ballot_page.py" line="157" />
            <source>Help me</source>
            <translation>Helpa fi</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/ballot_page.py" line="158" />
            <source>Asks the facilitator to come and help you.</source>
            <translation>Yn gofyn i'r hwylusydd ddod i dy helpu di.</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/ballot_page.py" line="169" />
            <location filename="../../coprod_app/ui/voting/ballot_page.py" line="171" />
            <source>Undo</source>
            <translation>Dadwneud</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/ballot_page.py" line="172" />
            <source>Puts back what your last tap changed.</source>
            <translation>Yn rhoi'n ôl beth newidiodd dy dap olaf.</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/ballot_page.py" line="177" />
            <source>Done ✓</source>
            <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
            <translation>Wedi gorffen ✓</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/ballot_page.py" line="179" />
            <source>Done</source>
            <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
            <translation>Wedi gorffen</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/ballot_page.py" line="180" />
            <source>See what you chose before sending it.</source>
            <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
            <translation>Gweld beth ddewisaist ti cyn ei anfon.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../coprod_app/ui/voting/ballot_page.py" line="291" />
            <source>Tap up to %n card(s) that matter most to you.</source>
            <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
            <translation>
                <numerusform>Tapia hyd at %n cerdyn sydd bwysicaf i ti.</numerusform>
                <numerusform>Tapia hyd at %n cerdyn sydd bwysicaf i ti.</numerusform>
                <numerusform>Tapia hyd at %n cerdyn sydd bwysicaf i ti.</numerusform>
                <numerusform>Tapia hyd at %n cerdyn sydd bwysicaf i ti.</numerusform>
                <numerusform>Tapia hyd at %n cerdyn sydd bwysicaf i ti.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../coprod_app/ui/voting/ballot_page.py" line="293" />
            <source>Tap up to %n card(s) in order. Tap the most important first.</source>
            <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
            <translation>
                <numerusform>Tapia hyd at %n cerdyn yn eu trefn. Tapia'r un pwysicaf yn gyntaf.</numerusform>
                <numerusform>Tapia hyd at %n cerdyn yn eu trefn. Tapia'r un pwysicaf yn gyntaf.</numerusform>
                <numerusform>Tapia hyd at %n cerdyn yn eu trefn. Tapia'r un pwysicaf yn gyntaf.</numerusform>
                <numerusform>Tapia hyd at %n cerdyn yn eu trefn. Tapia'r un pwysicaf yn gyntaf.</numerusform>
                <numerusform>Tapia hyd at %n cerdyn yn eu trefn. Tapia'r un pwysicaf yn gyntaf.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/ballot_page.py" line="298" />
            <source>Card {number} of {total}. Tap Like, Not sure or Don't like.</source>
            <translation>Cerdyn {number} o {total}. Tapia Hoffi, Ddim yn siŵr neu Ddim yn hoffi.</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/ballot_page.py" line="356" />
            <source>Tap a card to put it in this place.</source>
            <translation>Tapia gerdyn i'w roi yn y lle hwn.</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/ballot_page.py" line="360" />
            <source>You picked {words}. Now press the place to move it to.</source>
            <translation>Rwyt ti wedi dewis {words}. Nawr pwysa'r lle i'w symud iddo.</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/ballot_words.py" line="20" />
            <source>You chose: {words}.</source>
            <translation>Dewisaist ti: {words}.</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/ballot_words.py" line="22" />
            <source>You took back: {words}.</source>
            <translation>Tynnaist ti'n ôl: {words}.</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/ballot_words.py" line="25" />
            <source>All {most} places are full. Take a card out to change it.</source>
            <translation>Mae'r {most} lle i gyd yn llawn. Tynna gerdyn allan i newid.</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/ballot_words.py" line="28" />
            <source>You have chosen {most}. Tap a chosen card to change it.</source>
            <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
            <translation>Rwyt ti wedi dewis {most}. Tapia gerdyn rwyt ti wedi'i ddewis i'w newid.</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/ballot_words.py" line="32" />
            <source>You chose: {words}. It is {place}.</source>
            <translation>Dewisaist ti: {words}. Mae'n {place}.</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/ballot_words.py" line="36" />
            <source>You took out: {words}. The {place} place is empty now.</source>
            <translation>Tynnaist ti allan: {words}. Mae'r lle {place} yn wag nawr.</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/ballot_words.py" line="46" />
            <location filename="../../coprod_app/ui/voting/ballot_words.py" line="50" />
            <source>{words} is {place} now.</source>
            <translation>Mae {words} yn {place} nawr.</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/ballot_words.py" line="55" />
            <source>You chose {rating} for: {words}.</source>
            <translation>Dewisaist ti {rating} ar gyfer: {words}.</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/ballot_words.py" line="61" />
            <source>Undone. You took back: {words}.</source>
            <translation>Wedi dadwneud. Tynnaist ti'n ôl: {words}.</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/ballot_words.py" line="63" />
            <source>Undone. You chose again: {words}.</source>
            <translation>Wedi dadwneud. Dewisaist ti eto: {words}.</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/ballot_words.py" line="65" />
            <source>Undone. {words} is {place} again.</source>
            <translation>Wedi dadwneud. Mae {words} yn {place} eto.</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/ballot_words.py" line="69" />
            <source>Undone. The places are back as they were.</source>
            <translation>Wedi dadwneud. Mae'r lleoedd yn ôl fel roedden nhw.</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/ballot_words.py" line="73" />
            <source>Undone. {words} has no answer now.</source>
            <translation>Wedi dadwneud. Does dim ateb i {words} nawr.</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/ballot_words.py" line="74" />
            <source>Undone. {words}: {rating} again.</source>
            <translation>Wedi dadwneud. {words}: {rating} eto.</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/ballot_page.py" line="406" />
            <source>The facilitator is coming.</source>
            <translation>Mae'r hwylusydd yn dod.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../coprod_app/ui/voting/ballot_page.py" line="429" />
            <source>You rated {count} of %n card(s).</source>
            <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
            <translation>
                <numerusform>Rwyt ti wedi rhoi barn ar {count} o %n cerdyn.</numerusform>
                <numerusform>Rwyt ti wedi rhoi barn ar {count} o %n cerdyn.</numerusform>
                <numerusform>Rwyt ti wedi rhoi barn ar {count} o %n cerdyn.</numerusform>
                <numerusform>Rwyt ti wedi rhoi barn ar {count} o %n cerdyn.</numerusform>
                <numerusform>Rwyt ti wedi rhoi barn ar {count} o %n cerdyn.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/ballot_page.py" line="433" />
            <source>You chose {count} of {most}.</source>
            <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
            <translation>Dewisaist ti {count} o {most}.</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/ballot_page.py" line="301" />
            <source>For each card, tap Like, Not sure or Don't like.</source>
            <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
            <translation>Ar gyfer pob cerdyn, tapia Hoffi, Ddim yn siŵr neu Ddim yn hoffi.</translation>
        </message>
    </context>
    <context>
        <name>CaptureForm</name>
        <message>
            <location filename="../../coprod_app/ui/capture/capture_form.py" line="85" />
            <source>What was said</source>
            <translation>Beth a ddywedwyd</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/capture/capture_form.py" line="86" />
            <source>Type the words as said. Enter saves, Shift+Enter starts a new line.</source>
            <translation>Teipiwch y geiriau fel y cawson nhw eu dweud. Mae Enter yn cadw, mae Shift+Enter yn dechrau llinell newydd.</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/capture/capture_form.py" line="89" />
            <location filename="../../coprod_app/ui/capture/capture_form.py" line="408" />
            <source>Type what was said, then press Enter to save…</source>
            <translation>Teipiwch beth a ddywedwyd, yna pwyswch Enter i gadw…</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/capture/capture_form.py" line="95" />
            <location filename="../../coprod_app/ui/capture/capture_form.py" line="365" />
            <source>New view</source>
            <translation>Sylw newydd</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/capture/capture_form.py" line="98" />
            <source>Charter principles</source>
            <translation>Egwyddorion y siarter</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/capture/capture_form.py" line="102" />
            <source>Priority</source>
            <translation>Blaenoriaeth</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/capture/capture_form.py" line="106" />
            <source>Priority (Alt+P)</source>
            <translation>Blaenoriaeth (Alt+P)</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/capture/capture_form.py" line="111" />
            <source>Commitments</source>
            <translation>Ymrwymiadau</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/capture/capture_form.py" line="112" />
            <source>Space ticks or unticks the commitment under the cursor.</source>
            <translation>Mae Space yn ticio neu'n dad-dicio'r ymrwymiad dan y cyrchwr.</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/capture/capture_form.py" line="117" />
            <source>Commitments (Alt+M, Space ticks)</source>
            <translation>Ymrwymiadau (Alt+M, mae Space yn ticio)</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/capture/capture_form.py" line="119" />
            <source>How they feel about it</source>
            <translation>Sut maen nhw'n teimlo amdano</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/capture/capture_form.py" line="127" />
            <source>Not clear</source>
            <translation>Ddim yn glir</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/capture/capture_form.py" line="128" />
            <source>Positive</source>
            <translation>Cadarnhaol</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/capture/capture_form.py" line="129" />
            <source>Mixed</source>
            <translation>Cymysg</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/capture/capture_form.py" line="130" />
            <source>Negative</source>
            <translation>Negyddol</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/capture/capture_form.py" line="137" />
            <source>not clear</source>
            <translation>ddim yn glir</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/capture/capture_form.py" line="137" />
            <source>Sentiment: {sentiment}</source>
            <translation>Teimlad: {sentiment}</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/capture/capture_form.py" line="145" />
            <source>How the view was given</source>
            <translation>Sut y rhoddwyd y sylw</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/capture/capture_form.py" line="150" />
            <source>How given (Alt+G)</source>
            <translation>Sut y'i rhoddwyd (Alt+G)</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/capture/capture_form.py" line="155" />
            <source>Who said it</source>
            <translation>Pwy a'i dywedodd</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/capture/capture_form.py" line="156" />
            <source>A participant's anonymous code, or none for the facilitator's own note.</source>
            <translation>Cod dienw cyfranogwr, neu ddim cod ar gyfer nodyn yr hwylusydd ei hun.</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/capture/capture_form.py" line="160" />
            <source>Who (Alt+W)</source>
            <translation>Pwy (Alt+W)</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/capture/capture_form.py" line="162" />
            <source>New code…</source>
            <translation>Cod newydd…</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/capture/capture_form.py" line="162" />
            <source>New participant code</source>
            <translation>Cod cyfranogwr newydd</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/capture/capture_form.py" line="167" />
            <source>Safeguarding: write no details here.</source>
            <translation>Diogelu: peidiwch ag ysgrifennu manylion yma.</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/capture/capture_form.py" line="169" />
            <source>Follow up offline (Alt+U)</source>
            <translation>Dilyn i fyny all-lein (Alt+U)</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/capture/capture_form.py" line="171" />
            <source>Follow up offline</source>
            <translation>Dilyn i fyny all-lein</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/capture/capture_form.py" line="184" />
            <location filename="../../coprod_app/ui/capture/capture_form.py" line="366" />
            <source>Save view (Enter)</source>
            <translation>Cadw sylw (Enter)</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/capture/capture_form.py" line="184" />
            <source>Save view</source>
            <translation>Cadw sylw</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/capture/capture_form.py" line="187" />
            <source>Cancel edit (Esc)</source>
            <translation>Canslo golygu (Esc)</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/capture/capture_form.py" line="187" />
            <source>Cancel edit</source>
            <translation>Canslo golygu</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/capture/capture_form.py" line="194" />
            <source>Save status</source>
            <translation>Statws cadw</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/capture/capture_form.py" line="252" />
            <source>No particular priority</source>
            <translation>Dim blaenoriaeth benodol</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/capture/capture_form.py" line="271" />
            <source>No one in particular (facilitator's note)</source>
            <translation>Neb yn benodol (nodyn yr hwylusydd)</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/capture/capture_form.py" line="274" />
            <source>may quote</source>
            <translation>caniatâd i ddyfynnu</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/capture/capture_form.py" line="274" />
            <source>do not quote</source>
            <translation>peidiwch â dyfynnu</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/capture/capture_form.py" line="357" />
            <source>Changing view {view}: Enter saves the change, Esc cancels</source>
            <translation>Newid sylw {view}: mae Enter yn cadw'r newid, mae Esc yn canslo</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/capture/capture_form.py" line="359" />
            <source>Save change (Enter)</source>
            <translation>Cadw newid (Enter)</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/capture/capture_form.py" line="406" />
            <source>This session is closed. Reopen it to record more views.</source>
            <translation>Mae'r sesiwn hon ar gau. Ailagorwch hi i gofnodi mwy o sylwadau.</translation>
        </message>
    </context>
    <context>
        <name>ChoiceCard</name>
        <message>
            <location filename="../../coprod_app/ui/voting/cards.py" line="102" />
            <source>Card {position} of {total}: {priority}</source>
            <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
            <translation>Cerdyn {position} o {total}: {priority}</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/card_parts.py" line="203" />
            <source>Read aloud: {words}</source>
            <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
            <translation>Darllen yn uchel: {words}</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/cards.py" line="149" />
            <source>not chosen</source>
            <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
            <translation>heb ei ddewis</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/cards.py" line="151" />
            <source>chosen</source>
            <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
            <translation>wedi'i ddewis</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/cards.py" line="151" />
            <source>choice number {number}</source>
            <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
            <translation>dewis rhif {number}</translation>
        </message>
    </context>
    <context>
        <name>Countdown</name>
        <message>
            <location filename="../../coprod_app/ui/voting/countdown.py" line="99" />
            <source>Next person in {seconds}…</source>
            <translation>Y person nesaf ymhen {seconds}…</translation>
        </message>
    </context>
    <context>
        <name>Counts</name>
        <message numerus="yes">
            <location filename="../../coprod_app/ui/common/i18n.py" line="66" />
            <source>%n view(s)</source>
            <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
            <translation>
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
            <translation>
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
            <translation>
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
            <location filename="../../coprod_app/ui/database_watch.py" line="82" />
            <source>That view was removed elsewhere (erased, purged or restored away).</source>
            <translation>Cafodd y sylw hwnnw ei dynnu mewn man arall (wedi'i ddileu, wedi'i glirio neu wedi'i golli wrth adfer).</translation>
        </message>
    </context>
    <context>
        <name>DevicesDialog</name>
        <message>
            <location filename="../../coprod_app/ui/exchange/devices_dialog.py" line="46" />
            <source>Laptops I trust</source>
            <translation>Gliniaduron rydw i'n ymddiried ynddyn nhw</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/exchange/devices_dialog.py" line="49" />
            <source>This laptop</source>
            <translation>Y gliniadur hwn</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/exchange/devices_dialog.py" line="52" />
            <source>Bundles this laptop exports are signed with its own key. To import them, the officer's laptop trusts this fingerprint once: read it out, or show this screen beside theirs.</source>
            <translation>Mae'r bwndeli y mae'r gliniadur hwn yn eu hallforio wedi'u llofnodi â'i allwedd ei hun. I'w mewnforio, mae gliniadur y swyddog yn ymddiried yn yr ôl bys hwn unwaith: darllenwch ef yn uchel, neu dangoswch y sgrin hon wrth ymyl eu sgrin nhw.</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/exchange/devices_dialog.py" line="58" />
            <source>This laptop's fingerprint</source>
            <translation>Ôl bys y gliniadur hwn</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/exchange/devices_dialog.py" line="67" />
            <source>This laptop's name</source>
            <translation>Enw'r gliniadur hwn</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/exchange/devices_dialog.py" line="70" />
            <source>&amp;Rename</source>
            <translation>&amp;Ailenwi</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/exchange/devices_dialog.py" line="70" />
            <source>Rename this laptop</source>
            <translation>Ailenwi'r gliniadur hwn</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/exchange/devices_dialog.py" line="78" />
            <location filename="../../coprod_app/ui/exchange/devices_dialog.py" line="88" />
            <source>Fingerprint</source>
            <translation>Ôl bys</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/exchange/devices_dialog.py" line="80" />
            <source>&amp;Name</source>
            <translation>&amp;Enw</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/exchange/devices_dialog.py" line="85" />
            <source>Laptops whose bundles this laptop accepts</source>
            <translation>Gliniaduron y mae'r gliniadur hwn yn derbyn eu bwndeli</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/exchange/devices_dialog.py" line="86" />
            <source>Trusted laptops</source>
            <translation>Gliniaduron dibynadwy</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/exchange/devices_dialog.py" line="88" />
            <source>Name</source>
            <translation>Enw</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/exchange/devices_dialog.py" line="88" />
            <source>Trusted since</source>
            <translation>Yn ddibynadwy ers</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/exchange/devices_dialog.py" line="96" />
            <source>&amp;Forget the chosen laptop…</source>
            <translation>&amp;Anghofio'r gliniadur a ddewiswyd…</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/exchange/devices_dialog.py" line="98" />
            <source>Stop trusting the chosen laptop</source>
            <translation>Peidio ag ymddiried yn y gliniadur a ddewiswyd</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/exchange/devices_dialog.py" line="105" />
            <source>Trust another laptop</source>
            <translation>Ymddiried mewn gliniadur arall</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/exchange/devices_dialog.py" line="108" />
            <source>On the other laptop open File → Laptops I trust… (or run 'coprod-app device show'), then type the fingerprint it shows. Compare every letter: only trust a fingerprint you read on that laptop's own screen.</source>
            <translation>Ar y gliniadur arall, agorwch Ffeil → Gliniaduron rydw i'n ymddiried ynddyn nhw… (neu rhedwch 'coprod-app device show'), yna teipiwch yr ôl bys mae'n ei ddangos. Cymharwch bob llythyren: dim ond ymddiried mewn ôl bys a ddarllenoch chi ar sgrin y gliniadur hwnnw ei hun.</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/exchange/devices_dialog.py" line="114" />
            <source>Fingerprint of the laptop to trust</source>
            <translation>Ôl bys y gliniadur i ymddiried ynddo</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/exchange/devices_dialog.py" line="117" />
            <source>Name of the laptop to trust (optional)</source>
            <translation>Enw'r gliniadur i ymddiried ynddo (dewisol)</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/exchange/devices_dialog.py" line="118" />
            <source>for example Table two</source>
            <translation>er enghraifft Bwrdd dau</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/exchange/devices_dialog.py" line="121" />
            <source>&amp;Trust this laptop</source>
            <translation>&amp;Ymddiried yn y gliniadur hwn</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/exchange/devices_dialog.py" line="123" />
            <source>Trust the laptop with this fingerprint</source>
            <translation>Ymddiried yn y gliniadur sydd â'r ôl bys hwn</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/exchange/devices_dialog.py" line="130" />
            <source>F&amp;ingerprint</source>
            <translation>Ôl &amp;bys</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/exchange/devices_dialog.py" line="131" />
            <source>Na&amp;me (optional)</source>
            <translation>&amp;Enw (dewisol)</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/exchange/devices_dialog.py" line="134" />
            <source>What happened</source>
            <translation>Beth ddigwyddodd</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/exchange/devices_dialog.py" line="137" />
            <source>Close</source>
            <translation>Cau</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/exchange/devices_dialog.py" line="168" />
            <source>(named by its first bundle)</source>
            <translation>(wedi'i enwi gan ei fwndel cyntaf)</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/exchange/devices_dialog.py" line="198" />
            <source>{fingerprint} is this laptop's own fingerprint; its own bundles are always accepted here.</source>
            <translation>{fingerprint} yw ôl bys y gliniadur hwn ei hun; mae ei fwndeli ei hun bob amser yn cael eu derbyn yma.</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/exchange/devices_dialog.py" line="203" />
            <source>Bundles signed by laptop {laptop} are now accepted here.</source>
            <translation>Mae bwndeli wedi'u llofnodi gan y gliniadur {laptop} yn cael eu derbyn yma nawr.</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/exchange/devices_dialog.py" line="206" />
            <source>Laptop {laptop} was already trusted here; nothing changed.</source>
            <translation>Roedd y gliniadur {laptop} eisoes yn ddibynadwy yma; newidiodd dim byd.</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/exchange/devices_dialog.py" line="220" />
            <source>This laptop is now called {name}; its next bundles carry that name.</source>
            <translation>Enw'r gliniadur hwn nawr yw {name}; bydd ei fwndeli nesaf yn cario'r enw hwnnw.</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/exchange/devices_dialog.py" line="234" />
            <source>Choose a laptop in the list first.</source>
            <translation>Dewiswch liniadur yn y rhestr yn gyntaf.</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/exchange/devices_dialog.py" line="240" />
            <source>Forget a laptop</source>
            <translation>Anghofio gliniadur</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/exchange/devices_dialog.py" line="241" />
            <source>Stop accepting bundles from laptop {laptop}? What was imported from it stays.</source>
            <translation>Peidio â derbyn bwndeli gan y gliniadur {laptop}? Bydd yr hyn a fewnforiwyd ohono yn aros.</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/exchange/devices_dialog.py" line="254" />
            <source>Bundles from laptop {laptop} are no longer accepted here.</source>
            <translation>Dydy bwndeli gan y gliniadur {laptop} ddim yn cael eu derbyn yma mwyach.</translation>
        </message>
    </context>
    <context>
        <name>EraseParticipantDialog</name>
        <message>
            <location filename="../../coprod_app/ui/privacy/erase_dialog.py" line="24" />
            <source>Erase a participant</source>
            <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
            <translation>Dileu cyfranogwr</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/privacy/erase_dialog.py" line="25" />
            <source>Participant code</source>
            <translation>Cod y cyfranogwr</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/privacy/erase_dialog.py" line="34" />
            <location filename="../../coprod_app/ui/privacy/erase_dialog.py" line="36" />
            <source>Erase for good</source>
            <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
            <translation>Dileu am byth</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/privacy/erase_dialog.py" line="39" />
            <source>Cancel</source>
            <translation>Canslo</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/privacy/erase_dialog.py" line="43" />
            <source>&amp;Code on their sticker:</source>
            <translation>&amp;Cod ar eu sticer:</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/privacy/erase_dialog.py" line="57" />
            <source>This session has no participants.</source>
            <translation>Does dim cyfranogwyr yn y sesiwn hon.</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/privacy/erase_dialog.py" line="62" />
            <source>This removes {views} and {votes} from participant {code}, and their details and consent. Their words are wiped from the database file. This cannot be undone.</source>
            <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
            <translation>Mae hyn yn dileu {views} a {votes} gan y cyfranogwr {code}, a'u manylion a'u caniatâd. Mae eu geiriau'n cael eu sychu o ffeil y gronfa ddata. Does dim modd dadwneud hyn.</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/privacy/erase_dialog.py" line="68" />
            <source>These themes quote their words and keep them until you change them: {themes}</source>
            <translation>Mae'r themâu hyn yn dyfynnu eu geiriau ac yn eu cadw nes i chi eu newid: {themes}</translation>
        </message>
    </context>
    <context>
        <name>ExchangeMenu</name>
        <message>
            <location filename="../../coprod_app/ui/menus/exchange.py" line="82" />
            <source>&amp;Export this session's bundle…</source>
            <translation>&amp;Allforio bwndel y sesiwn hon…</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/menus/exchange.py" line="85" />
            <source>&amp;Import bundles…</source>
            <translation>&amp;Mewnforio bwndeli…</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/menus/exchange.py" line="88" />
            <source>Laptops I &amp;trust…</source>
            <translation>Gliniaduron rydw i'n &amp;ymddiried ynddyn nhw…</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/menus/exchange.py" line="90" />
            <source>&amp;Back up now</source>
            <translation>Gwneud copi wrth &amp;gefn nawr</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/menus/exchange.py" line="92" />
            <source>&amp;Restore from a backup…</source>
            <translation>&amp;Adfer o gopi wrth gefn…</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/menus/exchange.py" line="125" />
            <source>Open a session first; its bundle is what gets exported.</source>
            <translation>Agorwch sesiwn yn gyntaf; ei bwndel hi sy'n cael ei allforio.</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/menus/exchange.py" line="130" />
            <source>Export this session's bundle</source>
            <translation>Allforio bwndel y sesiwn hon</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/menus/exchange.py" line="132" />
            <location filename="../../coprod_app/ui/menus/exchange.py" line="166" />
            <source>Session bundles (*.coprod)</source>
            <translation>Bwndeli sesiwn (*.coprod)</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/menus/exchange.py" line="153" />
            <source>Exported “{title}” ({views}) to {path}. Copy this file to the officer's laptop and import it there.</source>
            <translation>Wedi allforio “{title}” ({views}) i {path}. Copïwch y ffeil hon i liniadur y swyddog a'i mewnforio yno.</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/menus/exchange.py" line="207" />
            <source>Importing {name} ({number} of {files})…</source>
            <translation>Yn mewnforio {name} ({number} o {files})…</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/menus/exchange.py" line="269" />
            <source>Careful: a laptop named {name} is already trusted. This is a different laptop using the same name.

</source>
            <translation>Gofalus: mae gliniadur o'r enw {name} eisoes yn ddibynadwy. Mae hwn yn liniadur gwahanol sy'n defnyddio'r un enw.

</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/menus/exchange.py" line="277" />
            <source>Trust laptop {laptop}?</source>
            <translation>Ymddiried yn y gliniadur {laptop}?</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/menus/exchange.py" line="280" />
            <source>{files} is signed by laptop {signer}, which this laptop does not trust yet.

On that laptop open File → Laptops I trust… and compare its fingerprint with this one, letter by letter:

{fingerprint}

Trust laptop {laptop} and import its bundles? Say No if the fingerprints differ or you cannot check.</source>
            <translation>Mae {files} wedi'i lofnodi gan y gliniadur {signer}, a dydy'r gliniadur hwn ddim yn ymddiried ynddo eto.

Ar y gliniadur hwnnw, agorwch Ffeil → Gliniaduron rydw i'n ymddiried ynddyn nhw… a chymharwch ei ôl bys â'r un hwn, fesul llythyren:

{fingerprint}

Ymddiried yn y gliniadur {laptop} a mewnforio ei fwndeli? Dewiswch Na os yw'r olion bysedd yn wahanol neu os na allwch chi wirio.</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/menus/exchange.py" line="321" />
            <source>Backed up to {path}.</source>
            <translation>Wedi gwneud copi wrth gefn yn {path}.</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/menus/exchange.py" line="353" />
            <source>Replace everything in this database with the backup {backup} ({sessions}, {views})? The database as it is now is kept beside it, so nothing is lost.</source>
            <translation>Rhoi'r copi wrth gefn {backup} ({sessions}, {views}) yn lle popeth yn y gronfa ddata hon? Mae'r gronfa ddata fel y mae hi nawr yn cael ei chadw wrth ei ymyl, felly does dim byd yn cael ei golli.</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/menus/exchange.py" line="372" />
            <source>Restored from {backup}. The database it replaced is kept as {kept}.</source>
            <translation>Wedi adfer o {backup}. Mae'r gronfa ddata a ddisodlwyd yn cael ei chadw fel {kept}.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../coprod_app/ui/menus/exchange.py" line="376" />
            <source>It still held %n record(s) erased or purged since: they were removed again and wiped from the file.</source>
            <translation>
                <numerusform>Roedd yn dal i gynnwys %n cofnod a gafodd eu dileu neu eu clirio ers hynny: cawson nhw eu tynnu eto a'u sychu o'r ffeil.</numerusform>
                <numerusform>Roedd yn dal i gynnwys %n cofnod a gafodd eu dileu neu eu clirio ers hynny: cawson nhw eu tynnu eto a'u sychu o'r ffeil.</numerusform>
                <numerusform>Roedd yn dal i gynnwys %n cofnod a gafodd eu dileu neu eu clirio ers hynny: cawson nhw eu tynnu eto a'u sychu o'r ffeil.</numerusform>
                <numerusform>Roedd yn dal i gynnwys %n cofnod a gafodd eu dileu neu eu clirio ers hynny: cawson nhw eu tynnu eto a'u sychu o'r ffeil.</numerusform>
                <numerusform>Roedd yn dal i gynnwys %n cofnod a gafodd eu dileu neu eu clirio ers hynny: cawson nhw eu tynnu eto a'u sychu o'r ffeil.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/menus/exchange.py" line="164" />
            <source>Import session bundles</source>
            <translation>Mewnforio bwndeli sesiwn</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/menus/exchange.py" line="174" />
            <source>An import is already running; wait for it to finish.</source>
            <translation>Mae mewnforio eisoes ar waith; arhoswch iddo orffen.</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/menus/exchange.py" line="176" />
            <location filename="../../coprod_app/ui/menus/exchange.py" line="178" />
            <source>Importing…</source>
            <translation>Yn mewnforio…</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/menus/exchange.py" line="180" />
            <source>Import progress</source>
            <translation>Cynnydd mewnforio</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/menus/exchange.py" line="181" />
            <source>Importing bundles</source>
            <translation>Yn mewnforio bwndeli</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/menus/exchange.py" line="242" />
            <source>Import finished</source>
            <translation>Mewnforio wedi gorffen</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/menus/exchange.py" line="333" />
            <location filename="../../coprod_app/ui/menus/exchange.py" line="351" />
            <source>Restore from a backup</source>
            <translation>Adfer o gopi wrth gefn</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/menus/exchange.py" line="335" />
            <source>Backups (*.sqlite3);;All files (*)</source>
            <translation>Copïau wrth gefn (*.sqlite3);;Pob ffeil (*)</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/menus/exchange.py" line="395" />
            <source>Exchange</source>
            <translation>Cyfnewid</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <location filename="../../coprod_app/ui/officer/export_dialog.py" line="76" />
            <source>Export</source>
            <translation>Allforio</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/export_dialog.py" line="79" />
            <source>What to export</source>
            <translation>Beth i'w allforio</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/export_dialog.py" line="82" />
            <source>Session</source>
            <translation>Sesiwn</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/export_dialog.py" line="88" />
            <source>All sessions</source>
            <translation>Pob sesiwn</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/export_dialog.py" line="88" />
            <source>Export every session (CSV)</source>
            <translation>Allforio pob sesiwn (CSV)</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/export_dialog.py" line="91" />
            <source>Only sessions between these dates</source>
            <translation>Dim ond sesiynau rhwng y dyddiadau hyn</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/export_dialog.py" line="93" />
            <source>Only sessions between two dates</source>
            <translation>Dim ond sesiynau rhwng dau ddyddiad</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/export_dialog.py" line="99" />
            <source>From date</source>
            <translation>O'r dyddiad</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/export_dialog.py" line="101" />
            <source>To date</source>
            <translation>I'r dyddiad</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/export_dialog.py" line="105" />
            <source>Save to</source>
            <translation>Cadw i</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/export_dialog.py" line="107" />
            <source>&amp;Browse…</source>
            <translation>&amp;Pori…</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/export_dialog.py" line="107" />
            <source>Choose where to save</source>
            <translation>Dewis ble i gadw</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/export_dialog.py" line="113" />
            <source>Export progress</source>
            <translation>Cynnydd allforio</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/export_dialog.py" line="121" />
            <source>&amp;Export</source>
            <translation>&amp;Allforio</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/export_dialog.py" line="121" />
            <source>Start the export</source>
            <translation>Dechrau'r allforio</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/export_dialog.py" line="126" />
            <location filename="../../coprod_app/ui/officer/export_dialog.py" line="233" />
            <source>&amp;Cancel</source>
            <translation>&amp;Canslo</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/export_dialog.py" line="126" />
            <source>Cancel the export or close</source>
            <translation>Canslo'r allforio neu gau</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/export_dialog.py" line="130" />
            <source>&amp;Open the file</source>
            <translation>&amp;Agor y ffeil</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/export_dialog.py" line="130" />
            <source>Open the exported file</source>
            <translation>Agor y ffeil a allforiwyd</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/export_dialog.py" line="136" />
            <source>&amp;What</source>
            <translation>&amp;Beth</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/export_dialog.py" line="137" />
            <source>&amp;Session</source>
            <translation>&amp;Sesiwn</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/export_dialog.py" line="142" />
            <source>to</source>
            <translation>i</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/export_dialog.py" line="144" />
            <source>&amp;Dates</source>
            <translation>&amp;Dyddiadau</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/export_dialog.py" line="150" />
            <source>Save &amp;to</source>
            <translation>&amp;Cadw i</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/export_dialog.py" line="210" />
            <source>Save the CSV files in</source>
            <translation>Cadw'r ffeiliau CSV yn</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/export_dialog.py" line="213" />
            <source>Save the PDF as</source>
            <translation>Cadw'r PDF fel</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/export_dialog.py" line="222" />
            <source>Choose where to save the export.</source>
            <translation>Dewiswch ble i gadw'r allforio.</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/export_dialog.py" line="232" />
            <source>Starting…</source>
            <translation>Yn dechrau…</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/export_dialog.py" line="248" />
            <source>Stopping…</source>
            <translation>Yn stopio…</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/export_dialog.py" line="260" />
            <source>&amp;Close</source>
            <translation>&amp;Cau</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/export_dialog.py" line="270" />
            <source>The export failed unexpectedly ({error}); nothing was written.</source>
            <translation>Methodd yr allforio yn annisgwyl ({error}); chafodd dim byd ei ysgrifennu.</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/export_dialog.py" line="286" />
            <source>Saved: {files}</source>
            <translation>Wedi cadw: {files}</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/export_dialog.py" line="299" />
            <source>Cancelled; nothing was written.</source>
            <translation>Wedi canslo; chafodd dim byd ei ysgrifennu.</translation>
        </message>
    </context>
    <context>
        <name>FacilitatorConsole</name>
        <message>
            <location filename="../../coprod_app/ui/voting/console.py" line="58" />
            <location filename="../../coprod_app/ui/voting/console.py" line="59" />
            <source>Vote console</source>
            <translation>Consol pleidleisio</translation>
        </message>
        <message numerus="yes">
            <location filename="../../coprod_app/ui/voting/console.py" line="62" />
            <source>Vote round {round}: {method}, %n card(s)</source>
            <translation>
                <numerusform>Rownd bleidleisio {round}: {method}, %n cerdyn</numerusform>
                <numerusform>Rownd bleidleisio {round}: {method}, %n cerdyn</numerusform>
                <numerusform>Rownd bleidleisio {round}: {method}, %n cerdyn</numerusform>
                <numerusform>Rownd bleidleisio {round}: {method}, %n cerdyn</numerusform>
                <numerusform>Rownd bleidleisio {round}: {method}, %n cerdyn</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/console.py" line="84" />
            <source>Next voter's code</source>
            <translation>Cod y pleidleisiwr nesaf</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/console.py" line="85" />
            <source>Links the next vote to this anonymous code; leave empty for no code.</source>
            <translation>Yn cysylltu'r bleidlais nesaf â'r cod dienw hwn; gadewch yn wag os nad oes cod.</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/console.py" line="89" />
            <source>Next person now</source>
            <translation>Y person nesaf nawr</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/console.py" line="90" />
            <location filename="../../coprod_app/ui/voting/console.py" line="220" />
            <source>Pause</source>
            <translation>Oedi</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/console.py" line="93" />
            <location filename="../../coprod_app/ui/voting/console.py" line="223" />
            <source>Show results on the big screen</source>
            <translation>Dangos y canlyniadau ar y sgrin fawr</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/console.py" line="97" />
            <source>Add paper or show-of-hands votes…</source>
            <translation>Ychwanegu pleidleisiau papur neu godi dwylo…</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/console.py" line="99" />
            <source>End voting</source>
            <translation>Gorffen pleidleisio</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/console.py" line="100" />
            <source>Back to voting</source>
            <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
            <translation>Yn ôl i bleidleisio</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/console.py" line="102" />
            <source>Practice first</source>
            <translation>Ymarfer yn gyntaf</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/console.py" line="104" />
            <source>Shows pretend cards to practise on before the real vote; the practice is never saved.</source>
            <translation>Yn dangos cardiau esgus i ymarfer arnyn nhw cyn y bleidlais go iawn; dydy'r ymarfer byth yn cael ei gadw.</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/console.py" line="106" />
            <location filename="../../coprod_app/ui/voting/console.py" line="303" />
            <source>Pause now anyway</source>
            <translation>Oedi nawr beth bynnag</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/console.py" line="108" />
            <source>I have helped</source>
            <translation>Rydw i wedi helpu</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/console.py" line="134" />
            <source>Next voter's &amp;code:</source>
            <translation>&amp;Cod y pleidleisiwr nesaf:</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/console.py" line="206" />
            <source>Votes so far: {ballots} on screen, {tallied} on paper or by hands.</source>
            <translation>Pleidleisiau hyd yma: {ballots} ar y sgrin, {tallied} ar bapur neu drwy godi dwylo.</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/console.py" line="212" />
            <source>A practice round is on the big screen: it is never saved.</source>
            <translation>Mae rownd ymarfer ar y sgrin fawr: dydy hi byth yn cael ei chadw.</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/console.py" line="253" />
            <source>{group}: fewer than 5 people, so not shown.</source>
            <translation>{group}: llai na 5 person, felly heb ei ddangos.</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/console.py" line="260" />
            <source>{group}: {people} voted.</source>
            <translation>{group}: pleidleisiodd {people}.</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/console.py" line="295" />
            <source>Cancel the pause</source>
            <translation>Canslo'r oedi</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/console.py" line="298" />
            <source>Cancel showing results</source>
            <translation>Canslo dangos y canlyniadau</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/console.py" line="301" />
            <source>Waits for the current voter to finish: the screen pauses when their vote is saved.</source>
            <translation>Yn aros i'r pleidleisiwr presennol orffen: mae'r sgrin yn oedi pan fydd ei bleidlais wedi'i chadw.</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/console.py" line="306" />
            <source>Waits for the current voter to finish: the results show when their vote is saved.</source>
            <translation>Yn aros i'r pleidleisiwr presennol orffen: mae'r canlyniadau'n ymddangos pan fydd ei bleidlais wedi'i chadw.</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/console.py" line="308" />
            <source>Show results now anyway</source>
            <translation>Dangos y canlyniadau nawr beth bynnag</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/console.py" line="311" />
            <source>Waits for the current voter to finish: the screen pauses and shows the results when their vote is saved.</source>
            <translation>Yn aros i'r pleidleisiwr presennol orffen: mae'r sgrin yn oedi ac yn dangos y canlyniadau pan fydd ei bleidlais wedi'i chadw.</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/console.py" line="314" />
            <source>Pause and show results now anyway</source>
            <translation>Oedi a dangos y canlyniadau nawr beth bynnag</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/console.py" line="332" />
            <source>A voter asked for help at {time}.</source>
            <translation>Gofynnodd pleidleisiwr am help am {time}.</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/console.py" line="334" />
            <source>A voter asked for help at {time} ({count} times since you last helped).</source>
            <translation>Gofynnodd pleidleisiwr am help am {time} ({count} gwaith ers i chi helpu ddiwethaf).</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/console.py" line="377" />
            <source>Interrupt the current voter?</source>
            <translation>Torri ar draws y pleidleisiwr presennol?</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/console.py" line="379" />
            <source>Someone is in the middle of voting. Their choices stay on their ballot, hidden until voting goes on. Do it now anyway?</source>
            <translation>Mae rhywun yng nghanol pleidleisio. Mae eu dewisiadau'n aros ar eu papur pleidleisio, wedi'u cuddio nes i'r pleidleisio fynd ymlaen. Gwneud hyn nawr beth bynnag?</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/console.py" line="388" />
            <source>Wait for them</source>
            <translation>Aros amdanyn nhw</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/console.py" line="153" />
            <location filename="../../coprod_app/ui/voting/console.py" line="281" />
            <source>Show results by group here</source>
            <translation>Dangos y canlyniadau fesul grŵp yma</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/console.py" line="210" />
            <source>Paused.</source>
            <translation>Wedi oedi.</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/console.py" line="210" />
            <source>Voting is open.</source>
            <translation>Mae'r pleidleisio ar agor.</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/console.py" line="214" />
            <source>Results are showing on the big screen.</source>
            <translation>Mae'r canlyniadau i'w gweld ar y sgrin fawr.</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/console.py" line="216" />
            <source>Results are hidden from the big screen.</source>
            <translation>Mae'r canlyniadau wedi'u cuddio o'r sgrin fawr.</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/console.py" line="220" />
            <source>Resume</source>
            <translation>Ailddechrau</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/console.py" line="223" />
            <source>Hide results</source>
            <translation>Cuddio'r canlyniadau</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/console.py" line="228" />
            <source>People with a code who have voted: {count}.</source>
            <translation>Pobl â chod sydd wedi pleidleisio: {count}.</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/console.py" line="236" />
            <source>(no code)</source>
            <translation>(dim cod)</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/console.py" line="248" />
            <location filename="../../coprod_app/ui/voting/console.py" line="250" />
            <source>Group not recorded</source>
            <translation>Grŵp heb ei gofnodi</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/console.py" line="262" />
            <source>No votes yet.</source>
            <translation>Dim pleidleisiau eto.</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/console.py" line="279" />
            <source>Hide results by group</source>
            <translation>Cuddio'r canlyniadau fesul grŵp</translation>
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
            <translation>Y tro diwethaf, dywedoch chi…</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/last_time.py" line="91" />
            <source>At the {forum} on {date}</source>
            <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
            <translation>Yn y {forum} ar {date}</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/last_time.py" line="94" />
            <source>You told us what matters to you.</source>
            <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
            <translation>Dywedoch chi wrthon ni beth sy'n bwysig i chi.</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/last_time.py" line="98" />
            <source>We listened</source>
            <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
            <translation>Fe wnaethon ni wrando</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/last_time.py" line="99" />
            <source>Here is what we did.</source>
            <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
            <translation>Dyma beth wnaethon ni.</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/last_time.py" line="107" />
            <source>We are still working on it</source>
            <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
            <translation>Rydyn ni'n dal i weithio arno</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/last_time.py" line="111" />
            <location filename="../../coprod_app/ui/officer/last_time.py" line="131" />
            <source>We did</source>
            <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
            <translation>Fe wnaethon ni</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/last_time.py" line="112" />
            <source>We are still reading what you said.</source>
            <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
            <translation>Rydyn ni'n dal i ddarllen beth ddywedoch chi.</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/last_time.py" line="116" />
            <location filename="../../coprod_app/ui/officer/last_time.py" line="134" />
            <source>What happens next</source>
            <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
            <translation>Beth sy'n digwydd nesaf</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/last_time.py" line="117" />
            <source>We will tell you more soon.</source>
            <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
            <translation>Byddwn ni'n dweud mwy wrthoch chi cyn bo hir.</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/last_time.py" line="125" />
            <source>We are still working out what to do.</source>
            <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
            <translation>Rydyn ni'n dal i benderfynu beth i'w wneud.</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/last_time.py" line="130" />
            <source>You said</source>
            <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
            <translation>Dywedoch chi</translation>
        </message>
    </context>
    <context>
        <name>LastTimeViewer</name>
        <message>
            <location filename="../../coprod_app/ui/officer/last_time.py" line="213" />
            <source>Last time you said</source>
            <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
            <translation>Y tro diwethaf, dywedoch chi</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/last_time.py" line="214" />
            <source>Last time you said…</source>
            <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
            <translation>Y tro diwethaf, dywedoch chi…</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/last_time.py" line="249" />
            <source>◀  Back</source>
            <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
            <translation>◀  Yn ôl</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/last_time.py" line="249" />
            <source>Previous card</source>
            <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
            <translation>Y cerdyn blaenorol</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/last_time.py" line="251" />
            <source>Next  ▶</source>
            <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
            <translation>Nesaf  ▶</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/last_time.py" line="251" />
            <source>Next card</source>
            <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
            <translation>Y cerdyn nesaf</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/last_time.py" line="255" />
            <source>Read this card aloud</source>
            <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
            <translation>Darllen y cerdyn hwn yn uchel</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/last_time.py" line="258" />
            <source>Close</source>
            <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
            <translation>Cau</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/last_time.py" line="344" />
            <source>{position} of {total}</source>
            <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
            <translation>{position} o {total}</translation>
        </message>
    </context>
    <context>
        <name>LockCover</name>
        <message>
            <location filename="../../coprod_app/ui/voting/lock_cover.py" line="111" />
            <source>Locked while people vote</source>
            <translation>Wedi'i gloi tra bo pobl yn pleidleisio</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/lock_cover.py" line="124" />
            <source>Voting is on</source>
            <translation>Mae pleidleisio ar waith</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/lock_cover.py" line="130" />
            <source>This window is locked while people vote, so nothing from the session shows here. Unlocking needs the facilitator PIN and ends voting.</source>
            <translation>Mae'r ffenestr hon wedi'i chloi tra bo pobl yn pleidleisio, felly does dim byd o'r sesiwn i'w weld yma. Mae angen PIN yr hwylusydd i ddatgloi, ac mae datgloi yn gorffen y pleidleisio.</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/lock_cover.py" line="138" />
            <source>&amp;Back to voting</source>
            <translation>&amp;Yn ôl i bleidleisio</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/lock_cover.py" line="138" />
            <source>Back to voting</source>
            <translation>Yn ôl i bleidleisio</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/lock_cover.py" line="142" />
            <source>&amp;Unlock with the facilitator PIN</source>
            <translation>&amp;Datgloi gyda PIN yr hwylusydd</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/lock_cover.py" line="144" />
            <source>Unlock with the facilitator PIN</source>
            <translation>Datgloi gyda PIN yr hwylusydd</translation>
        </message>
    </context>
    <context>
        <name>Lockdown</name>
        <message>
            <location filename="../../coprod_app/ui/voting/lock_cover.py" line="227" />
            <source>coprod-app: locked while people vote</source>
            <translation>coprod-app: wedi'i gloi tra bo pobl yn pleidleisio</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../coprod_app/ui/main_window.py" line="38" />
            <source>coprod-app: you said, we did</source>
            <translation>coprod-app: dywedoch chi, fe wnaethon ni</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/main_window.py" line="52" />
            <source>No session yet. Press Ctrl+N to create one.</source>
            <translation>Dim sesiwn eto. Pwyswch Ctrl+N i greu un.</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/main_window.py" line="79" />
            <source>Database: {path}</source>
            <translation>Cronfa ddata: {path}</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/main_window.py" line="122" />
            <source>The newest good backup is {backup}: restore it with File ▸ Restore from a backup.</source>
            <translation>Y copi wrth gefn da diweddaraf yw {backup}: adferwch ef gyda Ffeil ▸ Adfer o gopi wrth gefn.</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/main_window.py" line="126" />
            <source>The database is damaged</source>
            <translation>Mae'r gronfa ddata wedi'i difrodi</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/main_window.py" line="133" />
            <source>&amp;File</source>
            <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
            <translation>&amp;Ffeil</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/main_window.py" line="137" />
            <source>&amp;New session…</source>
            <translation>Sesiwn &amp;newydd…</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/main_window.py" line="145" />
            <source>New &amp;participant code…</source>
            <translation>Cod &amp;cyfranogwr newydd…</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/main_window.py" line="154" />
            <source>&amp;Quit</source>
            <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
            <translation>&amp;Gadael</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/main_window.py" line="161" />
            <source>&amp;Edit</source>
            <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
            <translation>&amp;Golygu</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/main_window.py" line="165" />
            <location filename="../../coprod_app/ui/main_window.py" line="192" />
            <source>&amp;Undo</source>
            <translation>&amp;Dadwneud</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/main_window.py" line="173" />
            <location filename="../../coprod_app/ui/main_window.py" line="195" />
            <source>&amp;Redo</source>
            <translation>&amp;Ailwneud</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/main_window.py" line="182" />
            <source>&amp;Help</source>
            <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
            <translation>&amp;Cymorth</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/main_window.py" line="184" />
            <source>&amp;About</source>
            <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
            <translation>&amp;Ynghylch</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/main_window.py" line="192" />
            <source>&amp;Undo {step}</source>
            <translation>&amp;Dadwneud {step}</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/main_window.py" line="195" />
            <source>&amp;Redo {step}</source>
            <translation>&amp;Ailwneud {step}</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/main_window.py" line="252" />
            <source>coprod-app {version}

Record what children, young people and families say, let them vote, and answer them with "you said, we did". Works offline; nothing leaves this laptop unless you export it.</source>
            <translation>coprod-app {version}

Cofnodwch beth mae plant, pobl ifanc a theuluoedd yn ei ddweud, gadewch iddyn nhw bleidleisio, ac atebwch nhw gyda "dywedoch chi, fe wnaethon ni". Mae'n gweithio all-lein; does dim byd yn gadael y gliniadur hwn oni bai eich bod chi'n ei allforio.</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/main_window.py" line="229" />
            <source>Could not open the session</source>
            <translation>Doedd dim modd agor y sesiwn</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/main_window.py" line="239" />
            <source>No strategy pack</source>
            <translation>Dim pecyn strategaeth</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/main_window.py" line="250" />
            <source>About coprod-app</source>
            <translation>Ynghylch coprod-app</translation>
        </message>
    </context>
    <context>
        <name>NewRoundDialog</name>
        <message>
            <location filename="../../coprod_app/ui/voting/round_dialog.py" line="34" />
            <source>New vote round</source>
            <translation>Rownd bleidleisio newydd</translation>
        </message>
        <message numerus="yes">
            <location filename="../../coprod_app/ui/voting/round_dialog.py" line="40" />
            <source>All %n commitment(s)</source>
            <translation>
                <numerusform>Y %n ymrwymiad i gyd</numerusform>
                <numerusform>Y %n ymrwymiad i gyd</numerusform>
                <numerusform>Y %n ymrwymiad i gyd</numerusform>
                <numerusform>Y %n ymrwymiad i gyd</numerusform>
                <numerusform>Y %n ymrwymiad i gyd</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/round_dialog.py" line="42" />
            <source>All commitments</source>
            <translation>Pob ymrwymiad</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/round_dialog.py" line="45" />
            <location filename="../../coprod_app/ui/voting/round_dialog.py" line="47" />
            <source>One priority's commitments</source>
            <translation>Ymrwymiadau un flaenoriaeth</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/round_dialog.py" line="50" />
            <source>Commitments I pick</source>
            <translation>Ymrwymiadau rydw i'n eu dewis</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/round_dialog.py" line="52" />
            <source>Hand-picked commitments</source>
            <translation>Ymrwymiadau wedi'u dewis â llaw</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/round_dialog.py" line="59" />
            <source>Priority</source>
            <translation>Blaenoriaeth</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/round_dialog.py" line="65" />
            <source>Commitments on the ballot</source>
            <translation>Ymrwymiadau ar y papur pleidleisio</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/round_dialog.py" line="66" />
            <source>Space ticks a commitment.</source>
            <translation>Mae Space yn ticio ymrwymiad.</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/round_dialog.py" line="74" />
            <source>Method</source>
            <translation>Dull</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/round_dialog.py" line="77" />
            <source>Most cards one person may choose</source>
            <translation>Y nifer mwyaf o gardiau y caiff un person eu dewis</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/round_dialog.py" line="87" />
            <source>&amp;Method</source>
            <translation>&amp;Dull</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/round_dialog.py" line="88" />
            <source>Most c&amp;hoices</source>
            <translation>&amp;Uchafswm dewisiadau</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/round_dialog.py" line="89" />
            <source>&amp;Priority</source>
            <translation>&amp;Blaenoriaeth</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/round_dialog.py" line="90" />
            <source>Start round</source>
            <translation>Dechrau'r rownd</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/round_dialog.py" line="92" />
            <source>Cards on the ballot:</source>
            <translation>Cardiau ar y papur pleidleisio:</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/round_dialog.py" line="121" />
            <source>Tick at least one commitment for the ballot.</source>
            <translation>Ticiwch o leiaf un ymrwymiad ar gyfer y papur pleidleisio.</translation>
        </message>
    </context>
    <context>
        <name>NewSessionDialog</name>
        <message>
            <location filename="../../coprod_app/ui/capture/session_dialog.py" line="41" />
            <source>New session</source>
            <translation>Sesiwn newydd</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/capture/session_dialog.py" line="45" />
            <source>Session title</source>
            <translation>Teitl y sesiwn</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/capture/session_dialog.py" line="47" />
            <source>Session date</source>
            <translation>Dyddiad y sesiwn</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/capture/session_dialog.py" line="55" />
            <source>Forum</source>
            <translation>Fforwm</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/capture/session_dialog.py" line="58" />
            <source>Town</source>
            <translation>Tref</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/capture/session_dialog.py" line="62" />
            <source>Venue</source>
            <translation>Lleoliad</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/capture/session_dialog.py" line="67" />
            <source>Facilitators</source>
            <translation>Hwyluswyr</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/capture/session_dialog.py" line="68" />
            <source>First names or roles of the people running the session.</source>
            <translation>Enwau cyntaf neu rolau'r bobl sy'n cynnal y sesiwn.</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/capture/session_dialog.py" line="77" />
            <source>&amp;Title</source>
            <translation>&amp;Teitl</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/capture/session_dialog.py" line="78" />
            <source>&amp;Date</source>
            <translation>&amp;Dyddiad</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/capture/session_dialog.py" line="79" />
            <source>&amp;Forum</source>
            <translation>&amp;Fforwm</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/capture/session_dialog.py" line="80" />
            <source>T&amp;own</source>
            <translation>T&amp;ref</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/capture/session_dialog.py" line="81" />
            <source>&amp;Venue</source>
            <translation>&amp;Lleoliad</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/capture/session_dialog.py" line="82" />
            <source>F&amp;acilitators</source>
            <translation>&amp;Hwyluswyr</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/capture/session_dialog.py" line="87" />
            <source>Create session</source>
            <translation>Creu sesiwn</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/capture/session_dialog.py" line="90" />
            <source>Strategy pack: {pack}</source>
            <translation>Pecyn strategaeth: {pack}</translation>
        </message>
    </context>
    <context>
        <name>OfficerMenu</name>
        <message>
            <location filename="../../coprod_app/ui/menus/officer.py" line="20" />
            <source>&amp;Officer</source>
            <translation>&amp;Swyddog</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/menus/officer.py" line="25" />
            <source>&amp;Themes and actions…</source>
            <translation>&amp;Themâu a chamau gweithredu…</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/menus/officer.py" line="34" />
            <source>&amp;Export officer report (PDF)…</source>
            <translation>&amp;Allforio adroddiad y swyddog (PDF)…</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/menus/officer.py" line="42" />
            <source>Export &amp;easy read (PDF)…</source>
            <translation>Allforio fersiwn &amp;hawdd ei ddeall (PDF)…</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/menus/officer.py" line="49" />
            <source>Export summary &amp;across sessions (PDF)…</source>
            <translation>Allforio crynodeb &amp;ar draws sesiynau (PDF)…</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/menus/officer.py" line="56" />
            <source>Export &amp;CSV…</source>
            <translation>Allforio &amp;CSV…</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/menus/officer.py" line="64" />
            <source>Officer report on &amp;screen…</source>
            <translation>Adroddiad y swyddog ar y &amp;sgrin…</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/menus/officer.py" line="71" />
            <source>Annual summar&amp;y on screen…</source>
            <translation>C&amp;rynodeb blynyddol ar y sgrin…</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/menus/officer.py" line="79" />
            <source>&amp;Last time you said…</source>
            <translation>&amp;Y tro diwethaf, dywedoch chi…</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/menus/officer.py" line="91" />
            <source>No session open</source>
            <translation>Does dim sesiwn ar agor</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/menus/officer.py" line="92" />
            <source>Open a session first.</source>
            <translation>Agorwch sesiwn yn gyntaf.</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/menus/officer.py" line="105" />
            <source>Themes and actions</source>
            <translation>Themâu a chamau gweithredu</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/menus/officer.py" line="146" />
            <source>Last time you said</source>
            <translation>Y tro diwethaf, dywedoch chi</translation>
        </message>
    </context>
    <context>
        <name>ParticipantDialog</name>
        <message>
            <location filename="../../coprod_app/ui/capture/participant_dialog.py" line="21" />
            <source>New participant</source>
            <translation>Cyfranogwr newydd</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/capture/participant_dialog.py" line="25" />
            <source>Group (optional)</source>
            <translation>Grŵp (dewisol)</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/capture/participant_dialog.py" line="26" />
            <location filename="../../coprod_app/ui/capture/participant_dialog.py" line="30" />
            <source>Not given</source>
            <translation>Heb ei roi</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/capture/participant_dialog.py" line="29" />
            <source>Age band (optional)</source>
            <translation>Band oedran (dewisol)</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/capture/participant_dialog.py" line="33" />
            <source>Town (optional)</source>
            <translation>Tref (dewisol)</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/capture/participant_dialog.py" line="38" />
            <source>They agree to be &amp;quoted word for word in reports</source>
            <translation>Maen nhw'n cytuno i gael eu &amp;dyfynnu air am air mewn adroddiadau</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/capture/participant_dialog.py" line="40" />
            <source>Agrees to be quoted</source>
            <translation>Yn cytuno i gael ei ddyfynnu</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/capture/participant_dialog.py" line="47" />
            <source>&amp;Group</source>
            <translation>&amp;Grŵp</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/capture/participant_dialog.py" line="48" />
            <source>&amp;Age band</source>
            <translation>&amp;Band oedran</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/capture/participant_dialog.py" line="49" />
            <source>&amp;Town</source>
            <translation>&amp;Tref</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/capture/participant_dialog.py" line="54" />
            <source>Make code</source>
            <translation>Gwneud cod</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/capture/participant_dialog.py" line="56" />
            <source>No names or birth dates: the app makes an anonymous code.</source>
            <translation>Dim enwau na dyddiadau geni: mae'r ap yn gwneud cod dienw.</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/capture/participant_dialog.py" line="63" />
            <source>This session does not note group, age band or town.</source>
            <translation>Dydy'r sesiwn hon ddim yn nodi grŵp, band oedran na thref.</translation>
        </message>
    </context>
    <context>
        <name>ParticipantScreen</name>
        <message>
            <location filename="../../coprod_app/ui/voting/participant_screen.py" line="135" />
            <source>Voting screen</source>
            <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
            <translation>Sgrin bleidleisio</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/participant_screen.py" line="136" />
            <source>Voting</source>
            <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
            <translation>Pleidleisio</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/participant_screen.py" line="364" />
            <source>Your vote could not be saved. Please ask the facilitator.</source>
            <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
            <translation>Doedd dim modd cadw dy bleidlais. Gofynna i'r hwylusydd.</translation>
        </message>
    </context>
    <context>
        <name>PausedPage</name>
        <message>
            <location filename="../../coprod_app/ui/voting/pages.py" line="407" />
            <source>Please wait.</source>
            <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
            <translation>Arhosa funud, os gweli di'n dda.</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/pages.py" line="408" />
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
            <translation>PIN yr hwylusydd</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/pin_pad.py" line="168" />
            <source>Cancel</source>
            <translation>Canslo</translation>
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
            <translation>
                <numerusform>PIN anghywir. Rho gynnig arall ymhen %n eiliad.</numerusform>
                <numerusform>PIN anghywir. Rho gynnig arall ymhen %n eiliad.</numerusform>
                <numerusform>PIN anghywir. Rho gynnig arall ymhen %n eiliad.</numerusform>
                <numerusform>PIN anghywir. Rho gynnig arall ymhen %n eiliad.</numerusform>
                <numerusform>PIN anghywir. Rho gynnig arall ymhen %n eiliad.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Practice</name>
        <message>
            <location filename="../../coprod_app/ui/voting/practice.py" line="32" />
            <source>Food</source>
            <translation>Bwyd</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/practice.py" line="33" />
            <source>Things to do</source>
            <translation>Pethau i'w gwneud</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/practice.py" line="34" />
            <source>Pizza</source>
            <translation>Pitsa</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/practice.py" line="35" />
            <source>Apples</source>
            <translation>Afalau</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/practice.py" line="36" />
            <source>Ice cream</source>
            <translation>Hufen iâ</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/practice.py" line="37" />
            <source>Playing football</source>
            <translation>Chwarae pêl-droed</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/practice.py" line="38" />
            <source>Painting pictures</source>
            <translation>Peintio lluniau</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/practice.py" line="39" />
            <source>Swimming</source>
            <translation>Nofio</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/practice.py" line="46" />
            <source>I like this.</source>
            <translation>Rydw i'n hoffi hwn.</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/practice.py" line="66" />
            <source>Practice</source>
            <translation>Ymarfer</translation>
        </message>
    </context>
    <context>
        <name>PracticeDonePage</name>
        <message>
            <location filename="../../coprod_app/ui/voting/practice.py" line="135" />
            <source>That was practice.</source>
            <translation>Ymarfer oedd hynna.</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/practice.py" line="138" />
            <source>Now the real vote.</source>
            <translation>Nawr, y bleidlais go iawn.</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/practice.py" line="140" />
            <source>Go to the real vote</source>
            <translation>Mynd i'r bleidlais go iawn</translation>
        </message>
    </context>
    <context>
        <name>PracticeIntroPage</name>
        <message>
            <location filename="../../coprod_app/ui/voting/practice.py" line="106" />
            <source>Let's practise.</source>
            <translation>Gad i ni ymarfer.</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/practice.py" line="109" />
            <source>These cards are pretend. Nothing is saved. Have a go!</source>
            <translation>Cardiau esgus ydy'r rhain. Does dim byd yn cael ei gadw. Rho gynnig arni!</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/practice.py" line="112" />
            <source>Start practice</source>
            <translation>Dechrau ymarfer</translation>
        </message>
    </context>
    <context>
        <name>PrivacyMenu</name>
        <message>
            <location filename="../../coprod_app/ui/menus/privacy.py" line="36" />
            <source>P&amp;rivacy</source>
            <translation>&amp;Preifatrwydd</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/menus/privacy.py" line="40" />
            <source>&amp;Erase a participant…</source>
            <translation>&amp;Dileu cyfranogwr…</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/menus/privacy.py" line="45" />
            <source>&amp;Data due for deletion…</source>
            <translation>&amp;Data sydd i'w ddileu…</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/menus/privacy.py" line="49" />
            <source>&amp;Keep this session's data for…</source>
            <translation>&amp;Cadw data'r sesiwn hon am…</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/menus/privacy.py" line="54" />
            <source>&amp;Ask for group, age band and town in this session</source>
            <translation>&amp;Gofyn am grŵp, band oedran a thref yn y sesiwn hon</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/menus/privacy.py" line="61" />
            <source>Show the privacy &amp;notice</source>
            <translation>Dangos yr &amp;hysbysiad preifatrwydd</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/menus/privacy.py" line="66" />
            <source>&amp;Print the privacy notice (PDF)…</source>
            <translation>&amp;Argraffu'r hysbysiad preifatrwydd (PDF)…</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/menus/privacy.py" line="71" />
            <source>Contact shown on the notice…</source>
            <translation>Cyswllt a ddangosir ar yr hysbysiad…</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/menus/privacy.py" line="77" />
            <location filename="../../coprod_app/ui/menus/privacy.py" line="109" />
            <source>Set passphrase &amp;lock…</source>
            <translation>Gosod &amp;clo cyfrinymadrodd…</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/menus/privacy.py" line="80" />
            <source>&amp;Remove passphrase lock…</source>
            <translation>&amp;Tynnu'r clo cyfrinymadrodd…</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/menus/privacy.py" line="107" />
            <source>Change passphrase &amp;lock…</source>
            <translation>Newid y &amp;clo cyfrinymadrodd…</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/menus/privacy.py" line="132" />
            <source>Erased participant {code}: {views} and {votes} removed.</source>
            <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
            <translation>Wedi dileu'r cyfranogwr {code}: tynnwyd {views} a {votes}.</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/menus/privacy.py" line="136" />
            <source>Another program has the database open, so the words may still be in the file until the next erase or purge.</source>
            <translation>Mae rhaglen arall wedi agor y gronfa ddata, felly gall y geiriau fod yn y ffeil o hyd tan y dileu neu'r clirio nesaf.</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/menus/privacy.py" line="155" />
            <source>Deleted {sessions} with {views} and {votes}.</source>
            <translation>Wedi dileu {sessions} gyda {views} a {votes}.</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/menus/privacy.py" line="164" />
            <source>Session {session} was skipped: {problem}.</source>
            <translation>Cafodd sesiwn {session} ei hepgor: {problem}.</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/menus/privacy.py" line="176" />
            <source>Keep this session's data</source>
            <translation>Cadw data'r sesiwn hon</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/menus/privacy.py" line="177" />
            <source>Months to keep this session's data after its date
(it is then due for deletion):</source>
            <translation>Sawl mis i gadw data'r sesiwn hon ar ôl ei dyddiad
(wedyn mae i'w ddileu):</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/menus/privacy.py" line="190" />
            <location filename="../../coprod_app/ui/menus/privacy.py" line="230" />
            <location filename="../../coprod_app/ui/menus/privacy.py" line="283" />
            <source>Not changed</source>
            <translation>Heb ei newid</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/menus/privacy.py" line="194" />
            <source>This session is kept for {period}, but its date cannot be counted from: {problem}.</source>
            <translation>Mae'r sesiwn hon yn cael ei chadw am {period}, ond does dim modd cyfrif o'i dyddiad: {problem}.</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/menus/privacy.py" line="202" />
            <source>This session is kept for {period}, until {until}.</source>
            <translation>Mae'r sesiwn hon yn cael ei chadw am {period}, tan {until}.</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/menus/privacy.py" line="216" />
            <source>Stop asking for group, age band and town</source>
            <translation>Peidio â gofyn am grŵp, band oedran a thref</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/menus/privacy.py" line="217" />
            <source>Also remove the group, age band and town already noted in this session?</source>
            <translation>Tynnu hefyd y grŵp, y band oedran a'r dref sydd eisoes wedi'u nodi yn y sesiwn hon?</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/menus/privacy.py" line="253" />
            <source>Save the privacy notice</source>
            <translation>Cadw'r hysbysiad preifatrwydd</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/menus/privacy.py" line="255" />
            <source>PDF files (*.pdf)</source>
            <translation>Ffeiliau PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/menus/privacy.py" line="263" />
            <source>Could not save the notice</source>
            <translation>Doedd dim modd cadw'r hysbysiad</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/menus/privacy.py" line="266" />
            <source>Saved the privacy notice to {path}.</source>
            <translation>Wedi cadw'r hysbysiad preifatrwydd i {path}.</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/menus/privacy.py" line="273" />
            <source>Contact on the privacy notice</source>
            <translation>Cyswllt ar yr hysbysiad preifatrwydd</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/menus/privacy.py" line="274" />
            <source>Who families can contact to ask for removal (a team name and phone or email):</source>
            <translation>Pwy y gall teuluoedd gysylltu â nhw i ofyn am dynnu eu data (enw tîm a ffôn neu e-bost):</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/menus/privacy.py" line="289" />
            <source>The passphrase lock is set.</source>
            <translation>Mae'r clo cyfrinymadrodd wedi'i osod.</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/menus/privacy.py" line="296" />
            <source>The passphrase lock is removed.</source>
            <translation>Mae'r clo cyfrinymadrodd wedi'i dynnu.</translation>
        </message>
    </context>
    <context>
        <name>PrivacyNotice</name>
        <message>
            <location filename="../../coprod_app/ui/privacy/notice_screen.py" line="80" />
            <source>Close</source>
            <translation>Cau</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/privacy/notice_screen.py" line="82" />
            <source>Close the privacy notice</source>
            <translation>Cau'r hysbysiad preifatrwydd</translation>
        </message>
    </context>
    <context>
        <name>RankSlots</name>
        <message>
            <location filename="../../coprod_app/ui/voting/rank_slots.py" line="30" />
            <source>1st</source>
            <translation>1af</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/rank_slots.py" line="31" />
            <source>2nd</source>
            <translation>2il</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/rank_slots.py" line="32" />
            <source>3rd</source>
            <translation>3ydd</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/rank_slots.py" line="34" />
            <source>{number}th</source>
            <translation>Rhif {number}</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/rank_slots.py" line="82" />
            <source>empty</source>
            <translation>gwag</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/rank_slots.py" line="203" />
            <source>{place}: empty</source>
            <translation>{place}: gwag</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/rank_slots.py" line="206" />
            <source>Tap a card to put it here.</source>
            <translation>Tapia gerdyn i'w roi yma.</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/rank_slots.py" line="208" />
            <source>Press to move the card you picked here.</source>
            <translation>Pwysa i symud y cerdyn a ddewisaist ti i fan hyn.</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/rank_slots.py" line="212" />
            <source>{place}: {words}</source>
            <translation>{place}: {words}</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/rank_slots.py" line="215" />
            <source>Press, then press another place, to swap them.</source>
            <translation>Pwysa, yna pwysa le arall, i'w cyfnewid.</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/rank_slots.py" line="217" />
            <source>Press to swap with the card you picked.</source>
            <translation>Pwysa i gyfnewid â'r cerdyn a ddewisaist ti.</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/rank_slots.py" line="226" />
            <source>Move up to {place}: {words}</source>
            <translation>Symud i fyny i {place}: {words}</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/rank_slots.py" line="232" />
            <source>Move up: {words} is already 1st</source>
            <translation>Symud i fyny: mae {words} yn 1af yn barod</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/rank_slots.py" line="236" />
            <source>Move down to {place}: {words}</source>
            <translation>Symud i lawr i {place}: {words}</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/rank_slots.py" line="242" />
            <source>Move down: {words} is last</source>
            <translation>Symud i lawr: mae {words} yn olaf</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/rank_slots.py" line="244" />
            <source>Take out: {words}</source>
            <translation>Tynnu allan: {words}</translation>
        </message>
    </context>
    <context>
        <name>RatingOne</name>
        <message>
            <location filename="../../coprod_app/ui/voting/rating_one.py" line="121" />
            <source>Card before</source>
            <translation>Y cerdyn cynt</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/rating_one.py" line="123" />
            <source>Next card</source>
            <translation>Y cerdyn nesaf</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/rating_one.py" line="225" />
            <source>not answered yet</source>
            <translation>heb ei ateb eto</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/rating_one.py" line="228" />
            <source>Card {number}: {words}</source>
            <translation>Cerdyn {number}: {words}</translation>
        </message>
    </context>
    <context>
        <name>RatingWords</name>
        <message>
            <location filename="../../coprod_app/ui/voting/cards.py" line="224" />
            <source>Like</source>
            <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
            <translation>Hoffi</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/cards.py" line="225" />
            <source>Not sure</source>
            <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
            <translation>Ddim yn siŵr</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/cards.py" line="226" />
            <source>Don't like</source>
            <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
            <translation>Ddim yn hoffi</translation>
        </message>
    </context>
    <context>
        <name>ReadAloud</name>
        <message>
            <location filename="../../coprod_app/ui/common/read_aloud.py" line="281" />
            <location filename="../../coprod_app/ui/common/read_aloud.py" line="284" />
            <source>Read aloud</source>
            <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
            <translation>Darllen yn uchel</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/common/read_aloud.py" line="282" />
            <source>Reads the words on this card out loud.</source>
            <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
            <translation>Yn darllen y geiriau ar y cerdyn hwn yn uchel.</translation>
        </message>
    </context>
    <context>
        <name>RemovePassphraseDialog</name>
        <message>
            <location filename="../../coprod_app/ui/privacy/passphrase_lock.py" line="142" />
            <source>Remove the passphrase lock</source>
            <translation>Tynnu'r clo cyfrinymadrodd</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/privacy/passphrase_lock.py" line="143" />
            <source>Current passphrase</source>
            <translation>Y cyfrinymadrodd presennol</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/privacy/passphrase_lock.py" line="147" />
            <source>Remove the lock</source>
            <translation>Tynnu'r clo</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/privacy/passphrase_lock.py" line="149" />
            <source>Type the current passphrase to remove the lock.</source>
            <translation>Teipiwch y cyfrinymadrodd presennol i dynnu'r clo.</translation>
        </message>
    </context>
    <context>
        <name>ReportView</name>
        <message>
            <location filename="../../coprod_app/ui/officer/report_view.py" line="101" />
            <source>Period: {date}</source>
            <translation>Cyfnod: {date}</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/report_view.py" line="103" />
            <source>Period: {start} to {end}</source>
            <translation>Cyfnod: {start} i {end}</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/report_view.py" line="107" />
            <source>Period: from {start}</source>
            <translation>Cyfnod: o {start}</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/report_view.py" line="109" />
            <source>Period: up to {end}</source>
            <translation>Cyfnod: hyd at {end}</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/report_view.py" line="110" />
            <source>Period: all sessions</source>
            <translation>Cyfnod: pob sesiwn</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/report_view.py" line="116" />
            <source>Group</source>
            <translation>Grŵp</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/report_view.py" line="118" />
            <source>Age band</source>
            <translation>Band oedran</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/report_view.py" line="120" />
            <source>Charter principle</source>
            <translation>Egwyddor y siarter</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/report_view.py" line="122" />
            <source>Priority</source>
            <translation>Blaenoriaeth</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/report_view.py" line="126" />
            <source>Commitment</source>
            <translation>Ymrwymiad</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/report_view.py" line="128" />
            <source>How it was given</source>
            <translation>Sut y cafodd ei roi</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/report_view.py" line="130" />
            <source>How it felt</source>
            <translation>Sut roedd yn teimlo</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/report_view.py" line="132" />
            <source>Town</source>
            <translation>Tref</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/report_view.py" line="134" />
            <source>Forum</source>
            <translation>Fforwm</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/report_view.py" line="136" />
            <source>Session</source>
            <translation>Sesiwn</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/report_view.py" line="137" />
            <source>What</source>
            <translation>Beth</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/report_view.py" line="354" />
            <source>Facilitator’s note</source>
            <translation>Nodyn yr hwylusydd</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/report_view.py" line="357" />
            <source>Group not recorded</source>
            <translation>Grŵp heb ei gofnodi</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/report_view.py" line="392" />
            <source>Officer report</source>
            <translation>Adroddiad y swyddog</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/report_view.py" line="394" />
            <source>Summary across sessions</source>
            <translation>Crynodeb ar draws sesiynau</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/report_view.py" line="407" />
            <source>Building the report</source>
            <translation>Yn llunio'r adroddiad</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/report_view.py" line="415" />
            <source>The report</source>
            <translation>Yr adroddiad</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/report_view.py" line="433" />
            <source>&amp;Refresh</source>
            <translation>&amp;Adnewyddu</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/report_view.py" line="435" />
            <source>Build the report again from the database</source>
            <translation>Llunio'r adroddiad eto o'r gronfa ddata</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/report_view.py" line="440" />
            <source>&amp;Close</source>
            <translation>&amp;Cau</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/report_view.py" line="442" />
            <source>Close the report</source>
            <translation>Cau'r adroddiad</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/report_view.py" line="455" />
            <source>Only sessions &amp;between these dates</source>
            <translation>Dim ond sesiynau &amp;rhwng y dyddiadau hyn</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/report_view.py" line="457" />
            <source>Only sessions between two dates</source>
            <translation>Dim ond sesiynau rhwng dau ddyddiad</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/report_view.py" line="463" />
            <source>From date</source>
            <translation>O'r dyddiad</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/report_view.py" line="468" />
            <source>To date</source>
            <translation>I'r dyddiad</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/report_view.py" line="476" />
            <source>&amp;Show</source>
            <translation>&amp;Dangos</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/report_view.py" line="478" />
            <source>Show the summary for these dates</source>
            <translation>Dangos y crynodeb ar gyfer y dyddiadau hyn</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/report_view.py" line="487" />
            <source>&amp;From</source>
            <translation>&amp;O</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/report_view.py" line="489" />
            <source>&amp;to</source>
            <translation>&amp;i</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/report_view.py" line="518" />
            <source>The start date is after the end date; swap them.</source>
            <translation>Mae'r dyddiad dechrau ar ôl y dyddiad gorffen; cyfnewidiwch nhw.</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/report_view.py" line="522" />
            <source>Building the report…</source>
            <translation>Yn llunio'r adroddiad…</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/report_view.py" line="548" />
            <source>The report could not be built ({error}).</source>
            <translation>Doedd dim modd llunio'r adroddiad ({error}).</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/report_view.py" line="597" />
            <source>About this report</source>
            <translation>Ynghylch yr adroddiad hwn</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/report_view.py" line="615" />
            <source>What people said, in their words</source>
            <translation>Beth ddywedodd pobl, yn eu geiriau eu hunain</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/report_view.py" line="617" />
            <source>No view in this report may be quoted.</source>
            <translation>Does dim caniatâd i ddyfynnu unrhyw sylw yn yr adroddiad hwn.</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/report_view.py" line="620" />
            <source>Views quoted: {count} (an exact count: every one of them is shown below).</source>
            <translation>Sylwadau a ddyfynnwyd: {count} (cyfrif union: mae pob un ohonyn nhw i'w weld isod).</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/report_view.py" line="639" />
            <source>Not tagged to a priority</source>
            <translation>Heb ei dagio i flaenoriaeth</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/report_view.py" line="648" />
            <location filename="../../coprod_app/ui/officer/report_view.py" line="704" />
            <source>No commitment tagged</source>
            <translation>Dim ymrwymiad wedi'i dagio</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/report_view.py" line="659" />
            <source>view {number}</source>
            <translation>sylw {number}</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/report_view.py" line="663" />
            <source>also about {commitments}</source>
            <translation>hefyd am {commitments}</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/report_view.py" line="668" />
            <source>Themes heard</source>
            <translation>Themâu a glywyd</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/report_view.py" line="670" />
            <source>No themes have been written for these views yet.</source>
            <translation>Does dim themâu wedi'u hysgrifennu ar gyfer y sylwadau hyn eto.</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/report_view.py" line="691" />
            <location filename="../../coprod_app/ui/officer/report_view.py" line="693" />
            <source>No priority tagged</source>
            <translation>Dim blaenoriaeth wedi'i thagio</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/report_view.py" line="710" />
            <source>You said (from {views} views): {words}</source>
            <translation>Dywedoch chi (o {views} sylw): {words}</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/report_view.py" line="713" />
            <source>Session: {title}, {forum}, {date}</source>
            <translation>Sesiwn: {title}, {forum}, {date}</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/report_view.py" line="719" />
            <source>About: {commitments}</source>
            <translation>Am: {commitments}</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/report_view.py" line="726" />
            <source>Actions: {actions}</source>
            <translation>Camau gweithredu: {actions}</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/report_view.py" line="741" />
            <source>today</source>
            <translation>heddiw</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/report_view.py" line="742" />
            <source>What has been done, as at {date}</source>
            <translation>Beth sydd wedi'i wneud, ar {date}</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/report_view.py" line="744" />
            <source>No actions have been written yet.</source>
            <translation>Does dim camau gweithredu wedi'u hysgrifennu eto.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../coprod_app/ui/officer/report_view.py" line="747" />
            <source>Past due (%n)</source>
            <translation>
                <numerusform>Yn hwyr (%n)</numerusform>
                <numerusform>Yn hwyr (%n)</numerusform>
                <numerusform>Yn hwyr (%n)</numerusform>
                <numerusform>Yn hwyr (%n)</numerusform>
                <numerusform>Yn hwyr (%n)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/report_view.py" line="761" />
            <source>Status at the end: {status}</source>
            <translation>Statws ar y diwedd: {status}</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/report_view.py" line="762" />
            <source>PAST DUE</source>
            <translation>YN HWYR</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/report_view.py" line="763" />
            <source>Theme: {theme}</source>
            <translation>Thema: {theme}</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/report_view.py" line="766" />
            <source>Owner: {owner}</source>
            <translation>Perchennog: {owner}</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/report_view.py" line="768" />
            <source>Due: {date}</source>
            <translation>Erbyn: {date}</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/report_view.py" line="770" />
            <source>Due: no date</source>
            <translation>Erbyn: dim dyddiad</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/report_view.py" line="774" />
            <source>For: {commitments}</source>
            <translation>Ar gyfer: {commitments}</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/officer/report_view.py" line="780" />
            <source>Changes in the period: {changes}</source>
            <translation>Newidiadau yn y cyfnod: {changes}</translation>
        </message>
    </context>
    <context>
        <name>ResultsChart</name>
        <message>
            <location filename="../../coprod_app/ui/voting/results_chart.py" line="90" />
            <source>Results chart</source>
            <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
            <translation>Siart canlyniadau</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/results_chart.py" line="179" />
            <source>{like} like, {unsure} not sure, {dislike} don't like</source>
            <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
            <translation>{like} yn hoffi, {unsure} ddim yn siŵr, {dislike} ddim yn hoffi</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/results_chart.py" line="183" />
            <source>not shown (small number)</source>
            <translation>heb ei ddangos (nifer bach)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../coprod_app/ui/voting/results_chart.py" line="185" />
            <source>%n point(s)</source>
            <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
            <translation>
                <numerusform>%n pwynt</numerusform>
                <numerusform>%n pwynt</numerusform>
                <numerusform>%n pwynt</numerusform>
                <numerusform>%n pwynt</numerusform>
                <numerusform>%n pwynt</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/results_chart.py" line="189" />
            <source>(hidden)</source>
            <translation>(wedi'i guddio)</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/results_chart.py" line="339" />
            <source>fewer than {count}</source>
            <translation>llai na {count}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../coprod_app/ui/voting/results_chart.py" line="65" />
            <source>%n vote(s)</source>
            <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
            <translation>
                <numerusform>%n pleidlais</numerusform>
                <numerusform>%n pleidlais</numerusform>
                <numerusform>%n pleidlais</numerusform>
                <numerusform>%n pleidlais</numerusform>
                <numerusform>%n pleidlais</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ResultsPage</name>
        <message>
            <location filename="../../coprod_app/ui/voting/results_page.py" line="131" />
            <source>What people chose</source>
            <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
            <translation>Beth ddewisodd pobl</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/results_page.py" line="135" />
            <source>Back</source>
            <translation>Yn ôl</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/results_page.py" line="135" />
            <source>Back: the cards before</source>
            <translation>Yn ôl: y cardiau cynt</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/results_page.py" line="137" />
            <source>Next</source>
            <translation>Nesaf</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/results_page.py" line="137" />
            <source>Next: more cards</source>
            <translation>Nesaf: mwy o gardiau</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/results_page.py" line="159" />
            <location filename="../../coprod_app/ui/voting/results_page.py" line="271" />
            <source>We need {needed} votes before we show what people chose.</source>
            <translation>Mae angen {needed} pleidlais arnon ni cyn i ni ddangos beth ddewisodd pobl.</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/results_page.py" line="247" />
            <location filename="../../coprod_app/ui/voting/results_page.py" line="273" />
            <source>We show new results after {total} votes.</source>
            <translation>Rydyn ni'n dangos canlyniadau newydd ar ôl {total} pleidlais.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../coprod_app/ui/voting/results_page.py" line="261" />
            <source>%n vote(s). Most liked first.</source>
            <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
            <translation>
                <numerusform>%n pleidlais. Y rhai mwyaf poblogaidd yn gyntaf.</numerusform>
                <numerusform>%n pleidlais. Y rhai mwyaf poblogaidd yn gyntaf.</numerusform>
                <numerusform>%n pleidlais. Y rhai mwyaf poblogaidd yn gyntaf.</numerusform>
                <numerusform>%n pleidlais. Y rhai mwyaf poblogaidd yn gyntaf.</numerusform>
                <numerusform>%n pleidlais. Y rhai mwyaf poblogaidd yn gyntaf.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../coprod_app/ui/voting/results_page.py" line="263" />
            <source>%n vote(s). Most chosen first.</source>
            <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
            <translation>
                <numerusform>%n pleidlais. Y rhai a ddewiswyd fwyaf yn gyntaf.</numerusform>
                <numerusform>%n pleidlais. Y rhai a ddewiswyd fwyaf yn gyntaf.</numerusform>
                <numerusform>%n pleidlais. Y rhai a ddewiswyd fwyaf yn gyntaf.</numerusform>
                <numerusform>%n pleidlais. Y rhai a ddewiswyd fwyaf yn gyntaf.</numerusform>
                <numerusform>%n pleidlais. Y rhai a ddewiswyd fwyaf yn gyntaf.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/results_page.py" line="280" />
            <source>{votes} so far.</source>
            <translation>{votes} hyd yma.</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/results_page.py" line="293" />
            <source>Page {page} of {pages}</source>
            <translation>Tudalen {page} o {pages}</translation>
        </message>
    </context>
    <context>
        <name>RetentionDialog</name>
        <message>
            <location filename="../../coprod_app/ui/privacy/retention_dialog.py" line="22" />
            <source>Data past its retention period</source>
            <translation>Data sydd wedi pasio'i gyfnod cadw</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/privacy/retention_dialog.py" line="24" />
            <source>Sessions due for deletion</source>
            <translation>Sesiynau sydd i'w dileu</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/privacy/retention_dialog.py" line="27" />
            <source>{date}  {title}: {views} and {votes} (kept until {until})</source>
            <translation>{date}  {title}: {views} a {votes} (yn cael eu cadw tan {until})</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/privacy/retention_dialog.py" line="36" />
            <source>Close</source>
            <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
            <translation>Cau</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/privacy/retention_dialog.py" line="38" />
            <source>Delete these sessions now…</source>
            <translation>Dileu'r sesiynau hyn nawr…</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/privacy/retention_dialog.py" line="40" />
            <source>Delete these sessions now</source>
            <translation>Dileu'r sesiynau hyn nawr</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/privacy/retention_dialog.py" line="49" />
            <source>These sessions are past the time we said we would keep them. Deleting removes their participants, views and votes for good; themes and actions stay.</source>
            <translation>Mae'r sesiynau hyn wedi pasio'r amser y dywedon ni y bydden ni'n eu cadw. Mae dileu yn tynnu eu cyfranogwyr, eu sylwadau a'u pleidleisiau am byth; mae themâu a chamau gweithredu yn aros.</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/privacy/retention_dialog.py" line="53" />
            <source>No session is past its retention period.</source>
            <translation>Does dim sesiwn wedi pasio ei chyfnod cadw.</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/privacy/retention_dialog.py" line="56" />
            <source>Session {session} ({title}) is skipped: {problem}.</source>
            <translation>Mae sesiwn {session} ({title}) yn cael ei hepgor: {problem}.</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/privacy/retention_dialog.py" line="72" />
            <source>Delete for good?</source>
            <translation>Dileu am byth?</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/privacy/retention_dialog.py" line="73" />
            <source>Delete {sessions} with {views} and {votes} for good? This cannot be undone.</source>
            <translation>Dileu {sessions} gyda {views} a {votes} am byth? Does dim modd dadwneud hyn.</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/privacy/retention_dialog.py" line="87" />
            <source>Could not delete</source>
            <translation>Doedd dim modd dileu</translation>
        </message>
    </context>
    <context>
        <name>ReviewPage</name>
        <message>
            <location filename="../../coprod_app/ui/voting/pages.py" line="284" />
            <source>You chose:</source>
            <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
            <translation>Dewisaist ti:</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/pages.py" line="314" />
            <source>Is this right?</source>
            <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
            <translation>Ydy hyn yn iawn?</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/pages.py" line="330" />
            <source>Yes</source>
            <translation>Ydy</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/pages.py" line="334" />
            <source>Yes, send my vote</source>
            <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
            <translation>Ydy, anfon fy mhleidlais</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/pages.py" line="322" />
            <source>Change</source>
            <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
            <translation>Newid</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/pages.py" line="325" />
            <source>No, change my choices</source>
            <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
            <translation>Na, newid fy newisiadau</translation>
        </message>
    </context>
    <context>
        <name>SessionList</name>
        <message>
            <location filename="../../coprod_app/ui/capture/session_list.py" line="65" />
            <source>Sessions</source>
            <translation>Sesiynau</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/capture/session_list.py" line="66" />
            <source>Choose a session to record views in it.</source>
            <translation>Dewiswch sesiwn i gofnodi sylwadau ynddi.</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/capture/session_list.py" line="76" />
            <source>New session… (Ctrl+N)</source>
            <translation>Sesiwn newydd… (Ctrl+N)</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/capture/session_list.py" line="76" />
            <source>New session</source>
            <translation>Sesiwn newydd</translation>
        </message>
    </context>
    <context>
        <name>SessionPage</name>
        <message>
            <location filename="../../coprod_app/ui/capture/session_page.py" line="64" />
            <source>Close or reopen session</source>
            <translation>Cau neu ailagor y sesiwn</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/capture/session_page.py" line="84" />
            <source>Show views for principle</source>
            <translation>Dangos sylwadau ar gyfer egwyddor</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/capture/session_page.py" line="85" />
            <source>Show views for priority</source>
            <translation>Dangos sylwadau ar gyfer blaenoriaeth</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/capture/session_page.py" line="94" />
            <source>&amp;Change</source>
            <translation>&amp;Newid</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/capture/session_page.py" line="94" />
            <source>Change the chosen view</source>
            <translation>Newid y sylw a ddewiswyd</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/capture/session_page.py" line="98" />
            <source>De&amp;lete</source>
            <translation>&amp;Dileu</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/capture/session_page.py" line="98" />
            <source>Delete the chosen view</source>
            <translation>Dileu'r sylw a ddewiswyd</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/capture/session_page.py" line="116" />
            <source>Show:</source>
            <translation>Dangos:</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/capture/session_page.py" line="224" />
            <source>All principles</source>
            <translation>Pob egwyddor</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/capture/session_page.py" line="225" />
            <source>All priorities</source>
            <translation>Pob blaenoriaeth</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/capture/session_page.py" line="248" />
            <source>with {facilitators}</source>
            <translation>gyda {facilitators}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../coprod_app/ui/capture/session_page.py" line="267" />
            <source>{shown} of %n view(s) shown</source>
            <translation>
                <numerusform>{shown} o %n sylw i'w gweld</numerusform>
                <numerusform>{shown} o %n sylw i'w gweld</numerusform>
                <numerusform>{shown} o %n sylw i'w gweld</numerusform>
                <numerusform>{shown} o %n sylw i'w gweld</numerusform>
                <numerusform>{shown} o %n sylw i'w gweld</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/capture/session_page.py" line="294" />
            <source>✓ Saved view {view} at {time}</source>
            <translation>✓ Wedi cadw sylw {view} am {time}</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/capture/session_page.py" line="299" />
            <source>✓ Saved the change to view {view} at {time}</source>
            <translation>✓ Wedi cadw'r newid i sylw {view} am {time}</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/capture/session_page.py" line="311" />
            <source>record view {view}</source>
            <translation>cofnodi sylw {view}</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/capture/session_page.py" line="323" />
            <source>change view {view}</source>
            <translation>newid sylw {view}</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/capture/session_page.py" line="332" />
            <source>This session is closed. Reopen it to change its views.</source>
            <translation>Mae'r sesiwn hon ar gau. Ailagorwch hi i newid ei sylwadau.</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/capture/session_page.py" line="346" />
            <source>delete view {view}</source>
            <translation>dileu sylw {view}</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/capture/session_page.py" line="355" />
            <source>Deleted view {view}. Ctrl+Z brings it back.</source>
            <translation>Wedi dileu sylw {view}. Mae Ctrl+Z yn dod ag ef yn ôl.</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/capture/session_page.py" line="365" />
            <source>Undone: {step} (saved).</source>
            <translation>Wedi dadwneud: {step} (wedi'i gadw).</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/capture/session_page.py" line="368" />
            <source>Redone: {step} (saved).</source>
            <translation>Wedi ailwneud: {step} (wedi'i gadw).</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/capture/session_page.py" line="388" />
            <source>The session is now {status}.</source>
            <translation>Mae'r sesiwn {status} nawr.</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/capture/session_page.py" line="410" />
            <source>New participant code: {code}. Write it on their sticker.</source>
            <translation>Cod cyfranogwr newydd: {code}. Ysgrifennwch ef ar eu sticer.</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/capture/session_page.py" line="251" />
            <source>Reopen session</source>
            <translation>Ailagor y sesiwn</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/capture/session_page.py" line="251" />
            <source>Close session</source>
            <translation>Cau'r sesiwn</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/capture/session_page.py" line="360" />
            <source>Choose a view in the list first.</source>
            <translation>Dewiswch sylw yn y rhestr yn gyntaf.</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/capture/session_page.py" line="389" />
            <source>open</source>
            <translation>ar agor</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/capture/session_page.py" line="389" />
            <source>closed</source>
            <translation>ar gau</translation>
        </message>
    </context>
    <context>
        <name>SessionsModel</name>
        <message>
            <location filename="../../coprod_app/ui/capture/session_list.py" line="32" />
            <source> (closed)</source>
            <translation> (ar gau)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../coprod_app/ui/capture/session_list.py" line="38" />
            <source>%n people</source>
            <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
            <translation>
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
            <location filename="../../coprod_app/ui/privacy/passphrase_lock.py" line="96" />
            <source>Passphrase lock</source>
            <translation>Clo cyfrinymadrodd</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/privacy/passphrase_lock.py" line="97" />
            <source>Current passphrase</source>
            <translation>Y cyfrinymadrodd presennol</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/privacy/passphrase_lock.py" line="98" />
            <source>New passphrase</source>
            <translation>Cyfrinymadrodd newydd</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/privacy/passphrase_lock.py" line="99" />
            <source>New passphrase again</source>
            <translation>Y cyfrinymadrodd newydd eto</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/privacy/passphrase_lock.py" line="106" />
            <source>&amp;Current passphrase</source>
            <translation>Y cyfrinymadrodd &amp;presennol</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/privacy/passphrase_lock.py" line="107" />
            <source>&amp;New passphrase</source>
            <translation>Cyfrinymadrodd &amp;newydd</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/privacy/passphrase_lock.py" line="108" />
            <source>&amp;Again</source>
            <translation>&amp;Eto</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/privacy/passphrase_lock.py" line="109" />
            <source>Set the lock</source>
            <translation>Gosod y clo</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/privacy/passphrase_lock.py" line="114" />
            <source>The app will ask for this passphrase when it opens. It stops someone opening the app on a shared laptop; it does not encrypt the file. Use disk encryption (BitLocker, FileVault) too.</source>
            <translation>Bydd yr ap yn gofyn am y cyfrinymadrodd hwn pan fydd yn agor. Mae'n atal rhywun rhag agor yr ap ar liniadur a rennir; dydy e ddim yn amgryptio'r ffeil. Defnyddiwch amgryptio disg (BitLocker, FileVault) hefyd.</translation>
        </message>
    </context>
    <context>
        <name>SetPinDialog</name>
        <message>
            <location filename="../../coprod_app/ui/voting/pin_pad.py" line="193" />
            <source>Set the facilitator PIN</source>
            <translation>Gosod PIN yr hwylusydd</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/pin_pad.py" line="193" />
            <source>Change the facilitator PIN</source>
            <translation>Newid PIN yr hwylusydd</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/pin_pad.py" line="198" />
            <source>The PIN is needed to leave the participant screen. Use 4 to 12 digits. It is kept only on this laptop, scrambled.</source>
            <translation>Mae angen y PIN i adael sgrin y cyfranogwyr. Defnyddiwch 4 i 12 digid. Mae'n cael ei gadw ar y gliniadur hwn yn unig, wedi'i sgramblo.</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/pin_pad.py" line="205" />
            <location filename="../../coprod_app/ui/voting/pin_pad.py" line="214" />
            <source>Current PIN</source>
            <translation>PIN presennol</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/pin_pad.py" line="206" />
            <location filename="../../coprod_app/ui/voting/pin_pad.py" line="215" />
            <source>New PIN</source>
            <translation>PIN newydd</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/pin_pad.py" line="207" />
            <source>New PIN again</source>
            <translation>Y PIN newydd eto</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/pin_pad.py" line="216" />
            <source>Type it again</source>
            <translation>Teipiwch ef eto</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/pin_pad.py" line="218" />
            <source>Save PIN</source>
            <translation>Cadw'r PIN</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/pin_pad.py" line="227" />
            <location filename="../../coprod_app/ui/voting/pin_pad.py" line="234" />
            <source>PIN not set</source>
            <translation>PIN heb ei osod</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/pin_pad.py" line="227" />
            <source>The two PINs are different.</source>
            <translation>Mae'r ddau PIN yn wahanol.</translation>
        </message>
    </context>
    <context>
        <name>TallyDialog</name>
        <message>
            <location filename="../../coprod_app/ui/voting/tally_dialog.py" line="38" />
            <source>Paper or show-of-hands votes</source>
            <translation>Pleidleisiau papur neu godi dwylo</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/tally_dialog.py" line="41" />
            <source>Count the dots or hands for one card, then save. Repeat for each card.</source>
            <translation>Cyfrwch y dotiau neu'r dwylo ar gyfer un cerdyn, yna cadwch. Gwnewch yr un peth ar gyfer pob cerdyn.</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/tally_dialog.py" line="43" />
            <source>Card</source>
            <translation>Cerdyn</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/tally_dialog.py" line="47" />
            <source>How many</source>
            <translation>Faint</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/tally_dialog.py" line="49" />
            <source>Group</source>
            <translation>Grŵp</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/tally_dialog.py" line="50" />
            <source>Not recorded</source>
            <translation>Heb ei gofnodi</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/tally_dialog.py" line="53" />
            <source>Rating</source>
            <translation>Barn</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/tally_dialog.py" line="61" />
            <source>&amp;Card</source>
            <translation>&amp;Cerdyn</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/tally_dialog.py" line="62" />
            <source>&amp;How many</source>
            <translation>&amp;Faint</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/tally_dialog.py" line="63" />
            <source>&amp;Group</source>
            <translation>&amp;Grŵp</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/tally_dialog.py" line="65" />
            <source>&amp;Rating</source>
            <translation>&amp;Barn</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/tally_dialog.py" line="70" />
            <source>Save the count</source>
            <translation>Cadw'r cyfrif</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/tally_dialog.py" line="72" />
            <source>Cancel</source>
            <translation>Canslo</translation>
        </message>
    </context>
    <context>
        <name>ThanksPage</name>
        <message>
            <location filename="../../coprod_app/ui/voting/pages.py" line="387" />
            <source>Thank you.</source>
            <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
            <translation>Diolch.</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/pages.py" line="388" />
            <source>Your vote is saved.</source>
            <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
            <translation>Mae dy bleidlais wedi'i chadw.</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/pages.py" line="390" />
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
            <translation>Mae coprod-app wedi'i gloi</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/privacy/passphrase_lock.py" line="49" />
            <source>Passphrase</source>
            <translation>Cyfrinymadrodd</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/privacy/passphrase_lock.py" line="54" />
            <source>Open</source>
            <translation>Agor</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/privacy/passphrase_lock.py" line="54" />
            <source>Quit</source>
            <translation>Gadael</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/privacy/passphrase_lock.py" line="56" />
            <source>Type the passphrase to open the app.</source>
            <translation>Teipiwch y cyfrinymadrodd i agor yr ap.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../coprod_app/ui/privacy/passphrase_lock.py" line="77" />
            <source>That passphrase is not right. %n tries left.</source>
            <translation>
                <numerusform>Dydy'r cyfrinymadrodd yna ddim yn iawn. %n cynnig ar ôl.</numerusform>
                <numerusform>Dydy'r cyfrinymadrodd yna ddim yn iawn. %n cynnig ar ôl.</numerusform>
                <numerusform>Dydy'r cyfrinymadrodd yna ddim yn iawn. %n cynnig ar ôl.</numerusform>
                <numerusform>Dydy'r cyfrinymadrodd yna ddim yn iawn. %n cynnig ar ôl.</numerusform>
                <numerusform>Dydy'r cyfrinymadrodd yna ddim yn iawn. %n cynnig ar ôl.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ViewMenu</name>
        <message>
            <location filename="../../coprod_app/ui/menus/view.py" line="54" />
            <source>&amp;View</source>
            <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
            <translation>Gol&amp;wg</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/menus/view.py" line="63" />
            <source>&amp;Theme</source>
            <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
            <translation>&amp;Thema</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/menus/view.py" line="58" />
            <source>&amp;Default</source>
            <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
            <translation>&amp;Arferol</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/menus/view.py" line="35" />
            <source>{seconds} s</source>
            <translation>{seconds} eiliad</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/menus/view.py" line="59" />
            <source>&amp;High contrast</source>
            <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
            <translation>&amp;Cyferbyniad uchel</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/menus/view.py" line="60" />
            <source>&amp;Calm (off-white, low glare)</source>
            <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
            <translation>&amp;Tawel (lliw hufen, llai o lacharedd)</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/menus/view.py" line="69" />
            <source>Text &amp;size</source>
            <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
            <translation>&amp;Maint y testun</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/menus/view.py" line="75" />
            <source>&amp;Language</source>
            <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
            <translation>&amp;Iaith</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/menus/view.py" line="88" />
            <source>&amp;Read pages aloud</source>
            <translation>&amp;Darllen tudalennau yn uchel</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/menus/view.py" line="91" />
            <source>Hide the &amp;priority on cards</source>
            <translation>Cuddio'r &amp;flaenoriaeth ar gardiau</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/menus/view.py" line="94" />
            <source>Hide the '&amp;I' statement</source>
            <translation>Cuddio'r dat&amp;ganiad 'Fi'</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/menus/view.py" line="102" />
            <source>S&amp;witch access</source>
            <translation>Mynediad &amp;switsh</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/menus/view.py" line="106" />
            <source>&amp;Off</source>
            <translation>I &amp;ffwrdd</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/menus/view.py" line="108" />
            <source>&amp;One switch (the highlight moves by itself)</source>
            <translation>&amp;Un switsh (mae'r amlygu'n symud ar ei ben ei hun)</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/menus/view.py" line="113" />
            <source>&amp;Two switches (Space moves, Enter chooses)</source>
            <translation>&amp;Dau switsh (mae Space yn symud, mae Enter yn dewis)</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/menus/view.py" line="122" />
            <source>&amp;Scan speed (one switch)</source>
            <translation>&amp;Cyflymder sganio (un switsh)</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/menus/view.py" line="128" />
            <source>Highlight moves every {time}</source>
            <translation>Mae'r amlygu'n symud bob {time}</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/menus/view.py" line="138" />
            <source>Thank-you page &amp;time</source>
            <translation>&amp;Amser y dudalen diolch</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/menus/view.py" line="147" />
            <source>Rating &amp;rounds</source>
            <translation>&amp;Rowndiau rhoi barn</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/menus/view.py" line="150" />
            <source>&amp;One card at a time</source>
            <translation>&amp;Un cerdyn ar y tro</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/menus/view.py" line="154" />
            <source>&amp;List of cards</source>
            <translation>&amp;Rhestr o gardiau</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/menus/view.py" line="164" />
            <source>Read aloud</source>
            <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
            <translation>Darllen yn uchel</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/menus/view.py" line="195" />
            <source>Setting not saved</source>
            <translation>Gosodiad heb ei gadw</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/menus/view.py" line="229" />
            <source>Saved. The voting screen uses it the next time it opens.</source>
            <translation>Wedi cadw. Bydd y sgrin bleidleisio yn ei ddefnyddio y tro nesaf y bydd hi'n agor.</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/menus/view.py" line="235" />
            <source>Theme changed. The voting screen uses it the next time it opens.</source>
            <translation>Mae'r thema wedi newid. Bydd y sgrin bleidleisio yn ei defnyddio y tro nesaf y bydd hi'n agor.</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/menus/view.py" line="242" />
            <source>Text size {percent} %. The voting screen uses it the next time it opens.</source>
            <translation>Maint y testun {percent} %. Bydd y sgrin bleidleisio yn ei ddefnyddio y tro nesaf y bydd hi'n agor.</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/menus/view.py" line="251" />
            <source>Language changed. Screens opened from now on use it; restart the app for the menus.</source>
            <translation>Mae'r iaith wedi newid. Bydd sgriniau a agorir o hyn ymlaen yn ei defnyddio; ailgychwynnwch yr ap ar gyfer y dewislenni.</translation>
        </message>
    </context>
    <context>
        <name>ViewsTable</name>
        <message>
            <location filename="../../coprod_app/ui/capture/views_table.py" line="128" />
            <source>Views recorded in this session</source>
            <translation>Sylwadau a gofnodwyd yn y sesiwn hon</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/capture/views_table.py" line="129" />
            <source>Enter changes the chosen view; Delete deletes it; Ctrl+Z undoes.</source>
            <translation>Mae Enter yn newid y sylw a ddewiswyd; mae Delete yn ei ddileu; mae Ctrl+Z yn dadwneud.</translation>
        </message>
    </context>
    <context>
        <name>VoteResultsDialog</name>
        <message>
            <location filename="../../coprod_app/ui/voting/results_dialog.py" line="57" />
            <source>Group not recorded</source>
            <translation>Grŵp heb ei gofnodi</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/results_dialog.py" line="25" />
            <source>Results of vote round {round}</source>
            <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
            <translation>Canlyniadau rownd bleidleisio {round}</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/results_dialog.py" line="27" />
            <source>{ballots} on screen, {tallied} on paper or by show of hands.</source>
            <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
            <translation>{ballots} ar y sgrin, {tallied} ar bapur neu drwy godi dwylo.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../coprod_app/ui/voting/results_dialog.py" line="28" />
            <source>%n ballot(s)</source>
            <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
            <translation>
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
            <translation>
                <numerusform>%n pleidlais</numerusform>
                <numerusform>%n pleidlais</numerusform>
                <numerusform>%n pleidlais</numerusform>
                <numerusform>%n pleidlais</numerusform>
                <numerusform>%n pleidlais</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/results_dialog.py" line="42" />
            <source>Results chart</source>
            <translation>Siart canlyniadau</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/results_dialog.py" line="48" />
            <source>Fewer than {count} have voted: not shown on the big screen.</source>
            <translation>Mae llai na {count} wedi pleidleisio: heb ei ddangos ar y sgrin fawr.</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/results_dialog.py" line="61" />
            <source>{group}: not shown (fewer than 5 people, or a smaller group could be worked out from it).</source>
            <translation>{group}: heb ei ddangos (llai na 5 person, neu byddai modd cyfrifo grŵp llai ohono).</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/results_dialog.py" line="76" />
            <source>Results by group are not shown: the groups are so small that the results above would tell how each one voted.</source>
            <translation>Dydy'r canlyniadau fesul grŵp ddim yn cael eu dangos: mae'r grwpiau mor fach y byddai'r canlyniadau uchod yn dangos sut pleidleisiodd pob un.</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/results_dialog.py" line="80" />
            <source>No votes yet.</source>
            <translation>Dim pleidleisiau eto.</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/results_dialog.py" line="86" />
            <source>Close</source>
            <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
            <translation>Cau</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/results_dialog.py" line="93" />
            <source>By group:</source>
            <translation>Fesul grŵp:</translation>
        </message>
    </context>
    <context>
        <name>VoterFigures</name>
        <message>
            <location filename="../../coprod_app/ui/voting/results_page.py" line="55" />
            <source>{count} of {needed} votes</source>
            <translation>{count} o {needed} pleidlais</translation>
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
            <translation>Rownd bleidleisio &amp;newydd…</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/menus/voting.py" line="30" />
            <source>&amp;Start participant screen…</source>
            <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
            <translation>&amp;Dechrau sgrin y cyfranogwyr…</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/menus/voting.py" line="35" />
            <source>Enter paper &amp;tally…</source>
            <translation>Rhoi &amp;cyfrif papur i mewn…</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/menus/voting.py" line="36" />
            <source>&amp;Results…</source>
            <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
            <translation>&amp;Canlyniadau…</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/menus/voting.py" line="37" />
            <source>&amp;Close vote round…</source>
            <translation>&amp;Cau'r rownd bleidleisio…</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/menus/voting.py" line="38" />
            <source>Set facilitator &amp;PIN…</source>
            <translation>Gosod &amp;PIN yr hwylusydd…</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/menus/voting.py" line="47" />
            <source>No session open</source>
            <translation>Does dim sesiwn ar agor</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/menus/voting.py" line="48" />
            <source>Open or create a session first.</source>
            <translation>Agorwch neu crëwch sesiwn yn gyntaf.</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/menus/voting.py" line="64" />
            <source>No vote round</source>
            <translation>Dim rownd bleidleisio</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/menus/voting.py" line="65" />
            <source>Start a vote round first (Voting → New vote round).</source>
            <translation>Dechreuwch rownd bleidleisio yn gyntaf (Pleidleisio → Rownd bleidleisio newydd).</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/menus/voting.py" line="73" />
            <source>Round {round}: {method}, {cards}, {ballots} ({status})</source>
            <translation>Rownd {round}: {method}, {cards}, {ballots} ({status})</translation>
        </message>
        <message numerus="yes">
            <location filename="../../coprod_app/ui/menus/voting.py" line="76" />
            <source>%n card(s)</source>
            <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
            <translation>
                <numerusform>%n cerdyn</numerusform>
                <numerusform>%n cerdyn</numerusform>
                <numerusform>%n cerdyn</numerusform>
                <numerusform>%n cerdyn</numerusform>
                <numerusform>%n cerdyn</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../coprod_app/ui/menus/voting.py" line="77" />
            <source>%n ballot(s)</source>
            <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
            <translation>
                <numerusform>%n papur pleidleisio</numerusform>
                <numerusform>%n papur pleidleisio</numerusform>
                <numerusform>%n papur pleidleisio</numerusform>
                <numerusform>%n papur pleidleisio</numerusform>
                <numerusform>%n papur pleidleisio</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/menus/voting.py" line="108" />
            <source>Started vote round {round}.</source>
            <translation>Wedi dechrau rownd bleidleisio {round}.</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/menus/voting.py" line="237" />
            <source>Vote round {round} is closed.</source>
            <translation>Mae rownd bleidleisio {round} ar gau.</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/menus/voting.py" line="84" />
            <source>Which vote round?</source>
            <translation>Pa rownd bleidleisio?</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/menus/voting.py" line="85" />
            <source>Vote round:</source>
            <translation>Rownd bleidleisio:</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/menus/voting.py" line="134" />
            <source>Set a PIN first</source>
            <translation>Gosodwch PIN yn gyntaf</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/menus/voting.py" line="135" />
            <source>The participant screen can only be left with a PIN. Set one for this laptop now.</source>
            <translation>Dim ond gyda PIN mae modd gadael sgrin y cyfranogwyr. Gosodwch un ar gyfer y gliniadur hwn nawr.</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/menus/voting.py" line="153" />
            <source>Which screen?</source>
            <translation>Pa sgrin?</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/menus/voting.py" line="154" />
            <source>Show the voting screen on:</source>
            <translation>Dangos y sgrin bleidleisio ar:</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/menus/voting.py" line="168" />
            <location filename="../../coprod_app/ui/menus/voting.py" line="196" />
            <source>Could not start voting</source>
            <translation>Doedd dim modd dechrau pleidleisio</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/menus/voting.py" line="233" />
            <source>Could not close the round</source>
            <translation>Doedd dim modd cau'r rownd</translation>
        </message>
    </context>
    <context>
        <name>WelcomePage</name>
        <message>
            <location filename="../../coprod_app/ui/voting/pages.py" line="162" />
            <source>Look at each card. Tap Like, Not sure or Don't like.</source>
            <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
            <translation>Edrycha ar bob cerdyn. Tapia Hoffi, Ddim yn siŵr neu Ddim yn hoffi.</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/pages.py" line="164" />
            <source>Tap the cards that matter most to you. Tap the most important first.</source>
            <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
            <translation>Tapia'r cardiau sydd bwysicaf i ti. Tapia'r un pwysicaf yn gyntaf.</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/pages.py" line="166" />
            <source>Tap the cards that matter most to you. You can choose up to {most}.</source>
            <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
            <translation>Tapia'r cardiau sydd bwysicaf i ti. Gelli di ddewis hyd at {most}.</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/pages.py" line="170" />
            <source>Your turn.</source>
            <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
            <translation>Dy dro di.</translation>
        </message>
        <message>
            <location filename="../../coprod_app/ui/voting/pages.py" line="179" />
            <source>Start</source>
            <translatorcomment>Welsh: needs review by a native Welsh speaker.</translatorcomment>
            <translation>Dechrau</translation>
        </message>
    </context>
    <context>
        <name>dialog</name>
        <message>
            <location filename="../../coprod_app/ui/accessibility.py" line="25" />
            <source>Cancel</source>
            <translation>Canslo</translation>
        </message>
    </context>
</TS>
