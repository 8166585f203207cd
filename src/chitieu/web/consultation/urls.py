"""Comments on drafts: drafts and rounds, a unit's comments and reply file, the drafting
team's consolidation and the summary report."""

from django.urls import path

from chitieu.web.consultation.views import drafts, team, unit

app_name = "consultation"

urlpatterns = [
    path("", drafts.round_list, name="list"),
    path("drafts/new/", drafts.draft_new, name="draft_new"),
    path("drafts/<int:pk>/", drafts.draft_detail, name="draft"),
    path("drafts/<int:pk>/versions/", drafts.version_new, name="version_new"),
    path("drafts/<int:pk>/rounds/new/", drafts.round_new, name="round_new"),
    path("rounds/<int:pk>/", unit.round_detail, name="round"),
    path("rounds/<int:pk>/comment/", unit.comment, name="comment"),
    path("rounds/<int:pk>/reply/", unit.reply, name="reply"),
    path("rounds/<int:pk>/template.xlsx", unit.template, name="template"),
    path("rounds/<int:pk>/consolidation/", team.consolidation, name="consolidation"),
    path("rounds/<int:pk>/respond/", team.respond, name="respond"),
    path("rounds/<int:pk>/wording/", team.wording, name="wording"),
    path("rounds/<int:pk>/unplaced/", team.unplaced, name="unplaced"),
    path("rounds/<int:pk>/close/", team.close, name="close"),
    path("rounds/<int:pk>/remind/", team.remind, name="remind"),
    path("rounds/<int:pk>/summary.<str:fmt>", team.summary, name="summary"),
]
