"""The text a meeting is found by, as one SQL SELECT shared by every engine's full-text index.

One row per meeting: (id, title, sides, people, orgs, facts, body), each a space-joined
string: its title, kind and place; its sides' codes and names; its people as named and as
written, with ranks, positions and aliases; its organisations; its agreements, awards and
topics; the text of its release. `agg` is the engine's string aggregate (SQLite's
group_concat and PostgreSQL's string_agg take the same two arguments).
"""

COLUMNS = ("title", "sides", "people", "orgs", "facts", "body")


def documents(agg: str, where: str = "") -> str:
    return f"""
SELECT m.id,
  coalesce(m.title, '') || ' ' || coalesce(m.kind, '') || ' ' || coalesce(m.city, '') || ' ' || coalesce(mc.name, ''),
  m.sides || ' ' || coalesce((SELECT {agg}(c.name, ' ') FROM delegation d JOIN country c ON c.code = d.side
                               WHERE d.meeting_id = m.id), ''),
  coalesce((SELECT {agg}(p.name || ' ' || a.name || ' ' || coalesce(a.rank, '') || ' ' || coalesce(a.position, ''), ' ')
            FROM attendance a JOIN person p ON p.id = a.person_id WHERE a.meeting_id = m.id), '')
   || ' ' || coalesce((SELECT {agg}(pa.name, ' ') FROM attendance a JOIN person_alias pa ON pa.person_id = a.person_id
            WHERE a.meeting_id = m.id), ''),
  coalesce((SELECT {agg}(o.name || ' ' || coalesce(o.acronym, ''), ' ') FROM delegation d
            JOIN organization o ON o.id = d.organization_id WHERE d.meeting_id = m.id), ''),
  coalesce((SELECT {agg}(coalesce(g.title, '') || ' ' || g.kind, ' ') FROM agreement g WHERE g.meeting_id = m.id), '')
   || ' ' || coalesce((SELECT {agg}(coalesce(w.award, '') || ' ' || w.kind || ' ' || coalesce(w.recipient_group, ''), ' ')
            FROM award w WHERE w.meeting_id = m.id), '')
   || ' ' || coalesce((SELECT {agg}(t.name, ' ') FROM meeting_topic mt JOIN topic t ON t.id = mt.topic_id
            WHERE mt.meeting_id = m.id), ''),
  coalesce(s.text, '')
FROM meeting m JOIN source s ON s.id = m.source_id LEFT JOIN country mc ON mc.code = m.country_code
{where}
"""
