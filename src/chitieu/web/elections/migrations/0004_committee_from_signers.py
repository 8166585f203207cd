"""The names typed for signature become members of the counting committee (with a role
by their title), the counters members named by their account; then the list goes."""

from typing import Any

from django.db import migrations


def _role(text: str) -> str:
    """A role typed before roles had codes: the head and a deputy by their Vietnamese
    title, anyone else a member (only names and roles were typed; nothing else is read)."""
    lowered = text.strip().lower()
    if lowered.startswith("phó"):
        return "deputy"
    if lowered.startswith("trưởng"):
        return "head"
    return "member"


def members_from_signers(apps: Any, schema_editor: Any) -> None:
    Election = apps.get_model("elections", "Election")
    Member = apps.get_model("elections", "Member")
    for election in Election.objects.all():
        heads = 0
        for position, signer in enumerate(election.signers or []):
            role = _role(signer.get("role", ""))
            if role == "head":
                heads += 1
                role = "head" if heads == 1 else "member"
            Member.objects.create(
                election=election, name=signer["name"], role=role, position=position
            )
        # the counters: named by their account until the committee is edited
        for member in Member.objects.filter(election=election, user__isnull=False):
            user = member.user  # a historical model: no get_full_name()
            member.name = f"{user.first_name} {user.last_name}".strip() or user.username
            member.position = 1000 + (member.counter or 0)
            member.save(update_fields=["name", "position"])


class Migration(migrations.Migration):
    dependencies = [("elections", "0003_committee_members")]

    operations = [
        migrations.RunPython(members_from_signers, migrations.RunPython.noop),
        migrations.RemoveField(model_name="election", name="signers"),
    ]
