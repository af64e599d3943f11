"""iCalendar (RFC 5545/5546) out and in: calendar files, invites, drafts, import.

Modules, one concern each: ``text`` (escaping, folding), ``vtimezone`` (zones
as RRULE parts), ``build`` (VEVENTs, the VCALENDAR), ``export`` (PUBLISH
files), ``invites`` (REQUEST/CANCEL with the ledger), ``eml`` (mail drafts),
``reader`` (a strict parser that names lines), ``importer`` (preview, save).
Nothing here imports Qt, and nothing is imported at application start-up.
"""
