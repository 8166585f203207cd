"""Comments on a draft document: the draft's parts, the units' replies, the consolidation
and the summary report ("Báo cáo tổng hợp ý kiến"). docs/consultation.md tells the round.

- :mod:`.draft`: a draft cut into parts with stable references, its targets read;
- :mod:`.matching`: a reply's paragraphs and the next version's parts matched to parts;
- :mod:`.kinds`: what a comment asks for, from the way its text begins;
- :mod:`.replies` and :mod:`.tables`: a reply as a Word copy with comments or as the
  comments table, read all or nothing;
- :mod:`.consolidate`: counts, groups, responses and the units that did not reply;
- :mod:`.summary`, :mod:`.summary_docx`, :mod:`.summary_xlsx`: the summary as JSON, Word
  and Excel.

Pure core: no Django, no database. The web pages store rounds, replies and responses and
call these functions; they never count or match again.
"""
