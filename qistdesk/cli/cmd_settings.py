"""``qistdesk settings``: show and change the office details, zones, hours and defaults.

The same rules as File ▸ Preferences… in the app (:mod:`qistdesk.services.preferences`);
a value that breaks one is refused with the reason and nothing is saved.
"""

from __future__ import annotations

from qistdesk.cli.common import CommandError, no_db, print_json


def register(registry) -> None:
    p = registry.command("settings", "show or change settings (office, zones, working hours, invites, packets)",
                         settings_command)
    p.add_argument("key", nargs="?", metavar="KEY", help="e.g. office.name; without it, every setting is listed")
    p.add_argument("value", nargs="?", metavar="VALUE", help="the new value (omit it to print the current one)")
    p.add_argument("--reset", action="store_true", help="set KEY back to its default")
    p.add_argument("--json", action="store_true", help="list as JSON")


@no_db
def settings_command(args, _db=None) -> int:
    from qistdesk.services import preferences
    from qistdesk.settings import load

    current = load()
    if args.key is None:
        rows = [{**row, "value": current.get(row["key"])} for row in preferences.describe()]
        if args.json:
            print_json({row["key"]: row["value"] for row in rows})
        else:
            width = max(len(row["key"]) for row in rows)
            for row in rows:
                print(f"{row['key']:<{width}}  {_shown(row['value'])}    # {row['description']}")
            print(f"\n(file: {current.path})")
        return 0
    if args.key not in preferences.USER_KEYS:
        raise CommandError(f"unknown setting {args.key!r}; 'qistdesk settings' lists them")
    if args.reset:
        if args.value is not None:
            raise CommandError("give either a VALUE or --reset, not both")
        print(f"{args.key} = {_shown(preferences.reset(current, args.key))} (the default)")
        return 0
    if args.value is None:
        print(_shown(current.get(args.key)))
        return 0
    value = preferences.convert(args.key, args.value)
    changed = preferences.apply(current, {args.key: value})
    print(f"{args.key} = {_shown(value)}" + ("" if changed else " (unchanged)"))
    return 0


def _shown(value) -> str:
    if value == "":
        return '""'
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value).replace("\n", "\\n")
