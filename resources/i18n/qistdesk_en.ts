<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
<context>
    <name></name>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n organisation(s)</source>
        <translation>
            <numerusform>%n organisation</numerusform>
            <numerusform>%n organisations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seminar(s)</source>
        <extracomment>Count tiles: (counts key, label, view key).</extracomment>
        <translation>
            <numerusform>%n seminar</numerusform>
            <numerusform>%n seminars</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conference(s) &amp; workshop(s)</source>
        <translation>
            <numerusform>%n conference or workshop</numerusform>
            <numerusform>%n conferences &amp; workshops</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exchange(s)</source>
        <translation>
            <numerusform>%n exchange</numerusform>
            <numerusform>%n exchanges</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n venue(s)</source>
        <translation>
            <numerusform>%n venue</numerusform>
            <numerusform>%n venues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move the %n session(s) of “{title}” with it? (No: the event moves and its sessions stay where they are; the timetable check will list any that fall outside it.)</source>
        <translation>
            <numerusform>Move the %n session of “{title}” with it? (No: the event moves and its sessions stay where they are; the timetable check will list any that fall outside it.)</numerusform>
            <numerusform>Move the %n sessions of “{title}” with it? (No: the event moves and its sessions stay where they are; the timetable check will list any that fall outside it.)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move “{title}” by {days} day(s) with its sessions</source>
        <translation>
            <numerusform>Move “{title}” by {days} day with its sessions</numerusform>
            <numerusform>Move “{title}” by {days} days with its sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move “{title}” by {days} day(s)</source>
        <translation>
            <numerusform>Move “{title}” by {days} day</numerusform>
            <numerusform>Move “{title}” by {days} days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) shown</source>
        <translation>
            <numerusform>%n item shown</numerusform>
            <numerusform>%n items shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n session(s)</source>
        <translation>
            <numerusform>Remove %n session</numerusform>
            <numerusform>Remove %n sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n participant(s)</source>
        <translation>
            <numerusform>Add %n participant</numerusform>
            <numerusform>Add %n participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set the role of %n participant(s) to {value}</source>
        <translation>
            <numerusform>Set the role of %n participant to {value}</numerusform>
            <numerusform>Set the role of %n participants to {value}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set the invitation of %n participant(s) to {value}</source>
        <translation>
            <numerusform>Set the invitation of %n participant to {value}</numerusform>
            <numerusform>Set the invitation of %n participants to {value}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n participant(s)</source>
        <translation>
            <numerusform>Remove %n participant</numerusform>
            <numerusform>Remove %n participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Next %n day(s)</source>
        <translation>
            <numerusform>Next %n day</numerusform>
            <numerusform>Next %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing in the next %n day(s). The next one: {event}</source>
        <translation>
            <numerusform>Nothing in the next %n day. The next one: {event}</numerusform>
            <numerusform>Nothing in the next %n days. The next one: {event}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… and %n more.</numerusform>
            <numerusform>… and %n more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing due in the next %n day(s). Next:</source>
        <translation>
            <numerusform>Nothing due in the next %n day. Next:</numerusform>
            <numerusform>Nothing due in the next %n days. Next:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n day overdue</numerusform>
            <numerusform>%n days overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>overdue %n day(s)</source>
        <translation>
            <numerusform>overdue %n day</numerusform>
            <numerusform>overdue %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>due in %n day(s)</source>
        <translation>
            <numerusform>due in %n day</numerusform>
            <numerusform>due in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more: the Calendar shows them all.</source>
        <translation>
            <numerusform>… and %n more: the Calendar shows them all.</numerusform>
            <numerusform>… and %n more: the Calendar shows them all.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Its %n milestone(s) are deleted with it (Undo restores them).</source>
        <translation>
            <numerusform>Its %n milestone is deleted with it (Undo restores it).</numerusform>
            <numerusform>Its %n milestones are deleted with it (Undo restores them).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n milestone(s)</source>
        <translation>
            <numerusform>%n milestone</numerusform>
            <numerusform>%n milestones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people of {name} will have no organisation (Undo gives it back).</source>
        <translation>
            <numerusform>%n person of {name} will have no organisation (Undo gives it back).</numerusform>
            <numerusform>%n people of {name} will have no organisation (Undo gives it back).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participant list(s)</source>
        <translation>
            <numerusform>%n participant list</numerusform>
            <numerusform>%n participant lists</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n talk(s) in timetables</source>
        <translation>
            <numerusform>%n talk in timetables</numerusform>
            <numerusform>%n talks in timetables</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n chaired session(s)</source>
        <translation>
            <numerusform>%n chaired session</numerusform>
            <numerusform>%n chaired sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seminar date(s) as speaker</source>
        <translation>
            <numerusform>%n seminar date as speaker</numerusform>
            <numerusform>%n seminar dates as speaker</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exchange(s) as host contact</source>
        <translation>
            <numerusform>%n exchange as host contact</numerusform>
            <numerusform>%n exchanges as host contact</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n CSV file(s) written to {folder}</source>
        <translation>
            <numerusform>%n CSV file written to {folder}</numerusform>
            <numerusform>%n CSV files written to {folder}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) at {name} will have no venue (Undo puts it back).</source>
        <translation>
            <numerusform>%n event at {name} will have no venue (Undo puts it back).</numerusform>
            <numerusform>%n events at {name} will have no venue (Undo puts it back).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n row(s)</source>
        <translation>
            <numerusform>{shown} of %n row</numerusform>
            <numerusform>{shown} of %n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n new</numerusform>
            <numerusform>%n new</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n updated</numerusform>
            <numerusform>%n updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the directory</source>
        <translation>
            <numerusform>%n already in the directory</numerusform>
            <numerusform>%n already in the directory</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate row(s) merged</source>
        <translation>
            <numerusform>%n duplicate row merged</numerusform>
            <numerusform>%n duplicate rows merged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new organisation(s)</source>
        <translation>
            <numerusform>%n new organisation</numerusform>
            <numerusform>%n new organisations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n with sector “to review”: {names})</source>
        <translation>
            <numerusform>(%n with sector “to review”: {names})</numerusform>
            <numerusform>(%n with sector “to review”: {names})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n added to “{event}”</source>
        <translation>
            <numerusform>%n added to “{event}”</numerusform>
            <numerusform>%n added to “{event}”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{title}: %n row(s) written to {file}</source>
        <translation>
            <numerusform>{title}: %n row written to {file}</numerusform>
            <numerusform>{title}: %n rows written to {file}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected.</source>
        <translation>
            <numerusform>%n selected.</numerusform>
            <numerusform>%n selected.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only %n place(s) left of {capacity}: {waiting} will join the waiting list.</source>
        <translation>
            <numerusform>Only %n place left of {capacity}: {waiting} will join the waiting list.</numerusform>
            <numerusform>Only %n places left of {capacity}: {waiting} will join the waiting list.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n to the audience of {title}</source>
        <translation>
            <numerusform>Add %n to the audience of {title}</numerusform>
            <numerusform>Add %n to the audience of {title}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n from the audience</source>
        <translation>
            <numerusform>Remove %n from the audience</numerusform>
            <numerusform>Remove %n from the audience</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <extracomment>Lines shown; a long series (hundreds of dates) would otherwise push the buttons off the window.</extracomment>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n date(s), the last on {last}</source>
        <translation>
            <numerusform>%n date, the last on {last}</numerusform>
            <numerusform>%n dates, the last on {last}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n date(s), {repeat}, the last on {last}.</source>
        <translation>
            <numerusform>%n date, {repeat}, the last on {last}.</numerusform>
            <numerusform>%n dates, {repeat}, the last on {last}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n proposal(s), best first (at most one per day).</source>
        <translation>
            <numerusform>%n proposal, best first (at most one per day).</numerusform>
            <numerusform>%n proposals, best first (at most one per day).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n extra date(s)</source>
        <translation>
            <numerusform>%n extra date</numerusform>
            <numerusform>%n extra dates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left out</source>
        <translation>
            <numerusform>%n left out</numerusform>
            <numerusform>%n left out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n changed</numerusform>
            <numerusform>%n changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n {method} file(s), SEQUENCE {sequence}.</source>
        <translation>
            <numerusform>Wrote %n {method} file, SEQUENCE {sequence}.</numerusform>
            <numerusform>Wrote %n {method} files, SEQUENCE {sequence}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n all-day item(s) written to {path}</source>
        <translation>
            <numerusform>%n all-day item written to {path}</numerusform>
            <numerusform>%n all-day items written to {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more page(s) (all of them are saved).</source>
        <translation>
            <numerusform>… and %n more page (all of them are saved).</numerusform>
            <numerusform>… and %n more pages (all of them are saved).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) (declined invitations left out).</source>
        <translation>
            <numerusform>%n participant (declined invitations left out).</numerusform>
            <numerusform>%n participants (declined invitations left out).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %n packet(s) were written.</source>
        <translation>
            <numerusform>Cancelled: %n packet was written.</numerusform>
            <numerusform>Cancelled: %n packets were written.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %n packet(s) were written to {folder}.</source>
        <translation>
            <numerusform>Cancelled: %n packet was written to {folder}.</numerusform>
            <numerusform>Cancelled: %n packets were written to {folder}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n packet(s), {pages} pages written to {target} in {seconds} s.</source>
        <translation>
            <numerusform>%n packet, {pages} pages written to {target} in {seconds} s.</numerusform>
            <numerusform>%n packets, {pages} pages written to {target} in {seconds} s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Answer “{answer}” for %n participant(s)</source>
        <translation>
            <numerusform>Answer “{answer}” for %n participant</numerusform>
            <numerusform>Answer “{answer}” for %n participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Folder for %n reminder draft(s) (.eml)</source>
        <translation>
            <numerusform>Folder for %n reminder draft (.eml)</numerusform>
            <numerusform>Folder for %n reminder drafts (.eml)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reminder draft(s) written to {folder}</source>
        <translation>
            <numerusform>%n reminder draft written to {folder}</numerusform>
            <numerusform>%n reminder drafts written to {folder}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s): {summary}.</source>
        <translation>
            <numerusform>%n file: {summary}.</numerusform>
            <numerusform>%n files: {summary}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n person(s) to {path} (without sensitive fields)</source>
        <translation>
            <numerusform>Wrote %n person to {path} (without sensitive fields)</numerusform>
            <numerusform>Wrote %n people to {path} (without sensitive fields)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Erase %n person(s)? Names, contact and sensitive data are removed for good; event numbers stay right.</source>
        <translation>
            <numerusform>Erase %n person? Names, contact and sensitive data are removed for good; event numbers stay right.</numerusform>
            <numerusform>Erase %n people? Names, contact and sensitive data are removed for good; event numbers stay right.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n backup copy(ies) made earlier still hold the erased data:

{copies}

Rewrite them without it (their checksums are renewed)?</source>
        <translation>
            <numerusform>%n backup copy made earlier still holds the erased data:

{copies}

Rewrite them without it (their checksums are renewed)?</numerusform>
            <numerusform>%n backup copies made earlier still hold the erased data:

{copies}

Rewrite them without it (their checksums are renewed)?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Erased; %n backup copy(ies) still hold them (see File › Backups)</source>
        <translation>
            <numerusform>Erased; %n backup copy still holds them (see File › Backups)</numerusform>
            <numerusform>Erased; %n backup copies still hold them (see File › Backups)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Erased from %n backup copy(ies) too</source>
        <translation>
            <numerusform>Erased from %n backup copy too</numerusform>
            <numerusform>Erased from %n backup copies too</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n badge(s) new or changed since the last batch; saving or printing records them as printed.</source>
        <translation>
            <numerusform>%n badge new or changed since the last batch; saving or printing records it as printed.</numerusform>
            <numerusform>%n badges new or changed since the last batch; saving or printing records them as printed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Access request marked met for %n participant(s)</source>
        <translation>
            <numerusform>Access request marked met for %n participant</numerusform>
            <numerusform>Access request marked met for %n participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Access request marked not met for %n participant(s)</source>
        <translation>
            <numerusform>Access request marked not met for %n participant</numerusform>
            <numerusform>Access request marked not met for %n participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The stay begins on {day}, %n day(s) from today.</source>
        <extracomment>The pipeline&apos;s order; &quot;withdrawn&quot; is an exit, reachable from anywhere. Steps that should be done before a stay begins. A stay said to be under way (In progress, Arrival done) more days than this before it begins is worth a word.</extracomment>
        <translation>
            <numerusform>The stay begins on {day}, %n day from today.</numerusform>
            <numerusform>The stay begins on {day}, %n days from today.</numerusform>
        </translation>
    </message>
</context>
</TS>
