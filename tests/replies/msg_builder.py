"""Build Outlook ``.msg`` meeting responses for tests, the way Outlook saves them.

No Outlook here, so the file is made to the published layout ([MS-OXMSG]:
a compound file with a property stream, one ``__substg1.0_*`` stream per
variable-length property and the named-property map; [MS-OXOCAL]: the
meeting's Global Object ID with the iCalendar UID after ``vCal-Uid``). The
compound file itself is written by extract-msg's ``OleWriter``, a well-kept
library; this module only lays out the MAPI properties.
"""

from __future__ import annotations

import io
import struct
import uuid
from datetime import date, datetime, timezone

from extract_msg.ole_writer import OleWriter

PSETID_MEETING = uuid.UUID("6ED8DA90-450B-101B-98DA-00AA003F1305")
PSETID_APPOINTMENT = uuid.UUID("00062002-0000-0000-C000-000000000046")
PT_LONG, PT_BOOLEAN, PT_SYSTIME, PT_UNICODE, PT_BINARY = 0x0003, 0x000B, 0x0040, 0x001F, 0x0102
GOID_PREFIX = bytes.fromhex("040000008200E00074C5B7101A82E008")
EPOCH = datetime(1601, 1, 1, tzinfo=timezone.utc)


def filetime(when: datetime) -> int:
    return int((when - EPOCH).total_seconds() * 10_000_000)


def global_object_id(uid: str, instance: date | None = None) -> bytes:
    data = b"vCal-Uid\x01\x00\x00\x00" + uid.encode("utf-8") + b"\x00"
    day = struct.pack(">HBB", instance.year, instance.month, instance.day) if instance else b"\x00" * 4
    return GOID_PREFIX + day + b"\x00" * 8 + b"\x00" * 8 + struct.pack("<I", len(data)) + data


class _Props:
    def __init__(self):
        self.fixed: list[bytes] = []
        self.streams: dict[str, bytes] = {}

    def add(self, prop_id: int, ptype: int, value) -> None:
        tag = (prop_id << 16) | ptype
        if ptype in (PT_UNICODE, PT_BINARY):
            data = value.encode("utf-16-le") if ptype == PT_UNICODE else value
            self.streams[f"__substg1.0_{tag:08X}"] = data
            size = len(data) + (2 if ptype == PT_UNICODE else 0)
            self.fixed.append(struct.pack("<III4x", tag, 0x6, size))
        elif ptype == PT_SYSTIME:
            self.fixed.append(struct.pack("<IIQ", tag, 0x6, filetime(value)))
        else:
            self.fixed.append(struct.pack("<IIi4x", tag, 0x6, int(value)))


def meeting_response(*, uid: str, response: str, sender_name: str, sender_email: str, subject: str,
                     sequence: int, sent: datetime, body: str = "", instance: date | None = None,
                     proposed: tuple[datetime, datetime] | None = None) -> bytes:
    """A saved meeting response: ``response`` is ``Pos``, ``Neg`` or ``Tent``."""
    named = [(PSETID_MEETING, 0x0003, PT_BINARY, global_object_id(uid, instance)),
             (PSETID_MEETING, 0x0023, PT_BINARY, global_object_id(uid)),
             (PSETID_MEETING, 0x0001, PT_SYSTIME, sent),  # PidLidAttendeeCriticalChange
             (PSETID_APPOINTMENT, 0x8201, PT_LONG, sequence)]  # PidLidAppointmentSequence
    if proposed:
        named += [(PSETID_APPOINTMENT, 0x8257, PT_BOOLEAN, 1),  # PidLidAppointmentCounterProposal
                  (PSETID_APPOINTMENT, 0x8250, PT_SYSTIME, proposed[0]),
                  (PSETID_APPOINTMENT, 0x8251, PT_SYSTIME, proposed[1])]
    props = _Props()
    props.add(0x001A, PT_UNICODE, f"IPM.Schedule.Meeting.Resp.{response}")
    props.add(0x0037, PT_UNICODE, subject)
    props.add(0x1000, PT_UNICODE, body)
    props.add(0x0C1A, PT_UNICODE, sender_name)
    props.add(0x0C1F, PT_UNICODE, sender_email)
    props.add(0x0C1E, PT_UNICODE, "SMTP")
    props.add(0x5D01, PT_UNICODE, sender_email)
    props.add(0x0039, PT_SYSTIME, sent)  # PR_CLIENT_SUBMIT_TIME
    props.add(0x0E06, PT_SYSTIME, sent)  # PR_MESSAGE_DELIVERY_TIME
    props.add(0x3FDE, PT_LONG, 65001)  # internet code page: UTF-8
    guids: list[uuid.UUID] = []
    entries = []
    for i, (guid, lid, ptype, value) in enumerate(named):
        if guid not in guids:
            guids.append(guid)
        entries.append(struct.pack("<IHH", lid, ((guids.index(guid) + 3) << 1) | 0, i))
        props.add(0x8000 + i, ptype, value)

    ole = OleWriter()
    ole.addEntry("__properties_version1.0", b"\x00" * 8 + struct.pack("<IIII", 0, 0, 0, 0) + b"\x00" * 8
                 + b"".join(props.fixed))
    for name, data in props.streams.items():
        ole.addEntry(name, data)
    ole.addEntry("__nameid_version1.0", storage=True)
    ole.addEntry("__nameid_version1.0/__substg1.0_00020102", b"".join(g.bytes_le for g in guids))
    ole.addEntry("__nameid_version1.0/__substg1.0_00030102", b"".join(entries))
    ole.addEntry("__nameid_version1.0/__substg1.0_00040102", b"")
    out = io.BytesIO()
    ole.write(out)
    return out.getvalue()
