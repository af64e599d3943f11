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
        <source>People</source>
        <translation>Personer</translation>
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
        <source>New venue…</source>
        <translation>Nyt sted…</translation>
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
        <source>Direction</source>
        <translation>Retning</translation>
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
        <translation>Fi&amp;ltrer…</translation>
    </message>
    <message>
        <source>Filter the list as you type</source>
        <translation>Filtrer listen, mens du skriver</translation>
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
        <source>Import 1 event from {file}</source>
        <translation>Importér 1 arrangement fra {file}</translation>
    </message>
    <message>
        <source>Import {n} events from {file}</source>
        <translation>Importér {n} arrangementer fra {file}</translation>
    </message>
    <message>
        <source>When ({zone})</source>
        <translation>Hvornår ({zone})</translation>
    </message>
    <message>
        <source>event</source>
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
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sektor</translation>
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
        <source>Add participants…</source>
        <translation>Tilføj deltagere…</translation>
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
        <source>Answers per date</source>
        <translation>Svar pr. dato</translation>
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
        <source>What</source>
        <translation>Hvad</translation>
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
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
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
    <message>
        <source>This skips {stages}.</source>
        <extracomment>The pipeline&apos;s order; &quot;withdrawn&quot; is an exit, reachable from anywhere. Steps that should be done before a stay begins.</extracomment>
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
        <source>Summary</source>
        <translation>Sammenfatning</translation>
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
</context>
</TS>
