from django.urls import path

from chitieu.web.people import lockouts
from chitieu.web.people.views import account, agencies, tokens_audit, users

app_name = "people"
urlpatterns = [
    path("tokens/", tokens_audit.tokens, name="tokens"),
    path("tokens/<int:pk>/revoke/", tokens_audit.token_revoke, name="token_revoke"),
    path("agencies/", agencies.agencies, name="agencies"),
    path("agencies/<slug:code>/", agencies.agency, name="agency"),
    path("agencies/<slug:code>/assignments/", agencies.assignment_add, name="assignment_add"),
    path(
        "agencies/<slug:code>/assignments/<int:pk>/remove/",
        agencies.assignment_remove,
        name="assignment_remove",
    ),
    path("agencies/<slug:code>/changes/", agencies.change_add, name="change_add"),
    path(
        "agencies/<slug:code>/changes/<int:pk>/remove/",
        agencies.change_remove,
        name="change_remove",
    ),
    path("audit/", tokens_audit.audit, name="audit"),
    path("lockouts/", lockouts.lockouts, name="lockouts"),
    path("account/", account.account, name="account"),
    path("notifications/", account.notifications, name="notifications"),
    path("notifications/read/", account.notifications_read, name="notifications_read"),
    path("users/", users.users, name="users"),
    path("users/<int:pk>/", users.user, name="user"),
]
