"""Drafts and rounds in the Django admin: shown, never written there (a round changes
through its pages, where the core checks it and every change is audited)."""

from django.contrib import admin

from chitieu.web.consultation.models import Comment, Draft, DraftVersion, Round, Wording
from chitieu.web.people.admin_audit import ReadOnlyAdmin


@admin.register(Draft)
class DraftAdmin(ReadOnlyAdmin):
    list_display = ["title", "created_at"]
    search_fields = ["title"]


@admin.register(DraftVersion)
class DraftVersionAdmin(ReadOnlyAdmin):
    list_display = ["draft", "number", "name", "created_at"]
    list_select_related = ["draft"]


@admin.register(Round)
class RoundAdmin(ReadOnlyAdmin):
    list_display = ["title", "version", "deadline", "closed_at"]
    list_select_related = ["version__draft"]


@admin.register(Comment)
class CommentAdmin(ReadOnlyAdmin):
    list_display = ["round", "agency", "unit", "kind", "part", "decision"]
    list_select_related = ["round", "agency", "unit"]
    list_filter = ["kind", "decision"]


@admin.register(Wording)
class WordingAdmin(ReadOnlyAdmin):
    list_display = ["round", "part"]
    list_select_related = ["round"]
