<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK" sourcelanguage="en_GB">
<context>
    <name></name>
    <message>
        <source>today {time}</source>
        <translation>i dag {time}</translation>
    </message>
    <message>
        <source>yesterday {time}</source>
        <translation>i går {time}</translation>
    </message>
    <message>
        <source>Navigation</source>
        <extracomment>Emitted once, after the window first painted itself.</extracomment>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>Choose what to show: dashboard, events, exchanges or the directory</source>
        <translation>Vælg, hvad der skal vises: overblik, arrangementer, udvekslinger eller kartoteket</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>Åbner databasen…</translation>
    </message>
    <message>
        <source>Database: {name}</source>
        <translation>Database: {name}</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Indlæser…</translation>
    </message>
    <message>
        <source>server database</source>
        <translation>serverdatabase</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Ny…</translation>
    </message>
    <message>
        <source>Undo “{what}”: press Ctrl+Z again to undo it here.</source>
        <translation>Fortryd “{what}”: tryk Ctrl+Z igen for at fortryde det her.</translation>
    </message>
    <message>
        <source>Redo “{what}”: press Ctrl+Shift+Z again to redo it here.</source>
        <translation>Gentag “{what}”: tryk Ctrl+Shift+Z igen for at gentage det her.</translation>
    </message>
    <message>
        <source>&amp;Redo {what}</source>
        <translation>&amp;Gentag {what}</translation>
    </message>
    <message>
        <source>last backup {when}</source>
        <translation>seneste sikkerhedskopi {when}</translation>
    </message>
    <message>
        <source>Text size {percent} %</source>
        <translation>Tekststørrelse {percent} %</translation>
    </message>
    <message>
        <source>About Qt</source>
        <translation>Om Qt</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n personer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n organisation(s)</source>
        <translation>
            <numerusform>%n organisation</numerusform>
            <numerusform>%n organisationer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seminar(s)</source>
        <extracomment>Count tiles: (counts key, label, view key).</extracomment>
        <translation>
            <numerusform>%n seminar</numerusform>
            <numerusform>%n seminarer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conference(s) &amp; workshop(s)</source>
        <translation>
            <numerusform>%n konference eller workshop</numerusform>
            <numerusform>%n konferencer og workshops</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exchange(s)</source>
        <translation>
            <numerusform>%n udveksling</numerusform>
            <numerusform>%n udvekslinger</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n venue(s)</source>
        <translation>
            <numerusform>%n sted</numerusform>
            <numerusform>%n steder</numerusform>
        </translation>
    </message>
    <message>
        <source>e.g. Europe/Copenhagen</source>
        <translation>f.eks. Europe/Copenhagen</translation>
    </message>
    <message>
        <source>no logo</source>
        <translation>intet logo</translation>
    </message>
    <message>
        <source>Logo file</source>
        <translation>Logofil</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Gennemse…</translation>
    </message>
    <message>
        <source>Choose a logo file</source>
        <translation>Vælg en logofil</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Ryd</translation>
    </message>
    <message>
        <source>Logo for packets</source>
        <translation>Logo til mapper</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.svg)</source>
        <translation>Billeder (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
    <message>
        <source>Office (organiser of invites, header of packets)</source>
        <translation>Kontor (afsender af invitationer, brevhoved på mapper)</translation>
    </message>
    <message>
        <source>Office name</source>
        <translation>Kontorets navn</translation>
    </message>
    <message>
        <source>Organiser name</source>
        <translation>Arrangørens navn</translation>
    </message>
    <message>
        <source>The ORGANIZER name on invites</source>
        <translation>Navnet som ORGANIZER på invitationer</translation>
    </message>
    <message>
        <source>Organiser e-mail</source>
        <translation>Arrangørens e-mail</translation>
    </message>
    <message>
        <source>Invites ask recipients to answer to this address</source>
        <translation>Invitationer beder modtagerne svare til denne adresse</translation>
    </message>
    <message>
        <source>Contact block</source>
        <translation>Kontaktoplysninger</translation>
    </message>
    <message>
        <source>Printed on packets: address, phone, web</source>
        <translation>Trykkes på mapper: adresse, telefon, web</translation>
    </message>
    <message>
        <source>Office country</source>
        <translation>Kontorets land</translation>
    </message>
    <message>
        <source>Denmark</source>
        <translation>Danmark</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>USA</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>PNG, JPEG or SVG, printed on packet covers</source>
        <translation>PNG, JPEG eller SVG, trykkes på mappernes forside</translation>
    </message>
    <message>
        <source>Time zones and working hours</source>
        <translation>Tidszoner og arbejdstid</translation>
    </message>
    <message>
        <source>Home zone</source>
        <translation>Hjemmezone</translation>
    </message>
    <message>
        <source>Shown first beside every time</source>
        <translation>Vises først ved hvert klokkeslæt</translation>
    </message>
    <message>
        <source>Shown second beside every time</source>
        <translation>Vises som nummer to ved hvert klokkeslæt</translation>
    </message>
    <message>
        <source>Working day starts</source>
        <translation>Arbejdsdagen begynder</translation>
    </message>
    <message>
        <source>Working day ends</source>
        <translation>Arbejdsdagen slutter</translation>
    </message>
    <message>
        <source>:00</source>
        <translation>.00</translation>
    </message>
    <message>
        <source>Times outside working hours in either zone get a warning</source>
        <translation>Tidspunkter uden for arbejdstiden i en af zonerne giver en advarsel</translation>
    </message>
    <message>
        <source>Invites and packets</source>
        <translation>Invitationer og mapper</translation>
    </message>
    <message>
        <source> minutes before</source>
        <translation> minutter før</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Påmindelse</translation>
    </message>
    <message>
        <source>0: calendar files carry no reminder</source>
        <translation>0: kalenderfilerne får ingen påmindelse</translation>
    </message>
    <message>
        <source>By recipient: A4 in Europe, US Letter in the US</source>
        <translation>Efter modtager: A4 i Europa, US Letter i USA</translation>
    </message>
    <message>
        <source>Always A4</source>
        <translation>Altid A4</translation>
    </message>
    <message>
        <source>Always US Letter</source>
        <translation>Altid US Letter</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprog</translation>
    </message>
    <message>
        <source>Language of the app</source>
        <translation>Programmets sprog</translation>
    </message>
    <message>
        <source>As the system (Danish if it is Danish, else English)</source>
        <translation>Som systemet (dansk, hvis systemet er dansk, ellers engelsk)</translation>
    </message>
    <message>
        <source>Menus, dialogs and messages. Invites and packets follow each recipient&apos;s language.</source>
        <translation>Menuer, dialogbokse og meddelelser. Invitationer og pakker følger den enkelte modtagers sprog.</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Indstillinger</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Gem</translation>
    </message>
    <message>
        <source>Preferences saved: {fields}</source>
        <translation>Indstillinger gemt: {fields}</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Indstillinger…</translation>
    </message>
    <message>
        <source>Office details, time zones, working hours, reminders and paper</source>
        <translation>Kontoroplysninger, tidszoner, arbejdstid, påmindelser og papir</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Overblik</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>Seminars</source>
        <translation>Seminarer</translation>
    </message>
    <message>
        <source>Conferences &amp; workshops</source>
        <translation>Konferencer og workshops</translation>
    </message>
    <message>
        <source>Exchanges</source>
        <translation>Udvekslinger</translation>
    </message>
    <message>
        <source>Find a slot</source>
        <translation>Find et tidspunkt</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min.</translation>
    </message>
    <message>
        <source>Duration in minutes</source>
        <translation>Varighed i minutter</translation>
    </message>
    <message>
        <source>&amp;Duration</source>
        <translation>&amp;Varighed</translation>
    </message>
    <message>
        <source>Person to add</source>
        <translation>Person, der skal tilføjes</translation>
    </message>
    <message>
        <source>Type part of a name, pick the person, and press Enter to add them as required</source>
        <translation>Skriv en del af et navn, vælg personen, og tryk Enter for at tilføje vedkommende som påkrævet</translation>
    </message>
    <message>
        <source>Add &amp;required</source>
        <translation>Tilføj som &amp;nødvendig</translation>
    </message>
    <message>
        <source>Add o&amp;ptional</source>
        <translation>Tilføj som v&amp;algfri</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personer</translation>
    </message>
    <message>
        <source>People in the search</source>
        <translation>Personer i søgningen</translation>
    </message>
    <message>
        <source>(any, or online)</source>
        <translation>(hvilket som helst, eller online)</translation>
    </message>
    <message>
        <source>&amp;Venue</source>
        <translation>&amp;Sted</translation>
    </message>
    <message>
        <source>to</source>
        <translation>til</translation>
    </message>
    <message>
        <source>Between</source>
        <translation>Mellem</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Serie</translation>
    </message>
    <message>
        <source>One date</source>
        <translation>Én dato</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Gentag</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <source>Proposed slots, best first</source>
        <translation>Foreslåede tidspunkter, bedste først</translation>
    </message>
    <message>
        <source>Show in calendar</source>
        <translation>Vis i kalenderen</translation>
    </message>
    <message>
        <source>&amp;Use this slot</source>
        <translation>&amp;Brug dette tidspunkt</translation>
    </message>
    <message>
        <source>New &amp;seminar at this slot…</source>
        <translation>Nyt &amp;seminar på dette tidspunkt…</translation>
    </message>
    <message>
        <source>Open a new seminar with this slot&apos;s start and end filled in</source>
        <translation>Åbn et nyt seminar med dette tidspunkts start og slut udfyldt</translation>
    </message>
    <message>
        <source>Type a name and pick it from the list first.</source>
        <translation>Skriv et navn, og vælg det på listen først.</translation>
    </message>
    <message>
        <source>{person} (required)</source>
        <translation>{person} (nødvendig)</translation>
    </message>
    <message>
        <source>{person} (optional)</source>
        <translation>{person} (valgfri)</translation>
    </message>
    <message>
        <source>Add at least one required person first.</source>
        <translation>Tilføj først mindst én nødvendig person.</translation>
    </message>
    <message numerus="yes">
        <source>%n proposal(s), best first (at most one per day).</source>
        <translation>
            <numerusform>%n forslag, bedste først (højst ét pr. dag).</numerusform>
            <numerusform>%n forslag, bedste først (højst ét pr. dag).</numerusform>
        </translation>
    </message>
    <message>
        <source>No slot in that range: widen the dates or make someone optional.</source>
        <translation>Intet ledigt tidspunkt i perioden: udvid datoerne, eller gør nogen valgfri.</translation>
    </message>
    <message>
        <source>Find a &amp;slot…</source>
        <translation>Find et &amp;tidspunkt…</translation>
    </message>
    <message>
        <source>Scheduling assistant: a time that suits both sides, the people and the room</source>
        <translation>Planlægningsassistent: et tidspunkt, der passer begge sider, deltagerne og lokalet</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisationer</translation>
    </message>
    <message>
        <source>Venues</source>
        <translation>Steder</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapporter</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <extracomment>Menus in menu-bar order; extensions reach them with ``window.menu(name)``. What each menu is called on screen (its name above is the key extensions use).</extracomment>
        <translation>&amp;Filer</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>R&amp;ediger</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <source>E&amp;vent</source>
        <translation>&amp;Arrangement</translation>
    </message>
    <message>
        <source>E&amp;xchange</source>
        <translation>&amp;Udveksling</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjælp</translation>
    </message>
    <message>
        <source>New person…</source>
        <extracomment>What &quot;New&quot; creates in each view (the toolbar button says so).</extracomment>
        <translation>Ny person…</translation>
    </message>
    <message>
        <source>New person</source>
        <extracomment>kind -&gt; (dialog title, undo step, the field&apos;s button)</extracomment>
        <translation>Ny person</translation>
    </message>
    <message>
        <source>New person {name}</source>
        <translation>Ny person {name}</translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation>Ny organisation</translation>
    </message>
    <message>
        <source>New organisation {name}</source>
        <translation>Ny organisation {name}</translation>
    </message>
    <message>
        <source>New venue</source>
        <translation>Nyt sted</translation>
    </message>
    <message>
        <source>New venue {name}</source>
        <translation>Nyt sted {name}</translation>
    </message>
    <message>
        <source>— choose a sector —</source>
        <translation>— vælg en sektor —</translation>
    </message>
    <message>
        <source>Two-letter code such as DK or US</source>
        <translation>Landekode med to bogstaver, fx DK eller US</translation>
    </message>
    <message>
        <source>City</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Websted</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organisation</translation>
    </message>
    <message>
        <source>organisations</source>
        <translation>organisationer</translation>
    </message>
    <message>
        <source>New organisation…</source>
        <translation>Ny organisation…</translation>
    </message>
    <message>
        <source>Organisation details</source>
        <translation>Oplysninger om organisationen</translation>
    </message>
    <message>
        <source>Select an organisation to see the details here.</source>
        <translation>Vælg en organisation for at se oplysningerne her.</translation>
    </message>
    <message>
        <source>No organisations yet — add one, or load the demo programme to look around.</source>
        <translation>Ingen organisationer endnu — tilføj en, eller indlæs demoprogrammet for at se dig omkring.</translation>
    </message>
    <message>
        <source>People ({count})</source>
        <translation>Personer ({count})</translation>
    </message>
    <message>
        <source>Nobody from this organisation is in the directory yet.</source>
        <translation>Der er endnu ingen fra denne organisation i kartoteket.</translation>
    </message>
    <message numerus="yes">
        <source>%n people of {name} will have no organisation (Undo gives it back).</source>
        <translation>
            <numerusform>%n person fra {name} mister sin organisation (Fortryd giver den tilbage).</numerusform>
            <numerusform>%n personer fra {name} mister deres organisation (Fortryd giver den tilbage).</numerusform>
        </translation>
    </message>
    <message>
        <source> — error: </source>
        <translation> – fejl: </translation>
    </message>
    <message>
        <source>Type a name…</source>
        <translation>Skriv et navn…</translation>
    </message>
    <message>
        <source>Person to add to {list}</source>
        <translation>Person, der skal føjes til {list}</translation>
    </message>
    <message>
        <source>Add to {list}</source>
        <translation>Føj til {list}</translation>
    </message>
    <message>
        <source>Remove from {list}</source>
        <translation>Fjern fra {list}</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Tidszone</translation>
    </message>
    <message>
        <source>The zone events at this venue are planned in</source>
        <translation>Den tidszone, arrangementer på stedet planlægges i</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Pladser</translation>
    </message>
    <message>
        <source>Seats; leave at — when unknown</source>
        <translation>Antal pladser; lad stå på — hvis det er ukendt</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation>Tilgængelighed</translation>
    </message>
    <message>
        <source>Map link</source>
        <translation>Link til kort</translation>
    </message>
    <message>
        <source>venue</source>
        <translation>sted</translation>
    </message>
    <message>
        <source>venues</source>
        <translation>steder</translation>
    </message>
    <message>
        <source>Does not repeat</source>
        <extracomment>Repeat choices: label -&gt; (freq, interval), None for a single event. The English label is the pick list&apos;s item data; the item shows it in the app&apos;s language.</extracomment>
        <translation>Gentages ikke</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Ugentligt</translation>
    </message>
    <message>
        <source>Fortnightly</source>
        <translation>Hver 14. dag</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Månedligt</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Dagligt</translation>
    </message>
    <message>
        <source>Another rule</source>
        <extracomment>Any RFC 5545 rule (from a calendar file), shown in words, edited as a rule.</extracomment>
        <translation>Anden regel</translation>
    </message>
    <message>
        <source>New seminar</source>
        <extracomment>The title of a new or edited event of one kind (&quot;New seminar&quot;); several kinds: &quot;New event&quot;.</extracomment>
        <translation>Nyt seminar</translation>
    </message>
    <message>
        <source>Edit seminar</source>
        <translation>Rediger seminar</translation>
    </message>
    <message>
        <source>New conference</source>
        <translation>Ny konference</translation>
    </message>
    <message>
        <source>Edit conference</source>
        <translation>Rediger konference</translation>
    </message>
    <message>
        <source>New workshop</source>
        <translation>Ny workshop</translation>
    </message>
    <message>
        <source>Edit workshop</source>
        <translation>Rediger workshop</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>Nyt arrangement</translation>
    </message>
    <message>
        <source>Edit event</source>
        <translation>Rediger arrangement</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>Tids&amp;zone:</translation>
    </message>
    <message>
        <source>— none (online) —</source>
        <translation>— intet (online) —</translation>
    </message>
    <message>
        <source>New venue…</source>
        <translation>Nyt sted…</translation>
    </message>
    <message>
        <source>Add a venue to the directory and use it here</source>
        <translation>Føj et sted til kartoteket, og brug det her</translation>
    </message>
    <message>
        <source>&amp;Venue:</source>
        <translation>&amp;Sted:</translation>
    </message>
    <message>
        <source>Online &amp;link:</source>
        <translation>Online&amp;link:</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>ingen grænse</translation>
    </message>
    <message>
        <source>&amp;Capacity:</source>
        <translation>&amp;Kapacitet:</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>Stat&amp;us:</translation>
    </message>
    <message>
        <source>&amp;for</source>
        <translation>&amp;i</translation>
    </message>
    <message>
        <source>&amp;until</source>
        <translation>&amp;indtil</translation>
    </message>
    <message>
        <source>End after a number of dates</source>
        <translation>Slut efter et antal datoer</translation>
    </message>
    <message>
        <source>End on a date</source>
        <translation>Slut på en dato</translation>
    </message>
    <message>
        <source> dates</source>
        <translation> datoer</translation>
    </message>
    <message>
        <source>Number of dates</source>
        <translation>Antal datoer</translation>
    </message>
    <message>
        <source>Last date</source>
        <translation>Sidste dato</translation>
    </message>
    <message>
        <source>Series preview</source>
        <translation>Forhåndsvisning af serien</translation>
    </message>
    <message>
        <source>Rule (RFC 5545 RRULE)</source>
        <translation>Regel (RFC 5545 RRULE)</translation>
    </message>
    <message>
        <source>An RRULE such as FREQ=MONTHLY;BYDAY=2TU;COUNT=8 (the second Tuesday, 8 times)</source>
        <translation>En RRULE som FREQ=MONTHLY;BYDAY=2TU;COUNT=8 (anden tirsdag i måneden, 8 gange)</translation>
    </message>
    <message>
        <source>Unknown time zone “{zone}” (pick one such as Europe/Copenhagen)</source>
        <translation>Ukendt tidszone “{zone}” (vælg en som Europe/Copenhagen)</translation>
    </message>
    <message>
        <source>Must start with https://</source>
        <translation>Skal begynde med https://</translation>
    </message>
    <message>
        <source>One date only.</source>
        <translation>Kun én dato.</translation>
    </message>
    <message>
        <source>No dates: the last date is before the first.</source>
        <translation>Ingen datoer: den sidste dato ligger før den første.</translation>
    </message>
    <message>
        <source>The last date is before the first</source>
        <translation>Den sidste dato ligger før den første</translation>
    </message>
    <message>
        <source>no end</source>
        <translation>uden slutdato</translation>
    </message>
    <message numerus="yes">
        <source>%n date(s), the last on {last}</source>
        <translation>
            <numerusform>%n dato, {last}</numerusform>
            <numerusform>%n datoer, den sidste {last}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n date(s), {repeat}, the last on {last}.</source>
        <translation>
            <numerusform>%n dato, {repeat}, {last}.</numerusform>
            <numerusform>%n datoer, {repeat}, den sidste {last}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Venue details</source>
        <translation>Oplysninger om stedet</translation>
    </message>
    <message>
        <source>Select a venue to see the details here.</source>
        <translation>Vælg et sted for at se oplysningerne her.</translation>
    </message>
    <message>
        <source>No venues yet — add the rooms and halls where your events take place.</source>
        <translation>Ingen steder endnu — tilføj de lokaler og sale, hvor jeres arrangementer holdes.</translation>
    </message>
    <message>
        <source>Time zone: {zone}</source>
        <translation>Tidszone: {zone}</translation>
    </message>
    <message>
        <source>Capacity: {seats}</source>
        <translation>Pladser: {seats}</translation>
    </message>
    <message>
        <source>Capacity: not set</source>
        <translation>Pladser: ikke angivet</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Kort</translation>
    </message>
    <message>
        <source>Events here ({count})</source>
        <translation>Arrangementer her ({count})</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) at {name} will have no venue (Undo puts it back).</source>
        <translation>
            <numerusform>%n arrangement på {name} mister sit sted (Fortryd sætter det tilbage).</numerusform>
            <numerusform>%n arrangementer på {name} mister deres sted (Fortryd sætter det tilbage).</numerusform>
        </translation>
    </message>
    <message>
        <source>exchange</source>
        <extracomment>Events listed in an exchange&apos;s pane (a stay of months overlaps a thousand events at scale-100).</extracomment>
        <translation>udveksling</translation>
    </message>
    <message>
        <source>exchanges</source>
        <translation>udvekslinger</translation>
    </message>
    <message>
        <source>New exchange…</source>
        <translation>Ny udveksling…</translation>
    </message>
    <message>
        <source>Exchange details</source>
        <translation>Oplysninger om udvekslingen</translation>
    </message>
    <message>
        <source>Select an exchange to see the details here.</source>
        <translation>Vælg en udveksling for at se oplysningerne her.</translation>
    </message>
    <message>
        <source>No exchanges yet — New exchange, or import a CSV (File ▸ Import).</source>
        <translation>Ingen udvekslinger endnu — vælg Ny udveksling, eller importér en CSV-fil (Filer ▸ Importér).</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Faser</translation>
    </message>
    <message>
        <source>Next milestone</source>
        <translation>Næste milepæl</translation>
    </message>
    <message>
        <source>Welcome letter printed in exchange packets, in the participant&apos;s language (else the other one). Placeholders: {codes}. Leave both empty for the standard letter.</source>
        <translation>Velkomstbrev, der trykkes i udvekslingsmapper, på deltagerens sprog (ellers på det andet sprog). Pladsholdere: {codes}. Lad begge felter stå tomme for standardbrevet.</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Retning</translation>
    </message>
    <message>
        <source>Who funds it, e.g. the Danish Agency for Higher Education</source>
        <translation>Hvem finansierer, f.eks. Uddannelses- og Forskningsstyrelsen</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <source>Welcome letter in English</source>
        <translation>Velkomstbrev på engelsk</translation>
    </message>
    <message>
        <source>Welcome letter in Danish</source>
        <translation>Velkomstbrev på dansk</translation>
    </message>
    <message>
        <source>Exchange programmes</source>
        <translation>Udvekslingsprogrammer</translation>
    </message>
    <message>
        <source>programmes</source>
        <translation>programmer</translation>
    </message>
    <message>
        <source>No exchange programmes yet — add one, then create exchanges in it.</source>
        <translation>Ingen udvekslingsprogrammer endnu – tilføj et, og opret derefter udvekslinger i det.</translation>
    </message>
    <message>
        <source>&amp;New programme…</source>
        <translation>&amp;Nyt program…</translation>
    </message>
    <message>
        <source>New exchange programme</source>
        <translation>Nyt udvekslingsprogram</translation>
    </message>
    <message>
        <source>New programme {name}</source>
        <translation>Nyt program {name}</translation>
    </message>
    <message>
        <source>Edit programme {name}</source>
        <translation>Rediger program {name}</translation>
    </message>
    <message>
        <source>&amp;Programmes…</source>
        <translation>&amp;Programmer…</translation>
    </message>
    <message>
        <source>Add or edit exchange programmes and their welcome letters</source>
        <translation>Tilføj eller rediger udvekslingsprogrammer og deres velkomstbreve</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Vært</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Show exchanges at stage {stage}: {count}</source>
        <translation>Vis udvekslinger i fasen {stage}: {count}</translation>
    </message>
    <message>
        <source>Show all exchanges: {count}</source>
        <translation>Vis alle udvekslinger: {count}</translation>
    </message>
    <message>
        <source>exchange of {name}</source>
        <translation>udveksling for {name}</translation>
    </message>
    <message>
        <source>milestones</source>
        <translation>milepæle</translation>
    </message>
    <message>
        <source>No milestones.</source>
        <translation>Ingen milepæle.</translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation>Markér som &amp;færdig</translation>
    </message>
    <message>
        <source>&amp;Add milestone…</source>
        <translation>&amp;Tilføj milepæl…</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Milepæle</translation>
    </message>
    <message>
        <source>Host contact:</source>
        <translation>Værtskontakt:</translation>
    </message>
    <message>
        <source>Visa: {status}</source>
        <translation>Visum: {status}</translation>
    </message>
    <message>
        <source>Insurance: {status}</source>
        <translation>Forsikring: {status}</translation>
    </message>
    <message>
        <source>Housing: {text}</source>
        <translation>Bolig: {text}</translation>
    </message>
    <message>
        <source>Funding: {text}</source>
        <translation>Finansiering: {text}</translation>
    </message>
    <message>
        <source>Events during the stay ({count})</source>
        <translation>Arrangementer under opholdet ({count})</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more: the Calendar shows them all.</source>
        <translation>
            <numerusform>… og %n mere: Kalenderen viser dem alle.</numerusform>
            <numerusform>… og %n mere: Kalenderen viser dem alle.</numerusform>
        </translation>
    </message>
    <message>
        <source>No events in the programme while they are there.</source>
        <translation>Ingen arrangementer i programmet, mens de er der.</translation>
    </message>
    <message numerus="yes">
        <source>Its %n milestone(s) are deleted with it (Undo restores them).</source>
        <translation>
            <numerusform>Dens %n milepæl slettes med den (Fortryd genskaber den).</numerusform>
            <numerusform>Dens %n milepæle slettes med den (Fortryd genskaber dem).</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark not &amp;done</source>
        <translation>Markér som ikke &amp;færdig</translation>
    </message>
    <message numerus="yes">
        <source>%n milestone(s)</source>
        <translation>
            <numerusform>%n milepæl</numerusform>
            <numerusform>%n milepæle</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark {names} done</source>
        <translation>Markér {names} som færdig</translation>
    </message>
    <message>
        <source>Mark {names} not done</source>
        <translation>Markér {names} som ikke færdig</translation>
    </message>
    <message>
        <source>Add milestone</source>
        <translation>Tilføj milepæl</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Tilføj</translation>
    </message>
    <message>
        <source>Add milestone {title}</source>
        <translation>Tilføj milepælen {title}</translation>
    </message>
    <message>
        <source>Edit milestone {title}</source>
        <translation>Rediger milepælen {title}</translation>
    </message>
    <message>
        <source>Remove milestone {names}</source>
        <translation>Fjern milepælen {names}</translation>
    </message>
    <message>
        <source>New seminar…</source>
        <translation>Nyt seminar…</translation>
    </message>
    <message>
        <source>New conference…</source>
        <translation>Ny konference…</translation>
    </message>
    <message>
        <source>Create a record of the kind shown</source>
        <translation>Opret en ny post af den viste slags</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afslut</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Fortryd</translation>
    </message>
    <message>
        <source>&amp;Undo {what}</source>
        <translation>&amp;Fortryd {what}</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gentag</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Fortryd</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Gentag</translation>
    </message>
    <message>
        <source>&amp;Open	Enter</source>
        <translation>Å&amp;bn	Enter</translation>
    </message>
    <message>
        <source>Open the selected record (Enter or double-click)</source>
        <translation>Åbn den valgte post (Enter eller dobbeltklik)</translation>
    </message>
    <message>
        <source>Title: {title}</source>
        <translation>Titel: {title}</translation>
    </message>
    <message>
        <source>Venue: {name}</source>
        <translation>Sted: {name}</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>No venue yet</source>
        <translation>Intet sted endnu</translation>
    </message>
    <message>
        <source>capacity {seats}</source>
        <translation>{seats} pladser</translation>
    </message>
    <message>
        <source>Delete events</source>
        <translation>Slet arrangementer</translation>
    </message>
    <message>
        <source>its details</source>
        <translation>dets oplysninger</translation>
    </message>
    <message>
        <source>their details</source>
        <translation>deres oplysninger</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <extracomment>Columns that step aside when the list is narrow (key: priority, higher goes first).</extracomment>
        <translation>&amp;Rediger…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Slet…</translation>
    </message>
    <message>
        <source>New {kind}…</source>
        <translation>Nyt {kind}…</translation>
    </message>
    <message>
        <source>No changes</source>
        <translation>Ingen ændringer</translation>
    </message>
    <message>
        <source>Create “{title}”</source>
        <translation>Opret “{title}”</translation>
    </message>
    <message>
        <source>Edit “{title}” with its sessions</source>
        <translation>Rediger “{title}” med sessionerne</translation>
    </message>
    <message>
        <source>Edit “{title}”</source>
        <translation>Rediger “{title}”</translation>
    </message>
    <message>
        <source>Delete {names} with {lost}? You can undo this with Ctrl+Z.</source>
        <translation>Slet {names} med {lost}? Du kan fortryde med Ctrl+Z.</translation>
    </message>
    <message>
        <source>Delete “{title}”</source>
        <translation>Slet “{title}”</translation>
    </message>
    <message>
        <source>Delete the selected records (asks first, can be undone)</source>
        <translation>Slet de valgte poster (spørger først og kan fortrydes)</translation>
    </message>
    <message>
        <source>&amp;Filter…</source>
        <translation>Fi&amp;ltrér…</translation>
    </message>
    <message>
        <source>Filter the list as you type</source>
        <translation>Filtrér listen, mens du skriver</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Opdater</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>&amp;Høj kontrast</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>S&amp;tørre tekst</translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation>&amp;Mindre tekst</translation>
    </message>
    <message>
        <source>&amp;Normal text size</source>
        <translation>&amp;Normal tekststørrelse</translation>
    </message>
    <message>
        <source>New &amp;seminar…</source>
        <translation>Nyt &amp;seminar…</translation>
    </message>
    <message>
        <source>New &amp;conference or workshop…</source>
        <translation>Ny &amp;konference eller workshop…</translation>
    </message>
    <message>
        <source>New &amp;exchange…</source>
        <translation>Ny &amp;udveksling…</translation>
    </message>
    <message>
        <source>Exchange &amp;pipeline</source>
        <translation>&amp;Udvekslingsforløb</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastaturgenveje</translation>
    </message>
    <message>
        <source>&amp;About qistdesk</source>
        <translation>&amp;Om qistdesk</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Om &amp;Qt</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hovedværktøjslinje</translation>
    </message>
    <message>
        <source>Organisation (name)</source>
        <translation>Organisation (navn)</translation>
    </message>
    <message>
        <source>Sector of a new organisation</source>
        <translation>Sektor for en ny organisation</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Stilling</translation>
    </message>
    <message>
        <source>Consent to be listed</source>
        <translation>Samtykke til at stå på lister</translation>
    </message>
    <message>
        <source>Consent to photos</source>
        <translation>Samtykke til fotos</translation>
    </message>
    <message>
        <source>Keep data until</source>
        <translation>Gem oplysninger indtil</translation>
    </message>
    <message>
        <source>Dietary needs (sensitive)</source>
        <translation>Kosthensyn (følsomt)</translation>
    </message>
    <message>
        <source>Accessibility needs (sensitive)</source>
        <translation>Behov for tilgængelighed (følsomt)</translation>
    </message>
    <message>
        <source>Passport number (sensitive)</source>
        <translation>Pasnummer (følsomt)</translation>
    </message>
    <message>
        <source>Date of birth (sensitive)</source>
        <translation>Fødselsdato (følsomt)</translation>
    </message>
    <message>
        <source>Role at the event</source>
        <translation>Rolle ved arrangementet</translation>
    </message>
    <message>
        <source>Invitation status</source>
        <translation>Invitationsstatus</translation>
    </message>
    <message>
        <source>new</source>
        <extracomment>What the preview says a row will do.</extracomment>
        <translation>ny</translation>
    </message>
    <message>
        <source>update</source>
        <translation>opdateres</translation>
    </message>
    <message>
        <source>existing</source>
        <translation>findes</translation>
    </message>
    <message>
        <source>merged</source>
        <translation>flettet</translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation>kommasepareret</translation>
    </message>
    <message>
        <source>semicolon-separated</source>
        <translation>semikolonsepareret</translation>
    </message>
    <message>
        <source>tab-separated</source>
        <translation>tabulatorsepareret</translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n ny</numerusform>
            <numerusform>%n nye</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n opdateret</numerusform>
            <numerusform>%n opdateret</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the directory</source>
        <translation>
            <numerusform>%n findes allerede i kartoteket</numerusform>
            <numerusform>%n findes allerede i kartoteket</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate row(s) merged</source>
        <translation>
            <numerusform>%n dobbeltrække flettet</numerusform>
            <numerusform>%n dobbeltrækker flettet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new organisation(s)</source>
        <translation>
            <numerusform>%n ny organisation</numerusform>
            <numerusform>%n nye organisationer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n with sector “to review”: {names})</source>
        <translation>
            <numerusform>(%n med sektoren “skal gennemgås”: {names})</numerusform>
            <numerusform>(%n med sektoren “skal gennemgås”: {names})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n added to “{event}”</source>
        <translation>
            <numerusform>%n føjet til “{event}”</numerusform>
            <numerusform>%n føjet til “{event}”</numerusform>
        </translation>
    </message>
    <message>
        <source>Import people from CSV onto the event</source>
        <translation>Importér personer fra CSV til arrangementet</translation>
    </message>
    <message>
        <source>Import people from CSV</source>
        <translation>Importér personer fra CSV</translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation>CSV-fil</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Gennemse…</translation>
    </message>
    <message>
        <source>Choose a CSV file (UTF-8 or Windows-1252, comma or semicolon).</source>
        <translation>Vælg en CSV-fil (UTF-8 eller Windows-1252, komma eller semikolon).</translation>
    </message>
    <message>
        <source>fill their empty fields</source>
        <translation>udfyld de tomme felter</translation>
    </message>
    <message>
        <source>leave them unchanged</source>
        <translation>lad personen være uændret</translation>
    </message>
    <message>
        <source>Someone with the same e-mail exists:</source>
        <translation>Der findes allerede en med samme e-mail:</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Kolonne i filen</translation>
    </message>
    <message>
        <source>Fills the field</source>
        <translation>Udfylder feltet</translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation>Kolonnetilknytning</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Linje</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Handling</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Forhåndsvisning</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemer</translation>
    </message>
    <message>
        <source>&lt;b&gt;Problems&lt;/b&gt; — nothing is imported until every one is fixed (in the file, or by choosing other fields above)</source>
        <translation>&lt;b&gt;Problemer&lt;/b&gt; – intet importeres, før de alle er rettet (i filen eller ved at vælge andre felter ovenfor)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importér</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-filer (*.csv *.txt);;Alle filer (*)</translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation>Filen kunne ikke læses.</translation>
    </message>
    <message>
        <source>UTF-8 (with BOM)</source>
        <translation>UTF-8 (med BOM)</translation>
    </message>
    <message>
        <source>Warning: {problem}</source>
        <translation>Advarsel: {problem}</translation>
    </message>
    <message>
        <source>(line {line})</source>
        <translation>(linje {line})</translation>
    </message>
    <message>
        <source>Imported: {what}</source>
        <translation>Importeret: {what}</translation>
    </message>
    <message>
        <source>Import 1 participant from {file}</source>
        <translation>Importér 1 deltager fra {file}</translation>
    </message>
    <message>
        <source>Import {n} participants from {file}</source>
        <translation>Importér {n} deltagere fra {file}</translation>
    </message>
    <message>
        <source>Import 1 person from {file}</source>
        <translation>Importér 1 person fra {file}</translation>
    </message>
    <message>
        <source>Import {n} people from {file}</source>
        <translation>Importér {n} personer fra {file}</translation>
    </message>
    <message>
        <source>Import JSON document</source>
        <translation>Importér JSON-dokument</translation>
    </message>
    <message>
        <source>qistdesk documents (*.json);;All files (*)</source>
        <translation>qistdesk-dokumenter (*.json);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Import {file}? Records it shares with this database (same id) are updated, new ones added; nothing is deleted, and Undo takes the whole import back.</source>
        <translation>Importér {file}? Poster, som filen har til fælles med denne database (samme id), opdateres, og nye tilføjes; intet slettes, og Fortryd tager hele importen tilbage.</translation>
    </message>
    <message>
        <source>Nothing imported</source>
        <translation>Intet blev importeret</translation>
    </message>
    <message>
        <source>{file}: {reason}</source>
        <translation>{file}: {reason}</translation>
    </message>
    <message>
        <source>Import 1 record from {file}</source>
        <translation>Importér 1 post fra {file}</translation>
    </message>
    <message>
        <source>Import {n} records from {file}</source>
        <translation>Importér {n} poster fra {file}</translation>
    </message>
    <message>
        <source>Imported {file}: {what}</source>
        <translation>{file} er importeret: {what}</translation>
    </message>
    <message>
        <source>Export JSON document</source>
        <translation>Eksportér JSON-dokument</translation>
    </message>
    <message>
        <source>qistdesk documents (*.json)</source>
        <translation>qistdesk-dokumenter (*.json)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Eksporten mislykkedes</translation>
    </message>
    <message>
        <source>Wrote {file}: {n} records (sensitive fields left out)</source>
        <translation>{file} er skrevet: {n} poster (følsomme felter er udeladt)</translation>
    </message>
    <message>
        <source>Import JSON document…</source>
        <translation>Importér JSON-dokument…</translation>
    </message>
    <message>
        <source>Export JSON document…</source>
        <translation>Eksportér JSON-dokument…</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Ny</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Opdatering</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Uændret</translation>
    </message>
    <message>
        <source>Cancellation</source>
        <translation>Aflysning</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Sprunget over</translation>
    </message>
    <message>
        <source>Older (not taken)</source>
        <translation>Ældre (ikke taget med)</translation>
    </message>
    <message>
        <source>{date} (all day)</source>
        <translation>{date} (hele dagen)</translation>
    </message>
    <message numerus="yes">
        <source>%n extra date(s)</source>
        <translation>
            <numerusform>%n ekstra dato</numerusform>
            <numerusform>%n ekstra datoer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left out</source>
        <translation>
            <numerusform>%n udeladt</numerusform>
            <numerusform>%n udeladt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n ændret</numerusform>
            <numerusform>%n ændret</numerusform>
        </translation>
    </message>
    <message>
        <source>Import calendar – {file}</source>
        <translation>Importér kalender – {file}</translation>
    </message>
    <message>
        <source>Starts (local time)</source>
        <translation>Begynder (lokal tid)</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Advarsler</translation>
    </message>
    <message>
        <source>This file cannot be imported: {reason}. Nothing was saved.</source>
        <translation>Filen kan ikke importeres: {reason}. Intet blev gemt.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ingen</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Importen mislykkedes</translation>
    </message>
    <message>
        <source>Nothing was saved: {reason}</source>
        <translation>Intet blev gemt: {reason}</translation>
    </message>
    <message>
        <source>Invites</source>
        <translation>Invitationer</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Vælg…</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Filmappe</translation>
    </message>
    <message>
        <source>Ready-to-send e-mail drafts (.eml) instead of .ics files</source>
        <translation>E-mailkladder klar til afsendelse (.eml) i stedet for .ics-filer</translation>
    </message>
    <message>
        <source>Attendees optional (speakers and chairs stay required)</source>
        <translation>Deltagelse valgfri (oplægsholdere og ordstyrere er fortsat nødvendige)</translation>
    </message>
    <message>
        <source>Attach each participant&apos;s packet (PDF, up to 10 MB; an index.csv lists the batch)</source>
        <translation>Vedhæft hver deltagers mappe (PDF, op til 10 MB; en index.csv oplister bunken)</translation>
    </message>
    <message>
        <source>What Write invites will write</source>
        <translation>Hvad Skriv invitationer vil skrive</translation>
    </message>
    <message>
        <source>Write invites</source>
        <translation>Skriv invitationer</translation>
    </message>
    <message>
        <source>Written (UTC)</source>
        <translation>Skrevet (UTC)</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Metode</translation>
    </message>
    <message>
        <source>Seq</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation>Logbog</translation>
    </message>
    <message>
        <source>Folder for invites</source>
        <translation>Filmappe til invitationer</translation>
    </message>
    <message>
        <source>&lt;b&gt;Next:&lt;/b&gt; </source>
        <translation>&lt;b&gt;Næste:&lt;/b&gt; </translation>
    </message>
    <message>
        <source>No invites written: {reason}</source>
        <translation>Ingen invitationer skrevet: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n {method} file(s), SEQUENCE {sequence}.</source>
        <translation>
            <numerusform>Skrev %n {method}-fil, SEQUENCE {sequence}.</numerusform>
            <numerusform>Skrev %n {method}-filer, SEQUENCE {sequence}.</numerusform>
        </translation>
    </message>
    <message>
        <source>No e-mail address: {names}.</source>
        <translation>Ingen e-mailadresse: {names}.</translation>
    </message>
    <message>
        <source>Import calendar</source>
        <translation>Importér kalender</translation>
    </message>
    <message>
        <source>Calendar files (*.ics *.ical);;All (*)</source>
        <translation>Kalenderfiler (*.ics *.ical);;Alle (*)</translation>
    </message>
    <message>
        <source>Import 1 event from {file}</source>
        <translation>Importér 1 arrangement fra {file}</translation>
    </message>
    <message>
        <source>Import {n} events from {file}</source>
        <translation>Importér {n} arrangementer fra {file}</translation>
    </message>
    <message>
        <source>Imported {file}: {new} new, {updated} updated, {cancelled} cancelled</source>
        <translation>Importerede {file}: {new} nye, {updated} opdateret, {cancelled} aflyst</translation>
    </message>
    <message>
        <source>{title} timetable</source>
        <translation>{title} program</translation>
    </message>
    <message>
        <source>Export calendar</source>
        <translation>Eksportér kalender</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Kalenderfiler (*.ics)</translation>
    </message>
    <message>
        <source>Calendar written to {path}</source>
        <translation>Kalenderen er skrevet til {path}</translation>
    </message>
    <message>
        <source>{name} exchange dates</source>
        <translation>{name} udvekslingsdatoer</translation>
    </message>
    <message>
        <source>Export exchange dates</source>
        <translation>Eksportér udvekslingsdatoer</translation>
    </message>
    <message numerus="yes">
        <source>%n all-day item(s) written to {path}</source>
        <translation>
            <numerusform>%n heldagspunkt skrevet til {path}</numerusform>
            <numerusform>%n heldagspunkter skrevet til {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>There are no exchange programmes yet.</source>
        <translation>Der er ingen udvekslingsprogrammer endnu.</translation>
    </message>
    <message>
        <source>Every exchange of the programme:</source>
        <translation>Alle udvekslinger i programmet:</translation>
    </message>
    <message>
        <source>Import calendar file (.ics)…</source>
        <translation>Importér kalenderfil (.ics)…</translation>
    </message>
    <message>
        <source>Export all events as calendar (.ics)…</source>
        <translation>Eksportér alle arrangementer som kalender (.ics)…</translation>
    </message>
    <message>
        <source>Export event as calendar (.ics)…</source>
        <translation>Eksportér arrangement som kalender (.ics)…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Eksport</translation>
    </message>
    <message>
        <source>Invites and ledger…</source>
        <translation>Invitationer og logbog…</translation>
    </message>
    <message>
        <source>Export as calendar (.ics)…</source>
        <translation>Eksportér som kalender (.ics)…</translation>
    </message>
    <message>
        <source>Export timetable, one item per session (.ics)…</source>
        <translation>Eksportér program, ét punkt pr. session (.ics)…</translation>
    </message>
    <message>
        <source>Invites for this event…</source>
        <translation>Invitationer til dette arrangement…</translation>
    </message>
    <message>
        <source>Dates as calendar (.ics)…</source>
        <translation>Datoer som kalender (.ics)…</translation>
    </message>
    <message>
        <source>Export exchange dates as calendar (.ics)…</source>
        <translation>Eksportér udvekslingsdatoer som kalender (.ics)…</translation>
    </message>
    <message>
        <source>Export a programme&apos;s exchange dates (.ics)…</source>
        <translation>Eksportér et programs udvekslingsdatoer (.ics)…</translation>
    </message>
    <message>
        <source>When ({zone})</source>
        <translation>Hvornår ({zone})</translation>
    </message>
    <message>
        <source>Scheduling warnings</source>
        <translation>Planlægningsadvarsler</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <extracomment>Lines shown; a long series (hundreds of dates) would otherwise push the buttons off the window.</extracomment>
        <translation>
            <numerusform>… og %n mere</numerusform>
            <numerusform>… og %n mere</numerusform>
        </translation>
    </message>
    <message>
        <source>holiday</source>
        <extracomment>Short words for warning kinds, for narrow list cells.</extracomment>
        <translation>helligdag</translation>
    </message>
    <message>
        <source>after hours</source>
        <translation>uden for arbejdstid</translation>
    </message>
    <message>
        <source>clock-change week</source>
        <translation>uge med tidsskift</translation>
    </message>
    <message>
        <source>double-booked</source>
        <translation>dobbeltbooket</translation>
    </message>
    <message>
        <source>venue taken</source>
        <translation>stedet er optaget</translation>
    </message>
    <message>
        <source>Changed elsewhere</source>
        <translation>Ændret andetsteds</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Genindlæs</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>Kunne ikke gemme</translation>
    </message>
    <message>
        <source>event</source>
        <extracomment>The selected event&apos;s checks start this long after the click (after its pane is painted).</extracomment>
        <translation>arrangement</translation>
    </message>
    <message>
        <source>conferences and workshops</source>
        <translation>konferencer og workshops</translation>
    </message>
    <message>
        <source>No conferences or workshops yet — create one, then add its sessions and participants.</source>
        <translation>Ingen konferencer eller workshops endnu — opret en, og tilføj derefter sessioner og deltagere.</translation>
    </message>
    <message>
        <source>Pick a conference or workshop on the left to see its timetable and participants.</source>
        <translation>Vælg en konference eller workshop til venstre for at se program og deltagere.</translation>
    </message>
    <message>
        <source>its sessions and participant list</source>
        <translation>dens sessioner og deltagerliste</translation>
    </message>
    <message>
        <source>their sessions and participant lists</source>
        <translation>deres sessioner og deltagerlister</translation>
    </message>
    <message>
        <source>Delete conferences and workshops</source>
        <translation>Slet konferencer og workshops</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dag</numerusform>
            <numerusform>%n dage</numerusform>
        </translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Starts ({zone})</source>
        <translation>Starter ({zone})</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Varighed</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Kontrol</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Sted</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deltagere</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Timetable and participants</source>
        <translation>Program og deltagere</translation>
    </message>
    <message>
        <source>&amp;Timetable</source>
        <translation>&amp;Program</translation>
    </message>
    <message>
        <source>&amp;Participants</source>
        <translation>&amp;Deltagere</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tidspunkt</translation>
    </message>
    <message>
        <source>Other zone</source>
        <translation>Anden tidszone</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Lokale</translation>
    </message>
    <message>
        <source>any room (e.g. Room B)</source>
        <translation>alle lokaler (fx Lokale B)</translation>
    </message>
    <message>
        <source>Only this room of the venue must be free, as the timetables name it: a conference takes a room only in its sessions there</source>
        <translation>Kun dette lokale på stedet skal være ledigt, som programmerne kalder det: en konference optager kun et lokale under sine sessioner der</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Oplægsholdere</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Ordstyrer</translation>
    </message>
    <message>
        <source>sessions</source>
        <translation>sessioner</translation>
    </message>
    <message>
        <source>No sessions yet — add the first slot of the timetable.</source>
        <translation>Ingen sessioner endnu — tilføj programmets første punkt.</translation>
    </message>
    <message>
        <source>Add session…</source>
        <translation>Tilføj session…</translation>
    </message>
    <message>
        <source>&amp;Add session…</source>
        <translation>&amp;Tilføj session…</translation>
    </message>
    <message>
        <source>Ed&amp;it session…</source>
        <translation>Re&amp;diger session…</translation>
    </message>
    <message>
        <source>Remo&amp;ve session</source>
        <translation>&amp;Fjern session</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Pladser</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Edit session</source>
        <translation>Rediger session</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>Ny session</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Starts:</source>
        <translation>&amp;Begynder:</translation>
    </message>
    <message>
        <source>&amp;Ends:</source>
        <translation>&amp;Slutter:</translation>
    </message>
    <message>
        <source>e.g. Auditorium A</source>
        <translation>f.eks. Auditorium A</translation>
    </message>
    <message>
        <source>&amp;Room:</source>
        <translation>&amp;Lokale:</translation>
    </message>
    <message>
        <source>the venue&apos;s capacity</source>
        <translation>stedets kapacitet</translation>
    </message>
    <message>
        <source>Seats in the room</source>
        <translation>Pladser i lokalet</translation>
    </message>
    <message>
        <source>S&amp;eats:</source>
        <translation>&amp;Pladser:</translation>
    </message>
    <message>
        <source>Same as the event</source>
        <translation>Som arrangementet</translation>
    </message>
    <message>
        <source>QIST &amp;area:</source>
        <translation>QIST-&amp;område:</translation>
    </message>
    <message>
        <source>speakers</source>
        <translation>oplægsholdere</translation>
    </message>
    <message>
        <source>S&amp;peakers:</source>
        <translation>&amp;Oplægsholdere:</translation>
    </message>
    <message>
        <source>Nobody — type a name…</source>
        <translation>Ingen – skriv et navn…</translation>
    </message>
    <message>
        <source>C&amp;hair:</source>
        <translation>&amp;Ordstyrer:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beskrivelse:</translation>
    </message>
    <message>
        <source>Times are in {place}, the conference&apos;s zone.</source>
        <translation>Tidspunkterne er i {place}, konferencens tidszone.</translation>
    </message>
    <message>
        <source>A title is required</source>
        <translation>Der skal være en titel</translation>
    </message>
    <message>
        <source>Must be after the start</source>
        <translation>Skal ligge efter starten</translation>
    </message>
    <message>
        <source>Must lie within the conference: {first} – {last}</source>
        <translation>Skal ligge inden for konferencen: {first} – {last}</translation>
    </message>
    <message>
        <source>Add participants</source>
        <translation>Tilføj deltagere</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sektor</translation>
    </message>
    <message>
        <source>people in the directory</source>
        <translation>personer i kartoteket</translation>
    </message>
    <message>
        <source>Everyone in the directory is on the list already, or the directory is empty: add people in the People view first.</source>
        <translation>Alle i kartoteket er allerede på listen, eller kartoteket er tomt: tilføj først personer under Personer.</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>&amp;Invitation:</source>
        <translation>&amp;Invitation:</translation>
    </message>
    <message>
        <source>Select people (Ctrl+click or Shift+click for several).</source>
        <translation>Vælg personer (Ctrl+klik eller Skift+klik for flere).</translation>
    </message>
    <message numerus="yes">
        <source>Only %n place(s) left of {capacity}: {waiting} will join the waiting list.</source>
        <translation>
            <numerusform>Kun %n plads tilbage af {capacity}: {waiting} kommer på ventelisten.</numerusform>
            <numerusform>Kun %n pladser tilbage af {capacity}: {waiting} kommer på ventelisten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody selected</source>
        <translation>Ingen valgt</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Publikum</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Svar</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Invitation</source>
        <translation>Invitation</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Svaret</translation>
    </message>
    <message>
        <source>audience</source>
        <translation>publikum</translation>
    </message>
    <message>
        <source>Nobody on the list yet: add people from the directory, or the dates&apos; speakers.</source>
        <translation>Ingen på listen endnu: tilføj personer fra kartoteket eller datoernes oplægsholdere.</translation>
    </message>
    <message>
        <source>Add from &amp;directory…</source>
        <translation>Tilføj fra &amp;kartoteket…</translation>
    </message>
    <message>
        <source>Add the dates&apos; &amp;speakers</source>
        <translation>Tilføj datoernes &amp;oplægsholdere</translation>
    </message>
    <message>
        <source>Record an &amp;answer…</source>
        <translation>Registrer et &amp;svar…</translation>
    </message>
    <message>
        <source>&amp;Invites…</source>
        <translation>&amp;Invitationer…</translation>
    </message>
    <message>
        <source>Audience – {title}</source>
        <translation>Publikum – {title}</translation>
    </message>
    <message>
        <source>Everyone on this list is sent the invitation for every date of the series, and its updates and cancellations: the standing list.</source>
        <translation>Alle på listen får invitationen til hver dato i serien samt opdateringer og aflysninger: den faste liste.</translation>
    </message>
    <message>
        <source>Everyone on this list is sent the invitation for the seminar, and its updates and cancellations: the standing list.</source>
        <translation>Alle på listen får invitationen til seminaret samt opdateringer og aflysninger: den faste liste.</translation>
    </message>
    <message>
        <source>{accepted} accepted · {declined} declined · {tentative} tentative · {invited} not yet replied</source>
        <translation>{accepted} accepteret · {declined} afslået · {tentative} foreløbig · {invited} har ikke svaret endnu</translation>
    </message>
    <message numerus="yes">
        <source>Add %n to the audience of {title}</source>
        <translation>
            <numerusform>Føj %n til publikum for {title}</numerusform>
            <numerusform>Føj %n til publikum for {title}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n from the audience</source>
        <translation>
            <numerusform>Fjern %n fra publikum</numerusform>
            <numerusform>Fjern %n fra publikum</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting #</source>
        <translation>Venteliste nr.</translation>
    </message>
    <message>
        <source>participants</source>
        <translation>deltagere</translation>
    </message>
    <message>
        <source>Nobody invited yet — add people from the directory.</source>
        <translation>Ingen inviteret endnu — tilføj personer fra kartoteket.</translation>
    </message>
    <message>
        <source>Add &amp;from directory…</source>
        <translation>Tilføj &amp;fra kartoteket…</translation>
    </message>
    <message>
        <source>Set &amp;role</source>
        <translation>Sæt &amp;rolle</translation>
    </message>
    <message>
        <source>Set &amp;invitation</source>
        <translation>Sæt &amp;invitation</translation>
    </message>
    <message>
        <source>Offer a &amp;place</source>
        <translation>Tilbyd en &amp;plads</translation>
    </message>
    <message>
        <source>Move the selected people from the waiting list to invited</source>
        <translation>Flyt de valgte personer fra ventelisten til inviteret</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>&amp;Fjern</translation>
    </message>
    <message>
        <source>Add from directory…</source>
        <translation>Tilføj fra kartoteket…</translation>
    </message>
    <message>
        <source>{action} of selected participants</source>
        <translation>{action} for valgte deltagere</translation>
    </message>
    <message>
        <source>Timetable — {title}</source>
        <translation>Program — {title}</translation>
    </message>
    <message>
        <source>Participants — {title}</source>
        <translation>Deltagere — {title}</translation>
    </message>
    <message>
        <source>{seated} of {capacity} places taken</source>
        <translation>{seated} af {capacity} pladser optaget</translation>
    </message>
    <message>
        <source>{seated} taking part (no limit)</source>
        <translation>{seated} deltager (ingen grænse)</translation>
    </message>
    <message>
        <source>{n} accepted</source>
        <translation>{n} har takket ja</translation>
    </message>
    <message>
        <source>{n} tentative</source>
        <translation>{n} foreløbigt</translation>
    </message>
    <message>
        <source>{n} delegated</source>
        <translation>{n} delegeret</translation>
    </message>
    <message>
        <source>{n} invited, no answer yet</source>
        <translation>{n} inviteret, intet svar endnu</translation>
    </message>
    <message>
        <source>{n} declined</source>
        <translation>{n} har takket nej</translation>
    </message>
    <message>
        <source>{n} on the waiting list</source>
        <translation>{n} på ventelisten</translation>
    </message>
    <message>
        <source>New conference or workshop…</source>
        <translation>Ny konference eller workshop…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Rediger…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Slet…</translation>
    </message>
    <message>
        <source>Add session “{title}”</source>
        <translation>Tilføj sessionen “{title}”</translation>
    </message>
    <message>
        <source>Edit session “{title}”</source>
        <translation>Rediger sessionen “{title}”</translation>
    </message>
    <message>
        <source>Remove sessions</source>
        <translation>Fjern sessioner</translation>
    </message>
    <message>
        <source>Remove {sessions} from the timetable, with speakers and chair? You can undo this with Ctrl+Z.</source>
        <translation>Fjern {sessions} fra programmet med oplægsholdere og ordstyrer? Du kan fortryde med Ctrl+Z.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n session(s)</source>
        <translation>
            <numerusform>Fjern %n session</numerusform>
            <numerusform>Fjern %n sessioner</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n participant(s)</source>
        <translation>
            <numerusform>Tilføj %n deltager</numerusform>
            <numerusform>Tilføj %n deltagere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set the role of %n participant(s) to {value}</source>
        <translation>
            <numerusform>Sæt rollen for %n deltager til {value}</numerusform>
            <numerusform>Sæt rollen for %n deltagere til {value}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set the invitation of %n participant(s) to {value}</source>
        <translation>
            <numerusform>Sæt invitationen for %n deltager til {value}</numerusform>
            <numerusform>Sæt invitationen for %n deltagere til {value}</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove participants</source>
        <translation>Fjern deltagere</translation>
    </message>
    <message>
        <source>Remove {names} from “{title}” (with role and answer)? You can undo this with Ctrl+Z.</source>
        <translation>Fjern {names} fra “{title}” (med rolle og svar)? Du kan fortryde med Ctrl+Z.</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n participant(s)</source>
        <translation>
            <numerusform>Fjern %n deltager</numerusform>
            <numerusform>Fjern %n deltagere</numerusform>
        </translation>
    </message>
    <message>
        <source>seminar</source>
        <translation>seminar</translation>
    </message>
    <message>
        <source>seminars</source>
        <translation>seminarer</translation>
    </message>
    <message>
        <source>No seminars yet — create a seminar or a series of talks.</source>
        <translation>Ingen seminarer endnu — opret et seminar eller en række oplæg.</translation>
    </message>
    <message>
        <source>Pick a seminar on the left to see its dates, speakers and topics.</source>
        <translation>Vælg et seminar til venstre for at se datoer, oplægsholdere og emner.</translation>
    </message>
    <message>
        <source>its dates, speakers, topics and invitee list</source>
        <translation>dets datoer, oplægsholdere, emner og liste over inviterede</translation>
    </message>
    <message>
        <source>their dates and invitee lists</source>
        <translation>deres datoer og lister over inviterede</translation>
    </message>
    <message>
        <source>Delete seminars</source>
        <translation>Slet seminarer</translation>
    </message>
    <message>
        <source>A&amp;udience…</source>
        <translation>&amp;Publikum…</translation>
    </message>
    <message>
        <source>Who is invited to every date: add, answers, invites</source>
        <translation>Hvem er inviteret til alle datoer: tilføj, svar, invitationer</translation>
    </message>
    <message>
        <source>dates of the series</source>
        <translation>seriens datoer</translation>
    </message>
    <message>
        <source>A single seminar: it has no series dates.</source>
        <translation>Et enkelt seminar: det har ingen seriedatoer.</translation>
    </message>
    <message>
        <source>Edit &amp;date…</source>
        <translation>Rediger &amp;dato…</translation>
    </message>
    <message>
        <source>&amp;Cancel date</source>
        <translation>&amp;Aflys dato</translation>
    </message>
    <message>
        <source>&amp;Restore date</source>
        <translation>&amp;Gendan dato</translation>
    </message>
    <message>
        <source>Once</source>
        <translation>Én gang</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>Gentages</translation>
    </message>
    <message>
        <source>Invitees</source>
        <translation>Inviterede</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Flyttet</translation>
    </message>
    <message>
        <source> (moved)</source>
        <translation> (flyttet)</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Oplægsholder</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Emne</translation>
    </message>
    <message>
        <source>Dates — {title}</source>
        <translation>Datoer — {title}</translation>
    </message>
    <message>
        <source>&amp;Answers…</source>
        <translation>S&amp;var…</translation>
    </message>
    <message>
        <source>Who comes to this date: the answers per date of the series</source>
        <translation>Hvem kommer på denne dato: svarene pr. dato i rækken</translation>
    </message>
    <message>
        <source>Put the selected dates back as the series planned them (un-cancel, and move back a moved date)</source>
        <translation>Sæt de valgte datoer tilbage, som serien planlagde dem (ophæv aflysning, og flyt en flyttet dato tilbage)</translation>
    </message>
    <message>
        <source>Change the date of {when}</source>
        <translation>Ændr datoen {when}</translation>
    </message>
    <message>
        <source>Restore the date of {when}</source>
        <translation>Gendan datoen {when}</translation>
    </message>
    <message>
        <source>Cancel the date of {when}</source>
        <translation>Aflys datoen {when}</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Kolonner</translation>
    </message>
    <message>
        <source>Fit columns to the window</source>
        <translation>Tilpas kolonnerne til vinduet</translation>
    </message>
    <message>
        <source>Move a series date</source>
        <translation>Flyt en dato i en serie</translation>
    </message>
    <message>
        <source>“{title}” is a series. Move only this date, or every date of the series?</source>
        <translation>“{title}” er en serie. Skal kun denne dato flyttes, eller alle seriens datoer?</translation>
    </message>
    <message>
        <source>This date</source>
        <translation>Denne dato</translation>
    </message>
    <message>
        <source>The whole series</source>
        <translation>Hele serien</translation>
    </message>
    <message>
        <source>Move the timetable too?</source>
        <translation>Skal programmet også flyttes?</translation>
    </message>
    <message numerus="yes">
        <source>Move the %n session(s) of “{title}” with it? (No: the event moves and its sessions stay where they are; the timetable check will list any that fall outside it.)</source>
        <translation>
            <numerusform>Skal %n session i “{title}” flyttes med? (Nej: arrangementet flyttes, og sessionen bliver, hvor den er; programkontrollen viser den, hvis den falder uden for.)</numerusform>
            <numerusform>Skal de %n sessioner i “{title}” flyttes med? (Nej: arrangementet flyttes, og sessionerne bliver, hvor de er; programkontrollen viser dem, der falder uden for.)</numerusform>
        </translation>
    </message>
    <message>
        <source>Move “{title}” to {when}</source>
        <translation>Flyt “{title}” til {when}</translation>
    </message>
    <message>
        <source>(whole series)</source>
        <translation>(hele serien)</translation>
    </message>
    <message numerus="yes">
        <source>Move “{title}” by {days} day(s) with its sessions</source>
        <translation>
            <numerusform>Flyt “{title}” {days} dag med sessionerne</numerusform>
            <numerusform>Flyt “{title}” {days} dage med sessionerne</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move “{title}” by {days} day(s)</source>
        <translation>
            <numerusform>Flyt “{title}” {days} dag</numerusform>
            <numerusform>Flyt “{title}” {days} dage</numerusform>
        </translation>
    </message>
    <message>
        <source>Move “{title}” to {day}</source>
        <translation>Flyt “{title}” til {day}</translation>
    </message>
    <message>
        <source>“{title}” now ends on {day}</source>
        <translation>“{title}” slutter nu {day}</translation>
    </message>
    <message>
        <source>“{title}” now starts on {day}</source>
        <translation>“{title}” begynder nu {day}</translation>
    </message>
    <message>
        <source>Move “{title}” to {days}</source>
        <translation>Flyt “{title}” til {days}</translation>
    </message>
    <message>
        <source>Answers per da&amp;te…</source>
        <translation>Svar pr. da&amp;to…</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepteret</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Afslået</translation>
    </message>
    <message>
        <source>Tentative</source>
        <translation>Foreløbig</translation>
    </message>
    <message>
        <source>Delegated</source>
        <translation>Videregivet</translation>
    </message>
    <message>
        <source>Not replied</source>
        <translation>Ikke svaret</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Datoer</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Date status</source>
        <translation>Datoens status</translation>
    </message>
    <message>
        <source>Answers for the date</source>
        <translation>Svar for datoen</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Svar</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Answer for this date…</source>
        <translation>Svar for denne dato…</translation>
    </message>
    <message>
        <source>Record an answer given by phone or letter for the chosen person, for this date only</source>
        <translation>Registrer et svar givet pr. telefon eller brev for den valgte person, kun for denne dato</translation>
    </message>
    <message>
        <source>Answers per date – {title}</source>
        <translation>Svar pr. dato – {title}</translation>
    </message>
    <message>
        <source>A reply for one date counts for that date; otherwise the answer for the whole series does (the newer one wins).</source>
        <translation>Et svar for én dato gælder for den dato; ellers gælder svaret for hele rækken (det nyeste svar vinder).</translation>
    </message>
    <message>
        <source>&lt;b&gt;{date}&lt;/b&gt;: who comes</source>
        <translation>&lt;b&gt;{date}&lt;/b&gt;: hvem kommer</translation>
    </message>
    <message>
        <source>Reply for this date</source>
        <translation>Svar for denne dato</translation>
    </message>
    <message>
        <source>Answer for the series</source>
        <translation>Svar for hele rækken</translation>
    </message>
    <message>
        <source>Answer of {person} for {date}</source>
        <translation>Svar fra {person} for {date}</translation>
    </message>
    <message>
        <source>Replies (*.eml *.msg *.ics);;All files (*)</source>
        <translation>Svar (*.eml *.msg *.ics);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Import replies</source>
        <translation>Importér svar</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n fil</numerusform>
            <numerusform>%n filer</numerusform>
        </translation>
    </message>
    <message>
        <source>Import replies ({files})</source>
        <translation>Importér svar ({files})</translation>
    </message>
    <message>
        <source>Replies from {files}: {summary}</source>
        <translation>Svar fra {files}: {summary}</translation>
    </message>
    <message numerus="yes">
        <source>Answer “{answer}” for %n participant(s)</source>
        <translation>
            <numerusform>Svar “{answer}” for %n deltager</numerusform>
            <numerusform>Svar “{answer}” for %n deltagere</numerusform>
        </translation>
    </message>
    <message>
        <source>Remind</source>
        <translation>Påmind</translation>
    </message>
    <message>
        <source>Everyone invited has replied: nobody to remind.</source>
        <translation>Alle inviterede har svaret: der er ingen at påminde.</translation>
    </message>
    <message numerus="yes">
        <source>Folder for %n reminder draft(s) (.eml)</source>
        <translation>
            <numerusform>Filmappe til %n påmindelseskladde (.eml)</numerusform>
            <numerusform>Filmappe til %n påmindelseskladder (.eml)</numerusform>
        </translation>
    </message>
    <message>
        <source>No reminders written</source>
        <translation>Ingen påmindelser skrevet</translation>
    </message>
    <message numerus="yes">
        <source>%n reminder draft(s) written to {folder}</source>
        <translation>
            <numerusform>%n påmindelseskladde skrevet til {folder}</numerusform>
            <numerusform>%n påmindelseskladder skrevet til {folder}</numerusform>
        </translation>
    </message>
    <message>
        <source>Answers per date</source>
        <translation>Svar pr. dato</translation>
    </message>
    <message>
        <source>Import replies (.eml, .msg, .ics)…</source>
        <translation>Importér svar (.eml, .msg, .ics)…</translation>
    </message>
    <message>
        <source>Replies to review…</source>
        <translation>Svar til gennemsyn…</translation>
    </message>
    <message>
        <source>Remind those who have not replied…</source>
        <translation>Påmind dem, der ikke har svaret…</translation>
    </message>
    <message>
        <source>Record an answer (phone, letter)…</source>
        <translation>Registrer et svar (telefon, brev)…</translation>
    </message>
    <message>
        <source>Select an event first.</source>
        <translation>Vælg først et arrangement.</translation>
    </message>
    <message>
        <source>Answers per date…</source>
        <translation>Svar pr. dato…</translation>
    </message>
    <message>
        <source>DK, US, …</source>
        <translation>DK, US, …</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Fornavn</translation>
    </message>
    <message>
        <source>(ignore)</source>
        <extracomment>The fields a column can fill (formats.csv_io.TARGETS&apos; labels), listed so the translation tool finds them; the pick list shows ``tr(label)``.</extracomment>
        <translation>(ignorer)</translation>
    </message>
    <message>
        <source>Full name (split into given and family name)</source>
        <translation>Fulde navn (deles i fornavn og efternavn)</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Efternavn</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Used for invites; checked offline</source>
        <translation>Bruges til invitationer; kontrolleres uden netforbindelse</translation>
    </message>
    <message>
        <source>Other e-mails</source>
        <translation>Andre e-mailadresser</translation>
    </message>
    <message>
        <source>Private or old addresses, separated by commas: a reply sent from one still reaches this person</source>
        <translation>Private eller gamle adresser, adskilt med komma: et svar sendt fra en af dem når stadig frem til denne person</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Type part of the organisation&apos;s name and pick it from the list</source>
        <translation>Skriv en del af organisationens navn, og vælg den på listen</translation>
    </message>
    <message>
        <source>Job title or role, e.g. Professor, Programme officer</source>
        <translation>Stillingsbetegnelse eller rolle, fx professor, fuldmægtig</translation>
    </message>
    <message>
        <source>Career stage</source>
        <translation>Karrieretrin</translation>
    </message>
    <message>
        <source>By country</source>
        <translation>Efter land</translation>
    </message>
    <message>
        <source>Invites, reminders and packets for this person are written in it (by country: Danish for DK, English elsewhere)</source>
        <translation>Invitationer, påmindelser og mapper til personen skrives på dette sprog (efter land: dansk for DK, ellers engelsk)</translation>
    </message>
    <message>
        <source>Listed</source>
        <translation>På lister</translation>
    </message>
    <message>
        <source>May appear on participant lists</source>
        <translation>Må stå på deltagerlister</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Fotos</translation>
    </message>
    <message>
        <source>May be photographed</source>
        <translation>Må fotograferes</translation>
    </message>
    <message>
        <source>Sensitive (never exported unless asked for)</source>
        <translation>Følsomme oplysninger (eksporteres kun på anmodning)</translation>
    </message>
    <message>
        <source>Dietary needs</source>
        <translation>Kosthensyn</translation>
    </message>
    <message>
        <source>Accessibility needs</source>
        <translation>Behov for tilgængelighed</translation>
    </message>
    <message>
        <source>person</source>
        <translation>person</translation>
    </message>
    <message>
        <source>people</source>
        <translation>personer</translation>
    </message>
    <message>
        <source>Person details</source>
        <translation>Oplysninger om personen</translation>
    </message>
    <message>
        <source>Select a person to see the details here.</source>
        <translation>Vælg en person for at se oplysningerne her.</translation>
    </message>
    <message>
        <source>No people yet — add a person, or load the demo programme to look around.</source>
        <translation>Ingen personer endnu — tilføj en person, eller indlæs demoprogrammet for at se dig omkring.</translation>
    </message>
    <message>
        <source> at </source>
        <translation> hos </translation>
    </message>
    <message>
        <source>Also: {addresses}</source>
        <translation>Også: {addresses}</translation>
    </message>
    <message>
        <source>Country: {code}</source>
        <translation>Land: {code}</translation>
    </message>
    <message>
        <source>Career stage: {stage}</source>
        <translation>Karrieretrin: {stage}</translation>
    </message>
    <message>
        <source>Sector: {sector}</source>
        <translation>Sektor: {sector}</translation>
    </message>
    <message>
        <source>Listed on participant lists: yes</source>
        <translation>Står på deltagerlister: ja</translation>
    </message>
    <message>
        <source>Listed on participant lists: no</source>
        <translation>Står på deltagerlister: nej</translation>
    </message>
    <message>
        <source>Events ({count})</source>
        <translation>Arrangementer ({count})</translation>
    </message>
    <message>
        <source>Not taking part in any event yet.</source>
        <translation>Deltager endnu ikke i noget arrangement.</translation>
    </message>
    <message>
        <source>Exchanges ({count})</source>
        <translation>Udvekslinger ({count})</translation>
    </message>
    <message>
        <source>No exchanges.</source>
        <translation>Ingen udvekslinger.</translation>
    </message>
    <message numerus="yes">
        <source>%n participant list(s)</source>
        <translation>
            <numerusform>%n deltagerliste</numerusform>
            <numerusform>%n deltagerlister</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n talk(s) in timetables</source>
        <translation>
            <numerusform>%n oplæg i programmer</numerusform>
            <numerusform>%n oplæg i programmer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n chaired session(s)</source>
        <translation>
            <numerusform>%n session som ordstyrer</numerusform>
            <numerusform>%n sessioner som ordstyrer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seminar date(s) as speaker</source>
        <translation>
            <numerusform>%n seminardato som oplægsholder</numerusform>
            <numerusform>%n seminardatoer som oplægsholder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exchange(s) as host contact</source>
        <translation>
            <numerusform>%n udveksling som værtskontakt</numerusform>
            <numerusform>%n udvekslinger som værtskontakt</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} is on {what}; Undo puts all of it back.</source>
        <translation>{name} står på {what}; Fortryd sætter det hele tilbage.</translation>
    </message>
    <message>
        <source>Cannot check for changes by others: {error}</source>
        <extracomment>(set of changed view names, new token) or (None, error text), from the worker thread emitted on the GUI thread with the view names that changed elsewhere (for tests and the status bar)</extracomment>
        <translation>Kan ikke se efter andres ændringer: {error}</translation>
    </message>
    <message>
        <source>Connected again; lists are up to date</source>
        <translation>Forbundet igen; listerne er opdaterede</translation>
    </message>
    <message>
        <source>Week {number}</source>
        <translation>Uge {number}</translation>
    </message>
    <message>
        <source>Calendar agenda</source>
        <translation>Kalenderens dagsorden</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Opdateret</translation>
    </message>
    <message>
        <source>Already known</source>
        <translation>Allerede kendt</translation>
    </message>
    <message>
        <source>Older — not taken</source>
        <translation>Ældre – ikke taget med</translation>
    </message>
    <message>
        <source>Waits for you</source>
        <translation>Venter på dig</translation>
    </message>
    <message>
        <source>Not readable</source>
        <translation>Kan ikke læses</translation>
    </message>
    <message>
        <source>Counter-proposal</source>
        <extracomment>What a reply waiting for a decision is (services.reply_reviews.KIND_LABELS).</extracomment>
        <translation>Modforslag</translation>
    </message>
    <message>
        <source>Unknown sender</source>
        <translation>Ukendt afsender</translation>
    </message>
    <message>
        <source>Unknown event</source>
        <translation>Ukendt arrangement</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Videregivelse</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Arrangement</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Nothing is saved until you press Import.</source>
        <translation>Intet gemmes, før du trykker på Importér.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s): {summary}.</source>
        <translation>
            <numerusform>%n fil: {summary}.</numerusform>
            <numerusform>%n filer: {summary}.</numerusform>
        </translation>
    </message>
    <message>
        <source>A reply changes only the person&apos;s answer, never the event.</source>
        <translation>Et svar ændrer kun personens svar, aldrig arrangementet.</translation>
    </message>
    <message>
        <source>Replies to review</source>
        <translation>Svar til gennemsyn</translation>
    </message>
    <message>
        <source>Nothing here was guessed: each reply below waits for your decision.</source>
        <translation>Intet her er gættet: hvert svar nedenfor venter på din afgørelse.</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Hvad</translation>
    </message>
    <message>
        <source>To decide</source>
        <translation>Skal afgøres</translation>
    </message>
    <message>
        <source>This is from…</source>
        <translation>Det er fra…</translation>
    </message>
    <message>
        <source>Accept proposal</source>
        <translation>Acceptér forslag</translation>
    </message>
    <message>
        <source>Decline proposal…</source>
        <translation>Afslå forslag…</translation>
    </message>
    <message>
        <source>Add as participant</source>
        <translation>Tilføj som deltager</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Afvis</translation>
    </message>
    <message>
        <source>No replies wait for you.</source>
        <translation>Ingen svar venter på dig.</translation>
    </message>
    <message>
        <source>Not done: {reason}</source>
        <translation>Ikke udført: {reason}</translation>
    </message>
    <message>
        <source>This reply is from</source>
        <translation>Dette svar er fra</translation>
    </message>
    <message>
        <source>{address} is:</source>
        <translation>{address} er:</translation>
    </message>
    <message>
        <source>{address} is kept as an address of {person}; the answer is taken.</source>
        <translation>{address} gemmes som en adresse for {person}; svaret er registreret.</translation>
    </message>
    <message>
        <source>Reply from {address} is from {person}</source>
        <translation>Svaret fra {address} er fra {person}</translation>
    </message>
    <message>
        <source>Accepted: the event has the proposed time. The next invites are an update.</source>
        <translation>Accepteret: arrangementet har fået det foreslåede tidspunkt. De næste invitationer er en opdatering.</translation>
    </message>
    <message>
        <source>Accept the proposal of {sender}</source>
        <translation>Acceptér forslaget fra {sender}</translation>
    </message>
    <message>
        <source>Folder for the answer (DECLINECOUNTER)</source>
        <translation>Filmappe til svaret (DECLINECOUNTER)</translation>
    </message>
    <message>
        <source>Declined: {done} is ready to send.</source>
        <translation>Afslået: {done} er klar til afsendelse.</translation>
    </message>
    <message>
        <source>Decline the proposal of {sender}</source>
        <translation>Afslå forslaget fra {sender}</translation>
    </message>
    <message>
        <source>{person} is a participant now; the next invites reach them.</source>
        <translation>{person} er nu deltager; de næste invitationer når frem til vedkommende.</translation>
    </message>
    <message>
        <source>Add delegate {person}</source>
        <translation>Tilføj {person}, som svaret blev videregivet til</translation>
    </message>
    <message>
        <source>Dismissed.</source>
        <translation>Afvist.</translation>
    </message>
    <message>
        <source>Dismiss the reply of {sender}</source>
        <translation>Afvis svaret fra {sender}</translation>
    </message>
    <message>
        <source>No answer yet</source>
        <translation>Intet svar endnu</translation>
    </message>
    <message>
        <source>Record an answer</source>
        <translation>Registrer et svar</translation>
    </message>
    <message>
        <source>e.g. phoned on 21 January</source>
        <translation>f.eks. ringede den 21. januar</translation>
    </message>
    <message>
        <source>Answer of {names}</source>
        <translation>Svar fra {names}</translation>
    </message>
    <message>
        <source>&amp;Answer</source>
        <translation>&amp;Svar</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Oplysninger</translation>
    </message>
    <message>
        <source>all day</source>
        <translation>hele dagen</translation>
    </message>
    <message>
        <source>Cancelled: </source>
        <translation>Aflyst: </translation>
    </message>
    <message>
        <source>Free and busy times</source>
        <translation>Ledige og optagne tider</translation>
    </message>
    <message>
        <source>W{number}</source>
        <translation>Uge {number}</translation>
    </message>
    <message>
        <source>Calendar month</source>
        <translation>Kalendermåned</translation>
    </message>
    <message>
        <source>+{count} more</source>
        <translation>+{count} mere</translation>
    </message>
    <message>
        <source>Save calendar as PDF</source>
        <translation>Gem kalender som PDF</translation>
    </message>
    <message>
        <source>⚠ Check before printing:</source>
        <translation>⚠ Kontrollér før udskrivning:</translation>
    </message>
    <message>
        <source>Printing warnings</source>
        <translation>Advarsler før udskrivning</translation>
    </message>
    <message>
        <source>Preview – {name}</source>
        <translation>Forhåndsvisning – {name}</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Side {page} af {pages}</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more page(s) (all of them are saved).</source>
        <translation>
            <numerusform>… og %n side mere (alle sider gemmes).</numerusform>
            <numerusform>… og %n sider mere (alle sider gemmes).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n side</numerusform>
            <numerusform>%n sider</numerusform>
        </translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Gem PDF…</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <source>Save packet</source>
        <translation>Gem mappe</translation>
    </message>
    <message>
        <source>Packet not saved</source>
        <translation>Mappen blev ikke gemt</translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}</source>
        <translation>Kunne ikke skrive {path}: {reason}</translation>
    </message>
    <message>
        <source>Participant packets – {event}</source>
        <translation>Deltagermapper – {event}</translation>
    </message>
    <message>
        <source>Folder for the packets</source>
        <translation>Filmappe til mapperne</translation>
    </message>
    <message>
        <source>One merged PDF instead of one file per participant</source>
        <translation>Én samlet PDF i stedet for én fil pr. deltager</translation>
    </message>
    <message>
        <source>auto</source>
        <translation>automatisk</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>auto: A4 for recipients in Europe, US Letter in North America</source>
        <translation>automatisk: A4 til modtagere i Europa, US Letter i Nordamerika</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papir</translation>
    </message>
    <message>
        <source>%v of %m packets</source>
        <translation>%v af %m mapper</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) (declined invitations left out).</source>
        <translation>
            <numerusform>%n deltager (afslåede invitationer er udeladt).</numerusform>
            <numerusform>%n deltagere (afslåede invitationer er udeladt).</numerusform>
        </translation>
    </message>
    <message>
        <source>Write packets</source>
        <translation>Skriv mapper</translation>
    </message>
    <message>
        <source> – packets</source>
        <translation> – mapper</translation>
    </message>
    <message>
        <source>Writing packets… the window stays usable; Cancel stops after the current few.</source>
        <translation>Skriver mapper … vinduet kan bruges imens; Annuller stopper efter de igangværende.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %n packet(s) were written.</source>
        <translation>
            <numerusform>Annulleret: %n mappe blev skrevet.</numerusform>
            <numerusform>Annulleret: %n mapper blev skrevet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %n packet(s) were written to {folder}.</source>
        <translation>
            <numerusform>Annulleret: %n mappe blev skrevet til {folder}.</numerusform>
            <numerusform>Annulleret: %n mapper blev skrevet til {folder}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n packet(s), {pages} pages written to {target} in {seconds} s.</source>
        <translation>
            <numerusform>%n mappe, {pages} sider skrevet til {target} på {seconds} s.</numerusform>
            <numerusform>%n mapper, {pages} sider skrevet til {target} på {seconds} s.</numerusform>
        </translation>
    </message>
    <message>
        <source>Packets could not be written: {reason}</source>
        <translation>Mapperne kunne ikke skrives: {reason}</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annullerer…</translation>
    </message>
    <message>
        <source>Calendar saved as {file}</source>
        <translation>Kalenderen er gemt som {file}</translation>
    </message>
    <message>
        <source>Seminar</source>
        <extracomment>Marked for translation; shown through tr().</extracomment>
        <translation>Seminar</translation>
    </message>
    <message>
        <source>Seminar (series)</source>
        <translation>Seminar (serie)</translation>
    </message>
    <message>
        <source>Conference</source>
        <translation>Konference</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Exchange stay</source>
        <translation>Udvekslingsophold</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Milepæl</translation>
    </message>
    <message>
        <source>Calendar time grid</source>
        <translation>Kalenderens tidsgitter</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>Hele dagen</translation>
    </message>
    <message>
        <source>Seminars and series dates</source>
        <translation>Seminarer og seriedatoer</translation>
    </message>
    <message>
        <source>Conferences, workshops and sessions</source>
        <translation>Konferencer, workshops og sessioner</translation>
    </message>
    <message>
        <source>Exchange stays and milestones</source>
        <translation>Udvekslingsophold og milepæle</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Uge</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Måned</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Dagsorden</translation>
    </message>
    <message>
        <source>Day view (Ctrl+Alt+1)</source>
        <translation>Dagsvisning (Ctrl+Alt+1)</translation>
    </message>
    <message>
        <source>Week view (Ctrl+Alt+2)</source>
        <translation>Ugevisning (Ctrl+Alt+2)</translation>
    </message>
    <message>
        <source>Month view (Ctrl+Alt+3)</source>
        <translation>Månedsvisning (Ctrl+Alt+3)</translation>
    </message>
    <message>
        <source>Agenda view (Ctrl+Alt+4)</source>
        <translation>Dagsordensvisning (Ctrl+Alt+4)</translation>
    </message>
    <message>
        <source>Everyone (type a name)</source>
        <translation>Alle (skriv et navn)</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>I dag</translation>
    </message>
    <message>
        <source>Go to today (T)</source>
        <translation>Gå til i dag (T)</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Forrige periode</translation>
    </message>
    <message>
        <source>Previous (Page Up)</source>
        <translation>Forrige (Page Up)</translation>
    </message>
    <message>
        <source>Next period</source>
        <translation>Næste periode</translation>
    </message>
    <message>
        <source>Next (Page Down)</source>
        <translation>Næste (Page Down)</translation>
    </message>
    <message>
        <source>Go to date</source>
        <translation>Gå til dato</translation>
    </message>
    <message>
        <source>Go to a date</source>
        <translation>Gå til en dato</translation>
    </message>
    <message>
        <source>Kinds</source>
        <translation>Typer</translation>
    </message>
    <message>
        <source>Show kinds</source>
        <translation>Vis typer</translation>
    </message>
    <message>
        <source>Show only a person&apos;s calendar</source>
        <translation>Vis kun én persons kalender</translation>
    </message>
    <message>
        <source>Show only what one person takes part in (empty: everyone)</source>
        <translation>Vis kun det, én person deltager i (tom: alle)</translation>
    </message>
    <message>
        <source>Find a slot…</source>
        <translation>Find et tidspunkt…</translation>
    </message>
    <message>
        <source>Scheduling assistant: find a time that suits both sides and everyone</source>
        <translation>Planlægningsassistent: find et tidspunkt, der passer begge sider og alle deltagere</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Udskriv…</translation>
    </message>
    <message>
        <source>Print or save as PDF the period shown</source>
        <translation>Udskriv den viste periode, eller gem den som PDF</translation>
    </message>
    <message>
        <source>Calendar status</source>
        <translation>Kalenderstatus</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Vis:</translation>
    </message>
    <message>
        <source>Kinds ({shown} of {total})</source>
        <translation>Typer ({shown} af {total})</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) shown</source>
        <translation>
            <numerusform>%n post vist</numerusform>
            <numerusform>%n poster vist</numerusform>
        </translation>
    </message>
    <message>
        <source>From {first} to {last}</source>
        <translation>Fra {first} til {last}</translation>
    </message>
    <message>
        <source>(Enter or double-click opens it)</source>
        <translation>(Enter eller dobbeltklik åbner den)</translation>
    </message>
    <message>
        <source>Counts</source>
        <extracomment>A link was followed: (kind, id) — kind is &quot;event&quot;, &quot;exchange&quot; or &quot;view&quot;. Every section shows its data (after a refresh; for a staged one when the worker&apos;s part arrived).</extracomment>
        <translation>Antal</translation>
    </message>
    <message numerus="yes">
        <source>Next %n day(s)</source>
        <translation>
            <numerusform>De næste %n dag</numerusform>
            <numerusform>De næste %n dage</numerusform>
        </translation>
    </message>
    <message>
        <source>Exchange milestones: overdue and due soon</source>
        <translation>Udvekslingernes milepæle: overskredne og snarlige frister</translation>
    </message>
    <message>
        <source>Activity by month</source>
        <translation>Aktivitet pr. måned</translation>
    </message>
    <message>
        <source>seminar dates</source>
        <translation>seminardatoer</translation>
    </message>
    <message>
        <source>conference days</source>
        <translation>konferencedage</translation>
    </message>
    <message>
        <source>Participants by sector</source>
        <translation>Deltagere fordelt på sektor</translation>
    </message>
    <message>
        <source>Participants by country</source>
        <translation>Deltagere fordelt på land</translation>
    </message>
    <message>
        <source>Activity by month, {first} – {last}</source>
        <translation>Aktivitet pr. måned, {first} – {last}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Welcome.&lt;/b&gt; Nothing here yet: add the people and organisations you work with (People, Organisations), then plan a &lt;a href=&apos;view:seminars&apos;&gt;seminar&lt;/a&gt; or a &lt;a href=&apos;view:conferences&apos;&gt;conference&lt;/a&gt; — or load the demo programme (&lt;code&gt;qistdesk demo&lt;/code&gt;) to look around.</source>
        <translation>&lt;b&gt;Velkommen.&lt;/b&gt; Her er intet endnu: tilføj de personer og organisationer, du arbejder med (Personer, Organisationer), og planlæg derefter et &lt;a href=&apos;view:seminars&apos;&gt;seminar&lt;/a&gt; eller en &lt;a href=&apos;view:conferences&apos;&gt;konference&lt;/a&gt; — eller indlæs demoprogrammet (&lt;code&gt;qistdesk demo&lt;/code&gt;) for at se dig omkring.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing in the next %n day(s). The next one: {event}</source>
        <translation>
            <numerusform>Intet den næste %n dag. Det næste: {event}</numerusform>
            <numerusform>Intet de næste %n dage. Det næste: {event}</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing planned yet — create a &lt;a href=&apos;view:seminars&apos;&gt;seminar&lt;/a&gt; or a &lt;a href=&apos;view:conferences&apos;&gt;conference or workshop&lt;/a&gt;.</source>
        <translation>Intet planlagt endnu — opret et &lt;a href=&apos;view:seminars&apos;&gt;seminar&lt;/a&gt; eller en &lt;a href=&apos;view:conferences&apos;&gt;konference eller workshop&lt;/a&gt;.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… og %n mere.</numerusform>
            <numerusform>… og %n mere.</numerusform>
        </translation>
    </message>
    <message>
        <source>No open steps.</source>
        <translation>Ingen åbne punkter.</translation>
    </message>
    <message>
        <source>No exchanges yet — add one in &lt;a href=&apos;view:exchanges&apos;&gt;Exchanges&lt;/a&gt;; its checklist (visa, insurance, housing, arrival, reports) will show here when steps fall due.</source>
        <translation>Ingen udvekslinger endnu — tilføj en under &lt;a href=&apos;view:exchanges&apos;&gt;Udvekslinger&lt;/a&gt;; dens tjekliste (visum, forsikring, bolig, ankomst, rapporter) vises her, når fristerne nærmer sig.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing due in the next %n day(s). Next:</source>
        <translation>
            <numerusform>Ingen frister den næste %n dag. Næste:</numerusform>
            <numerusform>Ingen frister de næste %n dage. Næste:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n dag over fristen</numerusform>
            <numerusform>%n dage over fristen</numerusform>
        </translation>
    </message>
    <message>
        <source>due today</source>
        <translation>frist i dag</translation>
    </message>
    <message>
        <source>due {day}</source>
        <translation>frist {day}</translation>
    </message>
    <message>
        <source>done</source>
        <translation>færdig</translation>
    </message>
    <message numerus="yes">
        <source>overdue %n day(s)</source>
        <translation>
            <numerusform>%n dag for sent</numerusform>
            <numerusform>%n dage for sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>due in %n day(s)</source>
        <translation>
            <numerusform>frist om %n dag</numerusform>
            <numerusform>frist om %n dage</numerusform>
        </translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Deltager</translation>
    </message>
    <message>
        <source>Type part of a name…</source>
        <translation>Skriv en del af et navn…</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>— choose a programme —</source>
        <translation>— vælg et program —</translation>
    </message>
    <message>
        <source>Home organisation</source>
        <translation>Hjemmeorganisation</translation>
    </message>
    <message>
        <source>Host organisation</source>
        <translation>Værtsorganisation</translation>
    </message>
    <message>
        <source>Host contact</source>
        <translation>Værtskontakt</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Slut</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>QIST area</source>
        <translation>QIST-område</translation>
    </message>
    <message>
        <source>For the joint committee&apos;s report</source>
        <translation>Til den fælles komités rapport</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Bolig</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Finansiering</translation>
    </message>
    <message>
        <source>Source of funding, e.g. a grant name</source>
        <translation>Finansieringskilde, fx navnet på en bevilling</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Beløb</translation>
    </message>
    <message>
        <source>Whole currency units</source>
        <translation>Hele valutaenheder</translation>
    </message>
    <message>
        <source>DKK, USD, EUR</source>
        <translation>DKK, USD, EUR</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Noter</translation>
    </message>
    <message>
        <source>Add the usual checklist (visa, insurance, housing, arrival, orientation, reports)</source>
        <translation>Tilføj den sædvanlige tjekliste (visum, forsikring, bolig, ankomst, introduktion, rapporter)</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Tjekliste</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Færdig</translation>
    </message>
    <message numerus="yes">
        <source>The stay begins on {day}, %n day(s) from today.</source>
        <extracomment>The pipeline&apos;s order; &quot;withdrawn&quot; is an exit, reachable from anywhere. Steps that should be done before a stay begins. A stay said to be under way (In progress, Arrival done) more days than this before it begins is worth a word.</extracomment>
        <translation>
            <numerusform>Opholdet begynder {day}, om %n dag.</numerusform>
            <numerusform>Opholdet begynder {day}, om %n dage.</numerusform>
        </translation>
    </message>
    <message>
        <source>This skips {stages}.</source>
        <translation>Dette springer over {stages}.</translation>
    </message>
    <message>
        <source>This moves the exchange back from {stage}.</source>
        <translation>Dette flytter udvekslingen tilbage fra {stage}.</translation>
    </message>
    <message>
        <source>Still open: {steps}.</source>
        <translation>Stadig åbne: {steps}.</translation>
    </message>
    <message>
        <source>The visa is {status}.</source>
        <translation>Visum: {status}.</translation>
    </message>
    <message>
        <source>The insurance is {status}.</source>
        <translation>Forsikring: {status}.</translation>
    </message>
    <message>
        <source>Not yet done: {steps}.</source>
        <translation>Endnu ikke færdige: {steps}.</translation>
    </message>
    <message>
        <source>Change stage</source>
        <translation>Skift fase</translation>
    </message>
    <message>
        <source>Move anyway</source>
        <translation>Flyt alligevel</translation>
    </message>
    <message>
        <source>Next: {stage}</source>
        <translation>Næste: {stage}</translation>
    </message>
    <message>
        <source>Move the exchange to its next stage; the arrow offers every stage</source>
        <translation>Flyt udvekslingen til næste fase; pilen tilbyder alle faser</translation>
    </message>
    <message>
        <source>the exchange</source>
        <translation>udvekslingen</translation>
    </message>
    <message>
        <source>Move ‘{name}’ to {stage}</source>
        <translation>Flyt ‘{name}’ til {stage}</translation>
    </message>
    <message>
        <source>Last calendar year</source>
        <translation>Sidste kalenderår</translation>
    </message>
    <message>
        <source>This year so far</source>
        <translation>Dette år indtil nu</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>De seneste 12 måneder</translation>
    </message>
    <message>
        <source>Chosen dates</source>
        <translation>Valgte datoer</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Til</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Gem som &amp;PDF…</translation>
    </message>
    <message>
        <source>Save &amp;CSV files…</source>
        <translation>Gem &amp;CSV-filer…</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Periode:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Fra:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Til:</translation>
    </message>
    <message>
        <source>Catering (caterer&apos;s copy, counts only)…</source>
        <translation>Forplejning (cateringfirmaets kopi, kun antal)…</translation>
    </message>
    <message>
        <source>Access needs (organisers only)…</source>
        <translation>Behov for tilgængelighed (kun arrangører)…</translation>
    </message>
    <message>
        <source>Badges still to print…</source>
        <translation>Navneskilte, der mangler at blive udskrevet…</translation>
    </message>
    <message>
        <source>Rooms and expected attendance…</source>
        <translation>Lokaler og forventet fremmøde…</translation>
    </message>
    <message>
        <source>Sign-in sheet…</source>
        <translation>Indskrivningsliste…</translation>
    </message>
    <message>
        <source>Badges</source>
        <translation>Navneskilte</translation>
    </message>
    <message>
        <source>No badges to print: every participant&apos;s badge is printed and unchanged since.</source>
        <translation>Ingen navneskilte at udskrive: alle deltageres navneskilte er udskrevet og uændrede siden.</translation>
    </message>
    <message>
        <source>{event} – badges to print</source>
        <translation>{event} – navneskilte til udskrivning</translation>
    </message>
    <message numerus="yes">
        <source>%n badge(s) new or changed since the last batch; saving or printing records them as printed.</source>
        <translation>
            <numerusform>%n navneskilt er nyt eller ændret siden sidste omgang; når det gemmes eller udskrives, registreres det som udskrevet.</numerusform>
            <numerusform>%n navneskilte er nye eller ændrede siden sidste omgang; når de gemmes eller udskrives, registreres de som udskrevet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Sammenfatning</translation>
    </message>
    <message numerus="yes">
        <source>Access request marked met for %n participant(s)</source>
        <translation>
            <numerusform>Ønsket om tilgængelighed er markeret som opfyldt for %n deltager</numerusform>
            <numerusform>Ønsket om tilgængelighed er markeret som opfyldt for %n deltagere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Access request marked not met for %n participant(s)</source>
        <translation>
            <numerusform>Ønsket om tilgængelighed er markeret som ikke opfyldt for %n deltager</numerusform>
            <numerusform>Ønsket om tilgængelighed er markeret som ikke opfyldt for %n deltagere</numerusform>
        </translation>
    </message>
    <message>
        <source>Summaries</source>
        <translation>Oversigter</translation>
    </message>
    <message>
        <source>Access request met</source>
        <translation>Ønske om tilgængelighed opfyldt</translation>
    </message>
    <message>
        <source>Access request not met</source>
        <translation>Ønske om tilgængelighed ikke opfyldt</translation>
    </message>
    <message>
        <source>Counts of people from 1 to 4 are shown as “&lt; 5”; the PDF states every counting rule.</source>
        <translation>Antal personer fra 1 til 4 vises som “&lt; 5”; PDF-filen gengiver alle opgørelsesregler.</translation>
    </message>
    <message>
        <source>{period}, compared with {previous}</source>
        <translation>{period} sammenlignet med {previous}</translation>
    </message>
    <message>
        <source>&lt;b&gt;No events, participants or exchanges in this period.&lt;/b&gt; Choose another period above (type the dates, or pick one from the list).</source>
        <translation>&lt;b&gt;Ingen arrangementer, deltagere eller udvekslinger i denne periode.&lt;/b&gt; Vælg en anden periode ovenfor (skriv datoerne, eller vælg en på listen).</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>Denne periode</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Forrige</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Ændring</translation>
    </message>
    <message>
        <source>Report {period}: {count} participants</source>
        <translation>Rapport {period}: {count} deltagere</translation>
    </message>
    <message>
        <source>Cooperation report {start} to {end}.pdf</source>
        <translation>Samarbejdsrapport {start} til {end}.pdf</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Gem rapport</translation>
    </message>
    <message>
        <source>Report not saved</source>
        <translation>Rapporten blev ikke gemt</translation>
    </message>
    <message>
        <source>Could not write {file}: {error}</source>
        <translation>Kunne ikke skrive {file}: {error}</translation>
    </message>
    <message>
        <source>Report written to {file}</source>
        <translation>Rapporten er skrevet til {file}</translation>
    </message>
    <message>
        <source>Folder for the report&apos;s CSV files</source>
        <translation>Mappe til rapportens CSV-filer</translation>
    </message>
    <message>
        <source>CSV not saved</source>
        <translation>CSV blev ikke gemt</translation>
    </message>
    <message numerus="yes">
        <source>%n CSV file(s) written to {folder}</source>
        <translation>
            <numerusform>%n CSV-fil skrevet i {folder}</numerusform>
            <numerusform>%n CSV-filer skrevet i {folder}</numerusform>
        </translation>
    </message>
    <message>
        <source>No data yet</source>
        <translation>Ingen data endnu</translation>
    </message>
    <message>
        <source>Printed {when}</source>
        <translation>Udskrevet {when}</translation>
    </message>
    <message>
        <source>filter “{text}”</source>
        <translation>filter “{text}”</translation>
    </message>
    <message>
        <source>sorted by {column} {arrow}</source>
        <translation>sorteret efter {column} {arrow}</translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n row(s)</source>
        <translation>
            <numerusform>{shown} af %n række</numerusform>
            <numerusform>{shown} af %n rækker</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n række</numerusform>
            <numerusform>%n rækker</numerusform>
        </translation>
    </message>
    <message>
        <source>Export {title}</source>
        <translation>Eksportér {title}</translation>
    </message>
    <message>
        <source>PDF files (*.pdf);;CSV files (*.csv)</source>
        <translation>PDF-filer (*.pdf);;CSV-filer (*.csv)</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Ikke eksporteret</translation>
    </message>
    <message numerus="yes">
        <source>{title}: %n row(s) written to {file}</source>
        <translation>
            <numerusform>{title}: %n række skrevet til {file}</numerusform>
            <numerusform>{title}: %n rækker skrevet til {file}</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Udskriv…</translation>
    </message>
    <message>
        <source>record</source>
        <translation>post</translation>
    </message>
    <message>
        <source>records</source>
        <extracomment>A context-menu hook: ``hook(menu, ids)`` adds actions for the selected ids. From this many rows on, each column&apos;s sort order is computed in idle time after a load. A record was opened (double-click or Enter): its id. The selection changed: the selected ids, in view order.</extracomment>
        <translation>poster</translation>
    </message>
    <message>
        <source>New record…</source>
        <translation>Ny post…</translation>
    </message>
    <message>
        <source>Select a record to see the details here.</source>
        <translation>Vælg en post for at se oplysningerne her.</translation>
    </message>
    <message>
        <source>Nothing here yet.</source>
        <translation>Her er intet endnu.</translation>
    </message>
    <message>
        <source>This record no longer exists.</source>
        <translation>Posten findes ikke længere.</translation>
    </message>
    <message numerus="yes">
        <source>%n selected.</source>
        <translation>
            <numerusform>%n valgt.</numerusform>
            <numerusform>%n valgt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Opret</translation>
    </message>
    <message>
        <source>Create {name}</source>
        <translation>Opret {name}</translation>
    </message>
    <message>
        <source>Created {name}</source>
        <translation>{name} er oprettet</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Ikke fundet</translation>
    </message>
    <message>
        <source>This record was deleted elsewhere.</source>
        <translation>Posten er slettet et andet sted.</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>Rediger {name}</translation>
    </message>
    <message>
        <source>Saved {name}</source>
        <translation>{name} er gemt</translation>
    </message>
    <message>
        <source>Delete {noun} {names}?</source>
        <translation>Slet {noun} {names}?</translation>
    </message>
    <message>
        <source>Delete {count} {plural} ({names})?</source>
        <translation>Slet {count} {plural} ({names})?</translation>
    </message>
    <message>
        <source>Delete?</source>
        <translation>Slet?</translation>
    </message>
    <message>
        <source>You can undo this with Edit ▸ Undo (Ctrl+Z).</source>
        <translation>Du kan fortryde med Rediger ▸ Fortryd (Ctrl+Z).</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Slet</translation>
    </message>
    <message>
        <source>Delete {noun} {name}</source>
        <translation>Slet {noun} {name}</translation>
    </message>
    <message>
        <source>Delete {count} {plural}</source>
        <translation>Slet {count} {plural}</translation>
    </message>
    <message>
        <source>{what} — Undo with Ctrl+Z</source>
        <translation>{what} — fortryd med Ctrl+Z</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Ikke slettet</translation>
    </message>
    <message>
        <source>yes</source>
        <extracomment>Role that returns the row&apos;s id (a str) for any cell. Row tones a model may give rows (see ``RecordsModel(row_tone=…)``).</extracomment>
        <translation>ja</translation>
    </message>
    <message>
        <source>Filter…</source>
        <extracomment>The main text column: it takes the room the others leave (the first, unless one says ``main``).</extracomment>
        <translation>Filtrér…</translation>
    </message>
    <message>
        <source>Print / Export</source>
        <translation>Udskriv / eksportér</translation>
    </message>
    <message>
        <source>Print or export the {name} shown</source>
        <translation>Udskriv eller eksportér de viste {name}</translation>
    </message>
    <message>
        <source>Nothing matches “{text}”. Press Esc in the filter to clear it.</source>
        <translation>Intet passer med “{text}”. Tryk Esc i filteret for at rydde det.</translation>
    </message>
    <message>
        <source>Filter {name}</source>
        <translation>Filtrér {name}</translation>
    </message>
    <message>
        <source>Shows only {name} whose text contains every word you type. Down arrow moves to the list.</source>
        <translation>Viser kun {name}, hvis tekst indeholder alle de ord, du skriver. Pil ned flytter til listen.</translation>
    </message>
    <message>
        <source>Filter {name} as you type ({key})</source>
        <translation>Filtrér {name}, mens du skriver ({key})</translation>
    </message>
    <message>
        <source>Print list…</source>
        <translation>Udskriv liste…</translation>
    </message>
    <message>
        <source>Export list (PDF or CSV)…</source>
        <translation>Eksportér liste (PDF eller CSV)…</translation>
    </message>
    <message>
        <source>Could not undo</source>
        <extracomment>(view key, record id or None) where the change was made, or None.</extracomment>
        <translation>Kunne ikke fortryde</translation>
    </message>
    <message>
        <source>Could not redo</source>
        <translation>Kunne ikke gentage</translation>
    </message>
    <message>
        <source>Could not undo “{what}”:</source>
        <translation>Kunne ikke fortryde “{what}”:</translation>
    </message>
    <message>
        <source>Could not redo “{what}”:</source>
        <translation>Kunne ikke gentage “{what}”:</translation>
    </message>
    <message>
        <source>Undone: {what}</source>
        <translation>Fortrudt: {what}</translation>
    </message>
    <message>
        <source>Redone: {what}</source>
        <translation>Gentaget: {what}</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Ikke udført</translation>
    </message>
    <message>
        <source>see licence text</source>
        <extracomment>Debian copyright-file licence keys -&gt; the names people know. Python and the libraries the installed app runs on (what the bundle ships), with their licences.</extracomment>
        <translation>se licensteksten</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;{family}&lt;/b&gt; font ({files}), embedded in PDF packets.&lt;/p&gt;&lt;p&gt;Licence: {licence}. Full terms from &lt;code&gt;{file}&lt;/code&gt;:&lt;/p&gt;</source>
        <translation>&lt;p&gt;Skrifttypen &lt;b&gt;{family}&lt;/b&gt; ({files}), indlejret i PDF-mapper.&lt;/p&gt;&lt;p&gt;Licens: {licence}. De fulde vilkår fra &lt;code&gt;{file}&lt;/code&gt;:&lt;/p&gt;</translation>
    </message>
    <message>
        <source>no files</source>
        <translation>ingen filer</translation>
    </message>
    <message>
        <source>{family} font</source>
        <translation>Skrifttypen {family}</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Qt {qt}&lt;/b&gt; and &lt;b&gt;Qt for Python (PySide6 {pyside})&lt;/b&gt; are used under the GNU Lesser General Public License version 3 (LGPLv3). qistdesk links to them dynamically: the Qt libraries are separate files in the installation and may be replaced by a compatible build. The source code of Qt and PySide6 is available from &lt;a href=&apos;https://download.qt.io/&apos;&gt;download.qt.io&lt;/a&gt; and &lt;a href=&apos;https://code.qt.io/&apos;&gt;code.qt.io&lt;/a&gt;. Full terms (LGPLv3, and the GPLv3 it extends):&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Qt {qt}&lt;/b&gt; og &lt;b&gt;Qt for Python (PySide6 {pyside})&lt;/b&gt; anvendes under GNU Lesser General Public License version 3 (LGPLv3). qistdesk linker dynamisk til dem: Qt-bibliotekerne er separate filer i installationen og kan erstattes af en kompatibel udgave. Kildekoden til Qt og PySide6 kan hentes fra &lt;a href=&apos;https://download.qt.io/&apos;&gt;download.qt.io&lt;/a&gt; og &lt;a href=&apos;https://code.qt.io/&apos;&gt;code.qt.io&lt;/a&gt;. De fulde vilkår (LGPLv3 og den GPLv3, den udvider):&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;QtAwesome&lt;/b&gt; (MIT licence) draws the toolbar icons from the Material Design Icons font. It carries further icon fonts (Font Awesome, Elusive Icons, Phosphor, Remix Icon, Codicons), each under its own free licence (SIL OFL 1.1, Apache 2.0, MIT or CC BY 4.0) as listed by the &lt;a href=&apos;https://github.com/spyder-ide/qtawesome&apos;&gt;QtAwesome project&lt;/a&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;QtAwesome&lt;/b&gt; (MIT-licens) tegner værktøjslinjens ikoner ud fra skrifttypen Material Design Icons. Den indeholder flere ikonskrifttyper (Font Awesome, Elusive Icons, Phosphor, Remix Icon, Codicons), hver under sin egen frie licens (SIL OFL 1.1, Apache 2.0, MIT eller CC BY 4.0) som opført af &lt;a href=&apos;https://github.com/spyder-ide/qtawesome&apos;&gt;QtAwesome-projektet&lt;/a&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;qistdesk {version}&lt;/b&gt; plans the seminars, conferences and exchanges of a US–Denmark quantum information science programme. MIT licence.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;qistdesk {version}&lt;/b&gt; planlægger seminarer, konferencer og udvekslinger i et amerikansk-dansk program for kvanteinformationsvidenskab. MIT-licens.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;qistdesk runs on Python and these libraries, each under its own open-source licence:&lt;/p&gt;</source>
        <translation>&lt;p&gt;qistdesk kører på Python og disse biblioteker, hver under sin egen open source-licens:&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Their own dependencies (Mako, greenlet, attrs, cryptography, …) are under permissive licences (MIT, BSD, Apache 2.0, PSF). The LGPLv3 text (for psycopg) is under &lt;i&gt;Qt and PySide6&lt;/i&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Deres egne afhængigheder (Mako, greenlet, attrs, cryptography, …) er under frie licenser (MIT, BSD, Apache 2.0, PSF). LGPLv3-teksten (for psycopg) står under &lt;i&gt;Qt og PySide6&lt;/i&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Qt and PySide6</source>
        <translation>Qt og PySide6</translation>
    </message>
    <message>
        <source>QtAwesome icons</source>
        <translation>QtAwesome-ikoner</translation>
    </message>
    <message>
        <source>MIT (fonts: own licences)</source>
        <translation>MIT (skrifttyper: egne licenser)</translation>
    </message>
    <message>
        <source>Python and libraries</source>
        <translation>Python og biblioteker</translation>
    </message>
    <message>
        <source>various open-source licences</source>
        <translation>forskellige open source-licenser</translation>
    </message>
    <message>
        <source>About qistdesk</source>
        <translation>Om qistdesk</translation>
    </message>
    <message>
        <source>Seminars, conferences and exchanges of a US–Denmark quantum science programme.</source>
        <translation>Seminarer, konferencer og udvekslinger i et amerikansk-dansk kvanteprogram.</translation>
    </message>
    <message>
        <source>Components</source>
        <translation>Komponenter</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licens</translation>
    </message>
    <message>
        <source>Still needed: {problems}</source>
        <translation>Mangler stadig: {problems}</translation>
    </message>
    <message>
        <source>the database is open read-only</source>
        <translation>databasen er åbnet skrivebeskyttet</translation>
    </message>
    <message>
        <source>Opened read-only</source>
        <translation>Åbnet skrivebeskyttet</translation>
    </message>
    <message>
        <source>qistdesk opened the database read-only. Nothing in it was changed or moved.</source>
        <translation>qistdesk åbnede databasen skrivebeskyttet. Intet i den blev ændret eller flyttet.</translation>
    </message>
    <message>
        <source>Continue read-only</source>
        <translation>Fortsæt skrivebeskyttet</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Databasen kan ikke åbnes</translation>
    </message>
    <message>
        <source>qistdesk could not open its database.</source>
        <translation>qistdesk kunne ikke åbne sin database.</translation>
    </message>
    <message>
        <source>Nothing was changed. Check that the file or server is reachable and not used by an older or newer qistdesk, or start with --db PATH to use another file.</source>
        <translation>Intet blev ændret. Kontrollér, at filen eller serveren kan nås og ikke bruges af en ældre eller nyere qistdesk, eller start med --db STI for at bruge en anden fil.</translation>
    </message>
    <message>
        <source>Load the demo programme?</source>
        <translation>Indlæs demoprogrammet?</translation>
    </message>
    <message>
        <source>This database is empty.

Load the demo programme — fictional people, organisations, a seminar series, a conference, a workshop and exchanges — to look around? You can start from an empty database with --db NEW-FILE at any time.</source>
        <translation>Databasen er tom.

Vil du indlæse demoprogrammet – opdigtede personer og organisationer, en seminarrække, en konference, en workshop og udvekslinger – for at se dig omkring? Du kan til enhver tid begynde med en tom database med --db NY-FIL.</translation>
    </message>
    <message>
        <source>Empty database: use New (Ctrl+N) to add your first record</source>
        <translation>Tom database: brug Ny (Ctrl+N) til at oprette den første post</translation>
    </message>
    <message>
        <source>Demo not loaded</source>
        <translation>Demoen blev ikke indlæst</translation>
    </message>
    <message>
        <source>The demo programme could not be loaded:
{reason}</source>
        <translation>Demoprogrammet kunne ikke indlæses:
{reason}</translation>
    </message>
    <message>
        <source>Demo programme loaded</source>
        <translation>Demoprogrammet er indlæst</translation>
    </message>
    <message>
        <source>Office details missing</source>
        <translation>Kontoroplysninger mangler</translation>
    </message>
    <message>
        <source>Nothing was written: invites, drafts and packets go out in the office&apos;s name.</source>
        <translation>Intet blev skrevet: invitationer, kladder og mapper sendes i kontorets navn.</translation>
    </message>
    <message>
        <source>Open Preferences…</source>
        <translation>Åbn Indstillinger…</translation>
    </message>
    <message>
        <source>Packet</source>
        <translation>Mappe</translation>
    </message>
    <message>
        <source>{name} – packet</source>
        <translation>{name} – mappe</translation>
    </message>
    <message>
        <source>{event} – badges</source>
        <translation>{event} – navneskilte</translation>
    </message>
    <message>
        <source>Packet saved to {path}</source>
        <translation>Mappen er gemt i {path}</translation>
    </message>
    <message>
        <source>Select an exchange first.</source>
        <translation>Vælg først en udveksling.</translation>
    </message>
    <message>
        <source>This person takes part in no event yet.</source>
        <translation>Personen deltager ikke i noget arrangement endnu.</translation>
    </message>
    <message>
        <source>Event packet</source>
        <translation>Deltagermappe</translation>
    </message>
    <message>
        <source>Packet for which event?</source>
        <translation>Mappe til hvilket arrangement?</translation>
    </message>
    <message>
        <source>Exchange packet (PDF)…</source>
        <translation>Udvekslingsmappe (PDF)…</translation>
    </message>
    <message>
        <source>Participant packets (PDF)…</source>
        <translation>Deltagermapper (PDF)…</translation>
    </message>
    <message>
        <source>Name badges (PDF)…</source>
        <translation>Navneskilte (PDF)…</translation>
    </message>
    <message>
        <source>Packet (PDF)…</source>
        <translation>Mappe (PDF)…</translation>
    </message>
    <message>
        <source>Packet for this participant (PDF)…</source>
        <translation>Mappe til denne deltager (PDF)…</translation>
    </message>
    <message>
        <source>Event packet (PDF)…</source>
        <translation>Deltagermappe (PDF)…</translation>
    </message>
    <message>
        <source>daily</source>
        <extracomment>The Backups list&apos;s words for a copy&apos;s kind and checksum (services.backups.describe&apos;s values).</extracomment>
        <translation>daglig</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>manuel</translation>
    </message>
    <message>
        <source>pre-migration</source>
        <translation>før opgradering</translation>
    </message>
    <message>
        <source>pre-restore</source>
        <translation>før gendannelse</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>kontrolleret</translation>
    </message>
    <message>
        <source>no checksum</source>
        <translation>ingen kontrolsum</translation>
    </message>
    <message>
        <source>DAMAGED (hash differs)</source>
        <translation>BESKADIGET (kontrolsummen afviger)</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>ikke kontrolleret</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Oprettet</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Størrelse</translation>
    </message>
    <message>
        <source>Checksum</source>
        <translation>Kontrolsum</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sikkerhedskopier</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Tag sikkerhedskopi nu</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Gendan…</translation>
    </message>
    <message>
        <source>Copies of {database} in {folder}. Automatic: daily (kept 7 days, 4 weeks, 12 months) and before upgrades.</source>
        <translation>Kopier af {database} i {folder}. Automatisk: dagligt (gemmes 7 dage, 4 uger, 12 måneder) og før opgraderinger.</translation>
    </message>
    <message>
        <source>No backup was made: {reason}</source>
        <translation>Der blev ikke taget en sikkerhedskopi: {reason}</translation>
    </message>
    <message>
        <source>Backup written: {file}</source>
        <translation>Sikkerhedskopi skrevet: {file}</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>Gendan sikkerhedskopi</translation>
    </message>
    <message>
        <source>Replace the current data with the {kind} copy of {created}?

The current data is kept as a pre-restore copy, so this can be undone.</source>
        <translation>Erstat de nuværende data med kopien ({kind}) fra {created}?

De nuværende data gemmes som en kopi før gendannelse, så det kan fortrydes.</translation>
    </message>
    <message>
        <source>Nothing was restored: {reason}</source>
        <translation>Intet blev gendannet: {reason}</translation>
    </message>
    <message>
        <source>Restored {file}. The previous data is kept as {kept}.</source>
        <translation>{file} er gendannet. De tidligere data er gemt som {kept}.</translation>
    </message>
    <message>
        <source>Restored {file}.</source>
        <translation>{file} er gendannet.</translation>
    </message>
    <message>
        <source>Restored backup {file}</source>
        <translation>Sikkerhedskopien {file} er gendannet</translation>
    </message>
    <message>
        <source>Database damaged</source>
        <translation>Databasen er beskadiget</translation>
    </message>
    <message>
        <source>Restore that backup now?</source>
        <translation>Vil du gendanne den sikkerhedskopi nu?</translation>
    </message>
    <message>
        <source>Export people to CSV</source>
        <translation>Eksportér personer til CSV</translation>
    </message>
    <message>
        <source>people.csv</source>
        <translation>personer.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n person(s) to {path} (without sensitive fields)</source>
        <translation>
            <numerusform>Skrev %n person til {path} (uden følsomme felter)</numerusform>
            <numerusform>Skrev %n personer til {path} (uden følsomme felter)</numerusform>
        </translation>
    </message>
    <message>
        <source>Erase person</source>
        <translation>Slet person</translation>
    </message>
    <message numerus="yes">
        <source>Erase %n person(s)? Names, contact and sensitive data are removed for good; event numbers stay right.</source>
        <translation>
            <numerusform>Slet %n person? Navn, kontaktoplysninger og følsomme oplysninger fjernes endeligt; tallene for arrangementerne forbliver korrekte.</numerusform>
            <numerusform>Slet %n personer? Navne, kontaktoplysninger og følsomme oplysninger fjernes endeligt; tallene for arrangementerne forbliver korrekte.</numerusform>
        </translation>
    </message>
    <message>
        <source>Erased; no backup copy holds them</source>
        <translation>Slettet; ingen sikkerhedskopi indeholder oplysningerne</translation>
    </message>
    <message>
        <source>Erase from backups too?</source>
        <translation>Også slette fra sikkerhedskopierne?</translation>
    </message>
    <message numerus="yes">
        <source>%n backup copy(ies) made earlier still hold the erased data:

{copies}

Rewrite them without it (their checksums are renewed)?</source>
        <translation>
            <numerusform>%n tidligere sikkerhedskopi indeholder stadig de slettede oplysninger:

{copies}

Skal den skrives om uden dem (kontrolsummen fornyes)?</numerusform>
            <numerusform>%n tidligere sikkerhedskopier indeholder stadig de slettede oplysninger:

{copies}

Skal de skrives om uden dem (kontrolsummerne fornyes)?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Erased; %n backup copy(ies) still hold them (see File › Backups)</source>
        <translation>
            <numerusform>Slettet; %n sikkerhedskopi indeholder dem stadig (se Filer › Sikkerhedskopier)</numerusform>
            <numerusform>Slettet; %n sikkerhedskopier indeholder dem stadig (se Filer › Sikkerhedskopier)</numerusform>
        </translation>
    </message>
    <message>
        <source>Erase from backups</source>
        <translation>Slet fra sikkerhedskopier</translation>
    </message>
    <message>
        <source>These copies could not be rewritten and still hold the data:</source>
        <translation>Disse kopier kunne ikke skrives om og indeholder stadig oplysningerne:</translation>
    </message>
    <message numerus="yes">
        <source>Erased from %n backup copy(ies) too</source>
        <translation>
            <numerusform>Også slettet fra %n sikkerhedskopi</numerusform>
            <numerusform>Også slettet fra %n sikkerhedskopier</numerusform>
        </translation>
    </message>
    <message>
        <source>Backups…</source>
        <translation>Sikkerhedskopier…</translation>
    </message>
    <message>
        <source>Import people from CSV…</source>
        <translation>Importér personer fra CSV…</translation>
    </message>
    <message>
        <source>Export people to CSV…</source>
        <translation>Eksportér personer til CSV…</translation>
    </message>
    <message>
        <source>Import participants from CSV…</source>
        <translation>Importér deltagere fra CSV…</translation>
    </message>
    <message>
        <source>Erase person (keep statistics)…</source>
        <translation>Slet person (behold statistik)…</translation>
    </message>
    <message>
        <source>Edit series date</source>
        <translation>Rediger dato i serien</translation>
    </message>
    <message>
        <source>Planned for {day} (as the series has it).</source>
        <translation>Planlagt til {day} (ifølge serien).</translation>
    </message>
    <message>
        <source>S&amp;peaker:</source>
        <translation>&amp;Oplægsholder:</translation>
    </message>
    <message>
        <source>&amp;Topic:</source>
        <translation>&amp;Emne:</translation>
    </message>
    <message>
        <source>Office server password</source>
        <translation>Adgangskode til kontorets server</translation>
    </message>
    <message>
        <source>Password of &lt;b&gt;{user}&lt;/b&gt; on the office server &lt;b&gt;{server}&lt;/b&gt;:</source>
        <translation>Adgangskode for &lt;b&gt;{user}&lt;/b&gt; på kontorets server &lt;b&gt;{server}&lt;/b&gt;:</translation>
    </message>
    <message>
        <source>your account</source>
        <translation>din konto</translation>
    </message>
    <message>
        <source>The server refused that password. Please try again.</source>
        <translation>Serveren afviste adgangskoden. Prøv igen.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Adgangskode</translation>
    </message>
    <message>
        <source>Remember in the system keyring</source>
        <translation>Husk i systemets nøglering</translation>
    </message>
    <message>
        <source>This computer has no system keyring; you will be asked at each start.</source>
        <translation>Denne computer har ingen nøglering; du bliver spurgt ved hver start.</translation>
    </message>
    <message>
        <source>Database location</source>
        <translation>Databasens placering</translation>
    </message>
    <message>
        <source>This computer (a file in your user folder)</source>
        <translation>Denne computer (en fil i din brugermappe)</translation>
    </message>
    <message>
        <source>Office server (PostgreSQL, shared with colleagues)</source>
        <translation>Kontorets server (PostgreSQL, delt med kolleger)</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <source>No password here: qistdesk asks for it at start and can keep it in the system keyring. The change takes effect when qistdesk starts again. To move your data to the server, run: qistdesk migrate-to URL</source>
        <translation>Ingen adgangskode her: qistdesk spørger om den ved start og kan gemme den i systemets nøglering. Ændringen træder i kraft, når qistdesk startes igen. Flyt dine data til serveren med: qistdesk migrate-to URL</translation>
    </message>
    <message>
        <source>Give an address like postgresql+psycopg://USER@HOST/DATABASE</source>
        <translation>Angiv en adresse som postgresql+psycopg://BRUGER@VÆRT/DATABASE</translation>
    </message>
    <message>
        <source>Database location…</source>
        <translation>Databasens placering…</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastaturgenveje</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Taster</translation>
    </message>
    <message>
        <source>Pick a date</source>
        <translation>Vælg en dato</translation>
    </message>
    <message>
        <source>e.g. 11.3 or 2027-03-11</source>
        <translation>f.eks. 11.3 eller 11.3.2027</translation>
    </message>
    <message>
        <source>Type a date (11, 11.3, 2027-03-11, 11 Mar, +7), use ↑/↓, or Alt+↓ for a calendar</source>
        <translation>Skriv en dato (11, 11.3, 11.3.2027, 11 mar, +7), brug ↑/↓ eller Alt+↓ for en kalender</translation>
    </message>
    <message>
        <source>Open calendar</source>
        <translation>Åbn kalender</translation>
    </message>
    <message>
        <source>Calendar (Alt+↓)</source>
        <translation>Kalender (Alt+↓)</translation>
    </message>
    <message>
        <source>A date is required (e.g. 11.3 or 2027-03-11)</source>
        <translation>Der skal være en dato (f.eks. 11.3 eller 11.3.2027)</translation>
    </message>
    <message>
        <source>“{text}” is not a date I can read (try 11.3, 2027-03-11 or 11 Mar)</source>
        <translation>“{text}” kan ikke læses som en dato (prøv 11.3, 11.3.2027 eller 11 mar)</translation>
    </message>
    <message>
        <source>{field}: open calendar</source>
        <translation>{field}: åbn kalender</translation>
    </message>
    <message>
        <source>Type a time (16, 16:30, 1630) or use ↑/↓ (hours / five minutes)</source>
        <translation>Skriv et klokkeslæt (16, 16.30, 1630), eller brug ↑/↓ (timer / fem minutter)</translation>
    </message>
    <message>
        <source>A time is required (e.g. 16:30)</source>
        <translation>Der skal være et klokkeslæt (f.eks. 16.30)</translation>
    </message>
    <message>
        <source>“{text}” is not a time I can read (try 16, 16:30 or 1630)</source>
        <translation>“{text}” kan ikke læses som et klokkeslæt (prøv 16, 16.30 eller 1630)</translation>
    </message>
    <message>
        <source>{field} date</source>
        <translation>{field}, dato</translation>
    </message>
    <message>
        <source>{field} time</source>
        <translation>{field}, klokkeslæt</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Ikke angivet</translation>
    </message>
    <message>
        <source>Error: {message}</source>
        <translation>Fejl: {message}</translation>
    </message>
    <message>
        <source>no person called “{text}”</source>
        <extracomment>What the field says when its text names no record, by the picker&apos;s noun.</extracomment>
        <translation>ingen person ved navn “{text}”</translation>
    </message>
    <message>
        <source>no organisation called “{text}”</source>
        <translation>ingen organisation ved navn “{text}”</translation>
    </message>
    <message>
        <source>no venue called “{text}”</source>
        <translation>intet sted ved navn “{text}”</translation>
    </message>
    <message>
        <source>nothing called “{text}”</source>
        <translation>intet ved navn “{text}”</translation>
    </message>
    <message>
        <source>Type to search…</source>
        <translation>Skriv for at søge…</translation>
    </message>
    <message>
        <source>{action} (Ctrl+Shift+N)</source>
        <translation>{action} (Ctrl+Skift+N)</translation>
    </message>
    <message>
        <source>pick one from the list or make it with + (Ctrl+Shift+N)</source>
        <translation>vælg på listen, eller opret med + (Ctrl+Skift+N)</translation>
    </message>
    <message>
        <source>pick one from the list</source>
        <translation>vælg på listen</translation>
    </message>
    <message>
        <source>This record was changed elsewhere since you opened it.</source>
        <translation>Posten er blevet ændret andetsteds, siden du åbnede den.</translation>
    </message>
    <message>
        <source>Your changes were not saved, so nothing was overwritten. Reload to see the current version (your edits in this form are replaced), or keep editing.</source>
        <translation>Dine ændringer blev ikke gemt, så intet blev overskrevet. Genindlæs for at se den aktuelle version (dine ændringer i formularen erstattes), eller fortsæt redigeringen.</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>Kassér ændringerne?</translation>
    </message>
    <message>
        <source>Discard what you typed?</source>
        <translation>Vil du kassere det, du har skrevet?</translation>
    </message>
    <message>
        <source>Nothing in this form has been saved yet.</source>
        <translation>Intet i denne formular er gemt endnu.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Kassér</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Fortsæt redigering</translation>
    </message>
    <message>
        <source>Fix first: {fields}</source>
        <translation>Ret først: {fields}</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Åbn</translation>
    </message>
    <message>
        <source>&amp;Move to another day…</source>
        <translation>&amp;Flyt til en anden dag…</translation>
    </message>
    <message>
        <source>Move to another day</source>
        <translation>Flyt til en anden dag</translation>
    </message>
    <message>
        <source>New day</source>
        <translation>Ny dag</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Flyt</translation>
    </message>
    <message>
        <source>Move “{title}” to another day; a timed item keeps its time of day.</source>
        <translation>Flyt “{title}” til en anden dag; en aftale med klokkeslæt beholder sit klokkeslæt.</translation>
    </message>
    <message>
        <source>New day:</source>
        <translation>Ny dag:</translation>
    </message>
</context>
<context>
    <name>i18n</name>
    <message>
        <source>Warning: {notice}</source>
        <extracomment>What the first screen needs after its paint (SQLAlchemy ~0.3 s, the models, the queries): imported on a worker thread while the window is shown, so the data follows the paint sooner. Only modules that create no Qt objects when imported.</extracomment>
        <translation>Advarsel: {notice}</translation>
    </message>
    <message>
        <source>{database} (read-only)</source>
        <translation>{database} (skrivebeskyttet)</translation>
    </message>
</context>
</TS>
