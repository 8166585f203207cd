"""Long work in the background: a job per import, reading or batch of documents, run by
django-tasks' database worker, with its progress, its cancellation and its failure shown
on a page (docs/web.md#background-work). Imports no Django here: the reader's child
process imports :mod:`chitieu.web.jobs.counted`."""
