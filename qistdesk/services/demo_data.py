"""The demo programme's data: its organisations, people, venues, talks, sessions, programmes and exchanges.

Kept apart from :mod:`qistdesk.services.demo`, which builds the programme from these tables through
the services, so the story reads in one place and the building code in another.
"""

from __future__ import annotations

from datetime import date

CPH, NYC, DEN = "Europe/Copenhagen", "America/New_York", "America/Denver"

# key: (name, sector, country, city, mail domain)
ORGS = {
    "oqc": ("Øresund University – Centre for Quantum Devices", "academia", "DK", "København",
            "oresund-uni.example.dk"),
    "aiq": ("Aarhus Institute of Quantum Materials", "academia", "DK", "Aarhus", "aiq.example.dk"),
    "ltu": ("Lyngby Technical University, Quantum Physics", "academia", "DK", "Kongens Lyngby", "ltu.example.dk"),
    "agency": ("Danish Agency for Science and Higher Education", "government", "DK", "København", "ufs.example.dk"),
    "embassy": ("Royal Danish Embassy – Science & Innovation Office", "government", "US", "Washington",
                "um.example.dk"),
    "norgaard": ("Nørgaard & Sons Quantum ApS", "industry", "DK", "Aarhus", "norgaard-sons.example.dk"),
    "kvf": ("Kvantefabrikken A/S", "industry", "DK", "København", "kvantefabrikken.example.dk"),
    "hvidore": ("Hvidøre Foundation for Quantum Science", "non-profit", "DK", "Hellerup", "hvidore.example.dk"),
    "dqc": ("Danish Quantum Community", "non-profit", "DK", "Odense", "dqc.example.dk"),
    "rmnl": ("Rocky Mountain National Laboratory", "government", "US", "Boulder", "rmnl.example.gov"),
    "niqs": ("National Institute of Quantum Standards", "government", "US", "Gaithersburg", "niqs.example.gov"),
    "foqc": ("Federal Office for Quantum Coordination", "government", "US", "Washington", "foqc.example.gov"),
    "chesapeake": ("Chesapeake University Quantum Institute", "academia", "US", "Baltimore", "chesapeake.example.edu"),
    "greatlakes": ("University of the Great Lakes, Center for Quantum Engineering", "academia", "US", "Chicago",
                   "greatlakes.example.edu"),
    "frit": ("Front Range Institute of Technology", "academia", "US", "Boulder", "frit.example.edu"),
    "qubitwise": ("Qubitwise Inc.", "industry", "US", "Boston", "qubitwise.example.com"),
    "lattice": ("Lattice & Ion Technologies LLC", "industry", "US", "Boulder", "lattice-ion.example.com"),
    "allegheny": ("Allegheny Photonics Corp.", "industry", "US", "Pittsburgh", "allegheny.example.com"),
    "fqf": ("Foundation for Quantum Futures", "non-profit", "US", "Washington", "fqf.example.org"),
    "qea": ("Quantum Economic Alliance", "non-profit", "US", "Arlington", "qea.example.org"),
}

# key: (given, family, org, job title, career stage, email local part or "" to derive it)
PEOPLE = {
    "soren": ("Søren", "Ærøskøbing", "oqc", "PhD fellow", "phd", "soren.aeroeskoebing"),
    "ase": ("Åse", "Møller", "aiq", "MSc student", "student", "aase.moeller"),
    "mads": ("Mads", "Kjærgård", "oqc", "Professor and centre director", "senior", "mads.kjaergaard"),
    "freja": ("Freja", "Østergaard", "agency", "Head of international research cooperation", "senior", ""),
    "jens": ("Jens", "Bøgh", "ltu", "Associate professor", "mid-career", ""),
    "ida": ("Ida", "Sørensen", "embassy", "Science attaché", "mid-career", ""),
    "rasmus": ("Rasmus", "Lærkesen", "kvf", "CEO and co-founder", "mid-career", ""),
    "karen": ("Karen", "Blåbjerg", "hvidore", "Programme manager", "mid-career", ""),
    "niels": ("Niels", "Æbeløe", "norgaard", "CTO", "senior", ""),
    "line": ("Line", "Dahl", "dqc", "Community coordinator", "early-career", ""),
    "frederik": ("Frederik", "Holm", "aiq", "Postdoc", "postdoc", ""),
    "signe": ("Signe", "Kragh", "ltu", "PhD student", "phd", ""),
    "anders": ("Anders", "Bjørnholm", "norgaard", "Quantum engineer", "early-career", ""),
    "camilla": ("Camilla", "Vestergaard", "agency", "Special adviser", "early-career", ""),
    "mikkel": ("Mikkel", "Ågård", "oqc", "MSc student", "student", "mikkel.aagaard"),
    "jonas": ("Jonas", "Bæk", "ltu", "BSc student", "student", ""),
    "astrid": ("Astrid", "Nørregaard-Juul", "kvf", "Head of partnerships", "mid-career", ""),
    "thea": ("Thea", "Løvstrøm", "aiq", "Assistant professor", "early-career", ""),
    "oliver": ("Oliver", "Friis", "embassy", "Innovation officer", "early-career", ""),
    "birgitte": ("Birgitte", "Skårup", "hvidore", "Director", "senior", ""),
    "wang": ("芳", "王", "greatlakes", "Postdoctoral scholar", "postdoc", "fang.wang"),
    "sato": ("花子", "佐藤", "niqs", "Research physicist", "mid-career", "hanako.sato"),
    "dimitris": ("Δημήτρης", "Παπαδόπουλος", "chesapeake", "Professor of physics", "senior", "d.papadopoulos"),
    "aleksei": ("Алексей", "Смирнов", "frit", "Research scientist", "mid-career", "aleksei.smirnov"),
    "layla": ("ليلى", "حداد", "qubitwise", "Quantum software lead", "mid-career", "layla.haddad"),
    "minjun": ("민준", "김", "allegheny", "Photonics engineer", "early-career", "minjun.kim"),
    "obrien": ("Patrick", "O'Brien", "chesapeake", "Postdoctoral fellow", "postdoc", "patrick.obrien"),
    "dangelo": ("Maria", "D'Angelo", "rmnl", "Group leader, quantum sensing", "senior", "maria.dangelo"),
    "gonzalez": ("Elena", "González", "rmnl", "Staff scientist", "senior", "elena.gonzalez"),
    "keisha": ("Keisha", "Washington", "qubitwise", "Director of hardware", "mid-career", ""),
    "michael": ("Michael", "Thompson", "foqc", "Deputy director", "senior", ""),
    "jennifer": ("Jennifer", "Lee", "foqc", "Policy analyst", "early-career", ""),
    "david": ("David", "Rosenberg", "greatlakes", "Professor", "senior", ""),
    "sarah": ("Sarah", "Mitchell", "frit", "Assistant professor", "early-career", ""),
    "james": ("James", "Carter", "lattice", "Founder and CEO", "mid-career", ""),
    "emily": ("Emily", "Nguyen", "chesapeake", "PhD candidate", "phd", ""),
    "robert": ("Robert", "Johnson", "niqs", "Division chief", "senior", ""),
    "ashley": ("Ashley", "Brooks", "fqf", "Program officer", "mid-career", ""),
    "daniel": ("Daniel", "Kim", "allegheny", "VP engineering", "senior", ""),
    "priya": ("Priya", "Raman", "greatlakes", "PhD candidate", "phd", ""),
    "marcus": ("Marcus", "Bell", "qea", "Executive director", "senior", ""),
    "hannah": ("Hannah", "Schultz", "rmnl", "Postdoc", "postdoc", ""),
    "tyler": ("Tyler", "Reed", "frit", "Graduate student", "student", ""),
    "olivia": ("Olivia", "Martinez", "qubitwise", "Quantum applications scientist", "early-career", ""),
    "nathan": ("Nathan", "Cohen", "lattice", "Ion-trap engineer", "early-career", ""),
    "grace": ("Grace", "Okafor", "chesapeake", "Associate professor", "mid-career", ""),
    "kevin": ("Kevin", "Walsh", "embassy", "Local staff, events", "mid-career", ""),
    "laura": ("Laura", "Bianchi", "niqs", "Metrology scientist", "mid-career", ""),
    "brian": ("Brian", "Foster", "qea", "Policy fellow", "early-career", ""),
    "rachel": ("Rachel", "Goldberg", "fqf", "President", "senior", ""),
    "samuel": ("Samuel", "Adeyemi", "greatlakes", "Postdoc", "postdoc", ""),
    "megan": ("Megan", "Price", "foqc", "Science adviser", "mid-career", ""),
    "chris": ("Christopher", "Hall", "rmnl", "Technician", "early-career", ""),
    "nina": ("Nina", "Petersen", "kvf", "Software developer", "early-career", ""),
    "lars": ("Lars", "Kristiansen", "dqc", "Board chair", "senior", ""),
    "emma": ("Emma", "Lund", "ltu", "Postdoc", "postdoc", ""),
    "kasper": ("Kasper", "Winther", "aiq", "Professor", "senior", ""),
    "sofie": ("Sofie", "Krogh", "oqc", "PhD fellow", "phd", ""),
    "magnus": ("Magnus", "Thygesen", "norgaard", "Sales engineer", "mid-career", ""),
    "julie": ("Julie", "Kaas", "hvidore", "Grants officer", "early-career", ""),
    "peter": ("Peter", "Ravn", "agency", "Chief consultant", "senior", ""),
    "clara": ("Clara", "Bech", "embassy", "Intern", "student", ""),
    "ethan": ("Ethan", "Park", "allegheny", "Process engineer", "early-career", ""),
}
# Sensitive fields, only for a few: (dietary, accessibility)
NEEDS = {"soren": ("Vegetarian", ""), "wang": ("No pork", ""), "dimitris": ("", "Wheelchair user: step-free access"),
         "layla": ("Halal", ""), "keisha": ("Gluten-free", ""), "mads": ("", "Hearing loop, please"),
         "sarah": ("Vegan", ""), "ase": ("Nut allergy (severe)", "")}

# key: (name, address, city, country, zone, capacity, accessibility)
VENUES = {
    "orsted": ("Auditorium Ørsted, Øresund University", "Blegdamsvej 17, 2100 København Ø", "København", "DK", CPH,
               180, "Step-free entrance from the courtyard; hearing loop; accessible toilets on floor 0"),
    "kvantehuset": ("Kvantehuset Meeting Rooms", "Nørre Allé 51, 2200 København N", "København", "DK", CPH, 60,
                    "Lift to 2nd floor; quiet room available"),
    "aarhus": ("Aarhus Quantum Hall", "Ny Munkegade 120, 8000 Aarhus C", "Aarhus", "DK", CPH, 90, "Step-free"),
    "embassy": ("Royal Danish Embassy, Auditorium", "3200 Whitehaven St NW, Washington, DC 20008", "Washington",
                "US", NYC, 90, "Security check at entrance; photo ID required; step-free"),
    "boulder": ("Discovery Hall, Front Range Institute", "1800 Colorado Ave, Boulder, CO 80309", "Boulder", "US",
                DEN, 120, "Elevator; reserved accessible parking in lot 3"),
    "chicago": ("Great Lakes Engineering Forum", "5600 S Lakeshore Dr, Chicago, IL 60637", "Chicago", "US",
                "America/Chicago", 150, "Step-free; live captioning on request"),
}

# The seminar series: (speaker, topic) per date, in order.
SERIES_TOPICS = [
    ("mads", "Topological qubits: where do we stand?"), ("dangelo", "Optical clocks as quantum sensors"),
    ("thea", "Spin qubits in germanium"), ("obrien", "Entanglement distribution over metro fibre"),
    ("layla", "Compiling for noisy hardware"), ("kasper", "Quantum materials for sensing"),
    ("david", "Fault-tolerance thresholds in practice"), ("dimitris", "Bosonic codes"),
    ("sato", "Time transfer across the Atlantic"),
]
SERIES_CANCELLED, SERIES_MOVED = 5, 7  # indexes: 2027-04-15 cancelled, 2027-05-13 moved to 05-12

# Conference sessions: (day, start, end, room, title, chair, speakers)
CONF_SESSIONS = [
    (10, "09:00", "09:30", "Auditorium", "Welcome and opening", "ida", ["freja", "michael"]),
    (10, "09:30", "10:30", "Auditorium", "Keynote: Quantum advantage, honestly", "mads", ["david"]),
    (10, "11:00", "12:30", "Room A", "Superconducting qubits", "jens", ["keisha", "sofie", "signe"]),
    (10, "11:00", "12:30", "Room B", "Quantum networks", "frederik", ["obrien", "wang"]),
    (10, "13:30", "15:00", "Room A", "Quantum sensing & metrology", "dangelo", ["kasper", "laura", "hannah"]),
    (10, "13:30", "15:00", "Room B", "Quantum error correction", "dimitris", ["emma", "priya"]),
    (10, "15:30", "16:30", "Auditorium", "Industry panel: from lab to fab", "astrid", ["rasmus", "james", "niels"]),
    (10, "16:30", "17:30", "Foyer", "Posters and reception", "line", []),
    (11, "09:00", "10:00", "Auditorium", "Keynote: Precision time for everyone", "thea", ["sato"]),
    (11, "10:30", "12:00", "Room A", "Quantum algorithms and software", "olivia", ["layla", "minjun"]),
    (11, "10:30", "12:00", "Room B", "Photonic platforms", "anders", ["daniel", "aleksei"]),
    (11, "13:00", "14:30", "Auditorium", "Roundtable: US–Denmark cooperation", "freja",
     ["michael", "birgitte", "marcus"]),
    (11, "13:00", "14:30", "Room B", "Workforce, education and exchanges", "karen", ["grace", "ashley"]),
    (11, "15:00", "16:00", "Auditorium", "Start-up pitches", "rasmus", ["nathan", "magnus", "nina"]),
    (11, "16:00", "16:30", "Auditorium", "Closing remarks", "ida", ["mads"]),
]
# Workshop sessions (Boulder, 2027-09-14/15): (day, start, end, title, chair, speakers)
WORKSHOP_SESSIONS = [
    (14, "09:00", "10:30", "Atomic clocks and time transfer", "dangelo", ["sato", "laura"]),
    (14, "11:00", "12:30", "Quantum magnetometry", "sarah", ["kasper", "hannah"]),
    (14, "14:00", "15:30", "Lab tour: Rocky Mountain National Laboratory", "chris", []),
    (15, "09:00", "10:30", "Trapped ions for sensing", "james", ["nathan", "frederik"]),
    (15, "11:00", "12:30", "Field deployment and standards", "robert", ["aleksei", "anders"]),
    (15, "13:30", "15:00", "Next steps for a joint testbed", "ida", ["mads", "michael"]),
]
STATUSES = ["accepted", "invited", "accepted", "tentative", "declined", "accepted", "not-invited", "waitlisted"]

# Programmes: key -> (name, kind, direction, funding)
PROGRAMS = {
    "students": ("Transatlantic Quantum Student Exchange", "student", "DK-US", "Hvidøre Foundation"),
    "researchers": ("US–Denmark Quantum Researcher Mobility", "researcher", "US-DK", "Danish Agency & FQF"),
    "professionals": ("QIST Professional Fellowship", "professional", "DK-US", "Danish Agency"),
}
# Exchanges: (person, programme, host org, host contact, start, end, stage, visa, housing, funding DKK/USD)
EXCHANGES = [
    ("soren", "students", "chesapeake", "dimitris", date(2027, 8, 23), date(2028, 1, 21), "accepted",
     "in-progress", "University guest apartment, Charles Village", (45000, "DKK")),
    ("ase", "students", "frit", "sarah", date(2027, 6, 1), date(2027, 8, 27), "preparing", "in-progress",
     "Looking for a sublet near campus", (30000, "DKK")),
    ("mikkel", "students", "greatlakes", "david", date(2026, 9, 1), date(2027, 1, 29), "completed", "done",
     "International House, room 512", (40000, "DKK")),
    ("jonas", "students", "frit", "sarah", date(2027, 10, 1), date(2028, 3, 31), "proposed", "not-started", "",
     None),
    ("freja", "professionals", "foqc", "michael", date(2027, 4, 5), date(2027, 6, 25), "in-progress", "done",
     "Serviced apartment, Dupont Circle", (60000, "DKK")),
    ("signe", "professionals", "lattice", "james", date(2027, 9, 6), date(2027, 12, 17), "applied", "not-started",
     "", (55000, "DKK")),
    ("obrien", "researchers", "oqc", "mads", date(2027, 3, 1), date(2027, 8, 31), "in-progress", "done",
     "Guest flat, Nørrebro", (38000, "USD")),
    ("wang", "researchers", "aiq", "kasper", date(2027, 9, 1), date(2028, 2, 29), "applied", "not-started", "",
     (42000, "USD")),
    ("gonzalez", "researchers", "ltu", "jens", date(2027, 5, 15), date(2027, 7, 15), "preparing", "in-progress",
     "Hotel near campus until 1 June, then a sublet", (15000, "USD")),
    ("keisha", "researchers", "kvf", "rasmus", date(2026, 10, 1), date(2027, 1, 31), "completed", "done",
     "Company flat, Islands Brygge", (20000, "USD")),
    ("aleksei", "researchers", "norgaard", "niels", date(2027, 6, 1), date(2027, 11, 30), "withdrawn",
     "not-started", "", None),
]

# QIST areas (reports), seats per room (rooms summary), accessibility requests met.
EVENT_AREAS = {"QIST Transatlantic Seminar": "computing", "Briefing": "other", "Copenhagen Quantum Days": "computing",
               "Boulder Workshop": "sensing"}
SESSION_AREAS = {"networks": "networks", "sensing": "sensing", "photonic": "networks", "clocks": "sensing",
                 "magnetometry": "sensing", "ions": "sensing", "workforce": "other", "cooperation": "other",
                 "testbed": "sensing", "standards": "sensing"}
ROOM_SEATS = {"Auditorium": 180, "Room A": 60, "Room B": 40, "Foyer": 120, "Hall 1": 40}
EXCHANGE_AREAS = {"soren": "computing", "ase": "sensing", "mikkel": "computing", "jonas": "networks",
                  "freja": "other", "signe": "sensing", "obrien": "networks", "wang": "networks",
                  "gonzalez": "sensing", "keisha": "computing", "aleksei": "networks"}
ACCESS_MET = ("Copenhagen Quantum Days",)
