"""The counting committee as members with roles (any two of them entering the ballots)
instead of two counters and a list of names for signatures."""

from typing import Any

from django.conf import settings
from django.db import migrations, models
import django.db.models.deletion


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
    dependencies = [
        ("elections", "0002_minutes_version_kept"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.RemoveConstraint(model_name="member", name="one_role_per_member"),
        migrations.RemoveConstraint(model_name="member", name="one_member_per_counter"),
        migrations.AddField(
            model_name="member",
            name="name",
            field=models.CharField(default="", max_length=200, verbose_name="name"),
            preserve_default=False,
        ),
        migrations.AddField(
            model_name="member",
            name="role",
            field=models.CharField(
                choices=[
                    ("head", "head of the committee"),
                    ("deputy", "deputy head of the committee"),
                    ("member", "committee member"),
                ],
                default="member",
                max_length=10,
                verbose_name="role on the committee",
            ),
        ),
        migrations.AddField(
            model_name="member",
            name="position",
            field=models.PositiveSmallIntegerField(default=0),
        ),
        migrations.AlterField(
            model_name="member",
            name="user",
            field=models.ForeignKey(
                blank=True,
                null=True,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to=settings.AUTH_USER_MODEL,
            ),
        ),
        migrations.AlterField(
            model_name="member",
            name="counter",
            field=models.PositiveSmallIntegerField(
                blank=True,
                choices=[(1, "counter 1"), (2, "counter 2")],
                null=True,
                verbose_name="counter",
            ),
        ),
        migrations.RunPython(members_from_signers, migrations.RunPython.noop),
        migrations.RemoveField(model_name="election", name="signers"),
        migrations.AlterModelOptions(
            name="member",
            options={
                "ordering": ["position", "pk"],
                "verbose_name": "counting committee member",
                "verbose_name_plural": "counting committee members",
            },
        ),
        migrations.AddConstraint(
            model_name="member",
            constraint=models.UniqueConstraint(
                condition=models.Q(("user__isnull", False)),
                fields=("election", "user"),
                name="one_role_per_member",
            ),
        ),
        migrations.AddConstraint(
            model_name="member",
            constraint=models.UniqueConstraint(
                condition=models.Q(("counter__isnull", False)),
                fields=("election", "counter"),
                name="one_member_per_counter",
            ),
        ),
        migrations.AddConstraint(
            model_name="member",
            constraint=models.UniqueConstraint(
                condition=models.Q(("role", "head")),
                fields=("election",),
                name="one_head_per_committee",
            ),
        ),
    ]
