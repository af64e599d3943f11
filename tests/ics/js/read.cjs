// Independent reader for tests: Mozilla's ical.js (Thunderbird's parser).
// Usage: node read.cjs FILE... ; prints one JSON object per file (a list).
// Instants are milliseconds since the epoch as ical.js computes them from the
// file's own VTIMEZONEs, so a wrong VTIMEZONE shows up as a wrong instant.
const fs = require("fs");
const ICAL = require("ical.js");

function ms(t) { return t ? t.toJSDate().getTime() : null; }
function timeInfo(t) {
  if (!t) return null;
  return { ms: ms(t), isDate: t.isDate, tzid: t.zone ? t.zone.tzid : null, text: t.toString() };
}

const out = [];
for (const file of process.argv.slice(2)) {
  const text = fs.readFileSync(file, "utf8");
  try {
    const cal = new ICAL.Component(ICAL.parse(text));
    const registered = [];
    for (const vtz of cal.getAllSubcomponents("vtimezone")) {
      const tz = new ICAL.Timezone(vtz);
      ICAL.TimezoneService.register(tz, tz.tzid);
      registered.push(tz.tzid);
    }
    const vevents = cal.getAllSubcomponents("vevent");
    const masters = new Map();
    const events = [];
    // {exceptions: []} stops ical.js from relating every RECURRENCE-ID of the calendar to
    // every master (it does so without comparing UIDs); we relate them by UID below.
    for (const ve of vevents) {
      const ev = new ICAL.Event(ve, { exceptions: [] });
      const prop = (n) => ve.getFirstPropertyValue(n);
      const info = {
        uid: ev.uid, summary: prop("summary"), description: prop("description"), location: prop("location"),
        comment: prop("comment"),
        url: prop("url"), sequence: prop("sequence"), status: prop("status"), method: null,
        dtstamp: timeInfo(prop("dtstamp")),
        start: timeInfo(ev.startDate), end: timeInfo(ev.endDate),
        recurrenceId: timeInfo(ev.recurrenceId),
        rrule: ve.getFirstProperty("rrule") ? ve.getFirstPropertyValue("rrule").toString() : null,
        exdates: ve.getAllProperties("exdate").flatMap((p) => p.getValues().map(ms)),
        organizer: prop("organizer"),
        attendees: ve.getAllProperties("attendee").map((p) => ({ value: p.getFirstValue(), params: p.toJSON()[1] })),
        alarms: ve.getAllSubcomponents("valarm").map((a) => ({ action: a.getFirstPropertyValue("action"),
          trigger: String(a.getFirstPropertyValue("trigger")) })),
        params: Object.fromEntries(ve.getAllProperties().map((p) => [p.name, p.toJSON()[1]])),
        occurrences: null,
      };
      events.push(info);
      if (!ev.isRecurrenceException()) masters.set(ev.uid, ev); 
    }
    for (const ve of vevents) {
      const ev = new ICAL.Event(ve, { exceptions: [] });
      if (ev.isRecurrenceException() && masters.has(ev.uid)) masters.get(ev.uid).relateException(ev);
    }
    for (const info of events) {
      const ev = masters.get(info.uid);
      if (!info.recurrenceId && ev && ev.isRecurring()) {
        const it = ev.iterator();
        const occ = [];
        let next;
        while ((next = it.next()) && occ.length < 600) {
          const d = ev.getOccurrenceDetails(next);
          occ.push([ms(d.startDate), ms(d.endDate), ms(d.recurrenceId)]);
        }
        info.occurrences = occ;
      }
    }
    out.push({ file, ok: true, method: cal.getFirstPropertyValue("method"), calname: cal.getFirstPropertyValue("x-wr-calname"),
               timezones: registered, events });
    for (const id of registered) ICAL.TimezoneService.remove(id);
  } catch (e) {
    out.push({ file, ok: false, error: String(e && e.message || e) });
  }
}
process.stdout.write(JSON.stringify(out));
