"""Elections in the Django admin: shown, never written there (an election changes through
its pages, where the core checks it and every change is audited with its reason)."""

from django.contrib import admin

from chitieu.web.elections.models import BallotEntry, Election, Member, MinutesVersion
from chitieu.web.people.admin_audit import ReadOnlyAdmin


@admin.register(Election)
class ElectionAdmin(ReadOnlyAdmin):
    list_display = ["title", "elects", "round", "version", "locked", "created_at"]
    list_filter = ["congress", "locked"]
    search_fields = ["title", "elects"]


@admin.register(Member)
class MemberAdmin(ReadOnlyAdmin):
    list_display = ["election", "name", "role", "user", "counter"]
    list_select_related = ["election", "user"]


@admin.register(BallotEntry)
class BallotEntryAdmin(ReadOnlyAdmin):
    list_display = ["election", "counter", "number", "crossed", "agree", "disagree"]
    list_select_related = ["election"]


@admin.register(MinutesVersion)
class MinutesVersionAdmin(ReadOnlyAdmin):
    list_display = ["election", "version", "locked_at", "locked_by"]
    list_select_related = ["election", "locked_by"]
