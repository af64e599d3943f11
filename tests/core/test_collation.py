"""Danish sorting and accent-insensitive filtering of names (issue 18)."""

from qistdesk.domain.collation import danish_sort_key, fold_for_filter, matches_filter


def test_danish_letters_sort_after_z_and_aa_reads_as_aa_ring():
    names = ["Åse", "Zimmermann", "Østergaard", "Aagaard", "Ærø", "Abildgaard", "Ørsted", "Éric"]
    assert sorted(names, key=danish_sort_key) == [
        "Abildgaard", "Éric", "Zimmermann", "Ærø", "Ørsted", "Østergaard", "Aagaard", "Åse"]


def test_german_and_swedish_letters_sort_with_their_danish_cousins():
    assert sorted(["Öberg", "Ørum", "Zorn", "Ärlig", "Æble"], key=danish_sort_key) == [
        "Zorn", "Æble", "Ärlig", "Öberg", "Ørum"]


def test_case_and_accents_only_break_ties():
    assert sorted(["Éric", "eric", "Eric"], key=danish_sort_key) == ["Eric", "eric", "Éric"]
    assert danish_sort_key(None) == danish_sort_key("")


def test_filter_is_accent_insensitive_both_ways():
    assert fold_for_filter("Søren Ærø") == "soren aero"
    assert matches_filter("soren", "Søren Kierkegaard")
    assert matches_filter("SØREN kierk", "Søren Kierkegaard")
    assert matches_filter("aero", "Ærø Kommune")
    assert matches_filter("jose", "José Martí")
    assert not matches_filter("anders", "Søren Kierkegaard")


def test_one_string_key_sorts_like_the_tuple_key():
    from qistdesk.domain.collation import danish_sort_string

    names = ["Åse", "Zimmermann", "Østergaard", "Aagaard", "Ærø", "Abildgaard", "Éric", "eric", "Eric", "", "Ö"]
    assert sorted(names, key=danish_sort_string) == sorted(names, key=danish_sort_key)
