"""The counting committee as members with roles (any two of them entering the ballots)
instead of two counters and a list of names for signatures: the new columns; the names
typed for signature become members in 0004 (PostgreSQL: a data change and an index
never in one transaction)."""

from django.conf import settings
from django.db import migrations, models
import django.db.models.deletion


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
