"""The walking test's helper (tests/gui/danish_walk.py) finds English and leaves Danish and data alone."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from danish_walk import DataWords, english_left, why_english


def test_why_english_tells_english_from_danish_and_data():
    data = DataWords.of(["The Niels Bohr Institute", "Open Quantum Days"])
    assert why_english("Show all participants") == "word 'Show'"
    assert why_english("Vis alle deltagere") is None
    assert why_english("Gæster fra The Niels Bohr Institute", data) is None
    assert why_english("Open Quantum Days", data) is None
    assert why_english("Open Quantum Days — see the event", data) == "word 'the'"
    assert why_english("Seminars") == "untranslated source"
    assert why_english("&Seminars…") == "untranslated source"


def test_english_left_reads_labels_buttons_placeholders_items_and_headers(qtbot, demo_db):
    root = QWidget()
    qtbot.addWidget(root)
    layout = QVBoxLayout(root)
    layout.addWidget(QLabel("<b>Deltagere</b>"))
    layout.addWidget(QPushButton("&Save"))
    edit = QLineEdit()
    edit.setPlaceholderText("Search people")
    layout.addWidget(edit)
    combo = QComboBox()
    combo.addItems(["Alle", "None"])
    combo.setToolTip("Vælg status")
    layout.addWidget(combo)
    table = QTableWidget(1, 1)
    table.setHorizontalHeaderLabels(["Title"])
    table.setItem(0, 0, QTableWidgetItem("Søren Holm"))
    layout.addWidget(table)
    left = english_left(root, DataWords.from_db(demo_db))
    assert len(left) == 4, "\n".join(left)
    assert any("Save" in line for line in left) and any("Search people" in line for line in left)
    assert any("None" in line for line in left) and any("Title" in line for line in left)
    assert english_left(root, allow=["&Save", "Search people", "None", "Title"]) == []


def test_data_words_come_from_the_database_without_codes(demo_db):
    data = DataWords.from_db(demo_db)
    assert data.values and "confirmed" not in data.values
