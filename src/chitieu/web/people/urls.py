from django.urls import path

from chitieu.web.people import lockouts, views, views_account, views_agencies, views_users

app_name = "people"
urlpatterns = [
    path("tokens/", views.tokens, name="tokens"),
    path("tokens/<int:pk>/revoke/", views.token_revoke, name="token_revoke"),
    path("agencies/", views_agencies.agencies, name="agencies"),
    path("agencies/<slug:code>/", views_agencies.agency, name="agency"),
    path("agencies/<slug:code>/assignments/", views_agencies.assignment_add, name="assignment_add"),
    path(
        "agencies/<slug:code>/assignments/<int:pk>/remove/",
        views_agencies.assignment_remove,
        name="assignment_remove",
    ),
    path("agencies/<slug:code>/changes/", views_agencies.change_add, name="change_add"),
    path(
        "agencies/<slug:code>/changes/<int:pk>/remove/",
        views_agencies.change_remove,
        name="change_remove",
    ),
    path("audit/", views.audit, name="audit"),
    path("lockouts/", lockouts.lockouts, name="lockouts"),
    path("account/", views_account.account, name="account"),
    path("notifications/", views_account.notifications, name="notifications"),
    path("notifications/read/", views_account.notifications_read, name="notifications_read"),
    path("users/", views_users.users, name="users"),
    path("users/<int:pk>/", views_users.user, name="user"),
]
