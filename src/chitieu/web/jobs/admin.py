"""Background jobs and django-tasks' queue in the Django admin: shown, never written (a job
changes only through its page and its worker)."""

from django.contrib import admin
from django_tasks_db.admin import DBTaskResultAdmin
from django_tasks_db.models import DBTaskResult

from chitieu.web.jobs.models import Job
from chitieu.web.people.admin_audit import ReadOnlyAdmin


@admin.register(Job)
class JobAdmin(ReadOnlyAdmin):
    list_display = ["title", "kind", "owner", "state", "step", "done", "total", "created_at"]
    list_filter = ["kind", "state"]
    search_fields = ["title", "owner__username"]
    list_select_related = ["owner"]


# django-tasks-db's own page (read-only already), under the project's audited admin
admin.site.unregister(DBTaskResult)


@admin.register(DBTaskResult)
class TaskResultAdmin(ReadOnlyAdmin, DBTaskResultAdmin):
    pass
