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
</context>
</TS>
