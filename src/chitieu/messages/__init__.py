"""The core's messages in the user's language, for the command line, the web and the API.

A message is a code and its values (:class:`chitieu.problems.Message`); its English
template is in :mod:`chitieu.messages.codes`, its other languages in one catalogue,
``chitieu/locale/<lang>/LC_MESSAGES/django.po``. :mod:`chitieu.messages.render` puts a
code and its values together in a language: the web pages and the API with Django's
gettext (the catalogue is in ``LOCALE_PATHS``), the command line with Python's own
gettext, without loading Django.
"""
