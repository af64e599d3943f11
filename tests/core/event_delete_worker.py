"""Run as a script by test_event_removal: delete an event and undo the delete, over and over.

    python event_delete_worker.py DB EVENT_ID    print "ready", then loop until killed
"""

import sys

from qistdesk.services import events
from qistdesk.store import open_database

if __name__ == "__main__":
    db = open_database(sys.argv[1])
    print("ready", flush=True)
    while True:
        events.restore_event(db, events.delete_event(db, sys.argv[2]))
