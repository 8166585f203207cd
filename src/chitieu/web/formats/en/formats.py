# The English UI keeps the Vietnamese formats: the figures are Vietnamese documents'.
from chitieu.web.formats.vi.formats import *  # noqa: F403
