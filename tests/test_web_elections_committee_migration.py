"""An election set up before the committee had members with roles keeps its committee:
the names typed for signature become members (a "Trưởng ban" the head, a "Phó …" the
deputy, anyone else a member, in the order typed) and the two counters stay members who
enter the ballots, named by their account."""

from __future__ import annotations

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

BEFORE = [("elections", "0002_minutes_version_kept")]
AFTER = [("elections", "0004_committee_from_signers")]


def _migrate(target):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(target)
    return executor.loader.project_state(target).apps


@pytest.mark.django_db(transaction=True)
def test_it_turns_the_names_for_signature_into_members_with_roles(people):
    old = _migrate(BEFORE)
    try:
        election = old.get_model("elections", "Election").objects.create(
            title="Đại hội Chi bộ",
            congress="dai_hoi_dang_vien",
            elects="Ban Chi ủy",
            seats=1,
            list_kind="surplus",
            candidates=[{"no": 1, "name": "An"}, {"no": 2, "name": "Bình"}],
            convened=11,
            present=10,
            issued=10,
            signers=[
                {"name": "Hoàng Văn Em", "role": "Trưởng ban"},
                {"name": "Vũ Thị Gấm", "role": "Phó Trưởng ban"},
                {"name": "Lê Thư", "role": ""},
            ],
        )
        user = old.get_model("auth", "User").objects.get(username="daibieu")
        old.get_model("elections", "Member").objects.create(election=election, user=user, counter=1)
        new = _migrate(AFTER)
        members = new.get_model("elections", "Member").objects.filter(election_id=election.pk)
        rows = [(m.name, m.role, m.counter) for m in members.order_by("position", "pk")]
        assert rows == [
            ("Hoàng Văn Em", "head", None),
            ("Vũ Thị Gấm", "deputy", None),
            ("Lê Thư", "member", None),
            ("đại biểu dự hội nghị", "member", 1),  # the demo account's first name
        ]
    finally:
        _migrate(MigrationExecutor(connection).loader.graph.leaf_nodes())
