<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK" sourcelanguage="en_GB">
<context>
    <name></name>
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
        <source>Loading…</source>
        <translation>Indlæser…</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Ny…</translation>
    </message>
    <message>
        <source>&amp;Redo {what}</source>
        <translation>&amp;Gentag {what}</translation>
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
        <source>New organisation…</source>
        <translation>Ny organisation…</translation>
    </message>
    <message>
        <source>New venue…</source>
        <translation>Nyt sted…</translation>
    </message>
    <message>
        <source>New exchange…</source>
        <translation>Ny udveksling…</translation>
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
        <source>&amp;Delete…</source>
        <translation>&amp;Slet…</translation>
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
        <source>Starts ({zone})</source>
        <translation>Starter ({zone})</translation>
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
        <source>Moved</source>
        <translation>Flyttet</translation>
    </message>
    <message>
        <source> (moved)</source>
        <translation> (flyttet)</translation>
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
        <source>Other e-mails</source>
        <translation>Andre e-mailadresser</translation>
    </message>
    <message>
        <source>Private or old addresses, separated by commas: a reply sent from one still reaches this person</source>
        <translation>Private eller gamle adresser, adskilt med komma: et svar sendt fra en af dem når stadig frem til denne person</translation>
    </message>
    <message>
        <source>Also: {addresses}</source>
        <translation>Også: {addresses}</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Lokale</translation>
    </message>
    <message>
        <source>any room (as the timetables name it, e.g. Room B)</source>
        <translation>alle lokaler (som programmet kalder dem, fx Lokale B)</translation>
    </message>
    <message>
        <source>Only this room of the venue must be free: a conference takes a room only in its sessions there</source>
        <translation>Kun dette lokale på stedet skal være ledigt: en konference optager kun et lokale under sine sessioner der</translation>
    </message>
</context>
</TS>
