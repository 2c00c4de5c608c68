"""A meeting's standard event type, beside its free-text `kind`: the PLOVER mode and CAMEO codes.

Event datasets (GDELT and ICEWS code in CAMEO; POLECAT in PLOVER) file a meeting between
states under CONSULT. whomet derives the type from what it stores, by one rule set, so
its meetings line up with theirs:

PLOVER mode (the CONSULT event's `mode`):
- `phone`: a video conference (PLOVER files remote talks under phone).
- `multilateral`: three or more sides took part.
- `third-party`: two sides met in a country that is neither's (the place's country is
  not a side), or no side hosted and the place is unknown.
- `visit`: otherwise, one side received the other (a host is marked, or the meeting took
  place in one side's country).

CAMEO codes, the meeting's own code first:
- `057` Sign formal agreement, first whenever anything was signed;
- `041` Discuss by telephone, for a video conference;
- `044` Meet at a 'third' location, for a third-party meeting (and a multilateral one whose
  place is no side's country);
- `042` Make a visit, with the visiting side(s) as CAMEO's source actor, and `043` Host a
  visit, the same meeting seen from the host: CAMEO codes each direction as its own event,
  so a visit carries both (042 first).

The host side is the delegation marked `host`; with none marked, the side whose country the
meeting took place in.
"""

from dataclasses import dataclass

CAMEO_LABELS = {
    "041": "discuss by telephone",
    "042": "make a visit",
    "043": "host a visit",
    "044": "meet at third location",
    "057": "sign formal agreement",
}


@dataclass(frozen=True)
class EventType:
    mode: str  # PLOVER CONSULT mode: visit | third-party | multilateral | phone
    codes: tuple[str, ...]  # CAMEO codes, the meeting's own first
    hosts: tuple[str, ...]  # the host side(s) the rule used

    @property
    def cameo(self) -> str:
        return self.codes[0]

    @property
    def label(self) -> str:
        """One line for a screen: 'visit · CAMEO 057 sign formal agreement (also 042, 043)'."""
        also = f" (also {', '.join(self.codes[1:])})" if len(self.codes) > 1 else ""
        return f"{self.mode} · CAMEO {self.cameo} {CAMEO_LABELS[self.cameo]}{also}"


def event_type(format: str, place_country: str | None, sides, hosts, signed: bool) -> EventType:
    """The event type of a meeting from its format, place country, sides, host sides (the
    delegations marked host) and whether anything was signed. See the module's rules.

    >>> event_type("in_person", "AZE", ["AZE", "RUS"], ["AZE"], True).codes
    ('057', '042', '043')
    >>> event_type("in_person", "KAZ", ["GEO", "AZE"], [], False).mode
    'third-party'
    """
    sides = sorted(set(sides))
    hosts = tuple(sorted(set(hosts)))
    if not hosts and place_country in sides:
        hosts = (place_country,)
    if format == "video_conference":
        mode, codes = "phone", ("041",)
    else:
        at_home = bool(hosts) and (place_country is None or place_country in sides)
        if len(sides) >= 3:
            mode = "multilateral"
        elif at_home or (place_country is not None and place_country in sides):
            mode = "visit"
        else:
            mode = "third-party"
        codes = ("042", "043") if at_home else ("044",)
    if signed:
        codes = ("057", *codes)
    return EventType(mode, codes, hosts)
