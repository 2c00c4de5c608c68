"""Validate FollowTheMoney JSON lines with the followthemoney library: `python tests/ftm_validate.py FILE`.

Run as its own process by tests/test_exchange.py, so the library (and rigour, normality,
PyICU under it) never loads into the test run, where other tests check what is imported.
Prints one line per problem and `N entities: {schema: count}`; exit status 1 on any problem.
"""

import json
import sys
from collections import Counter


def problems(lines: list[str]):
    from followthemoney import model
    from followthemoney.exc import InvalidData

    entities = [json.loads(line) for line in lines]
    by_id = {e["id"]: e for e in entities}
    if len(by_id) != len(entities):
        yield "entity ids are not unique"
    for data in entities:
        schema = model.get(data["schema"])
        if schema is None or schema.abstract:
            yield f"{data['id']}: no such (concrete) schema {data['schema']}"
            continue
        for name, values in data["properties"].items():
            prop = schema.get(name)
            if prop is None or prop.stub:
                yield f"{data['id']}: {schema.name} has no writable property {name}"
                continue
            for value in values:
                if not isinstance(value, str):
                    yield f"{data['id']}.{name}: {value!r} is not a string"
                elif prop.type.name == "entity":
                    # every reference points at an entity of the output, of a schema the property accepts
                    if value not in by_id:
                        yield f"{data['id']}.{name} -> {value}: no such entity"
                    elif not model.get(by_id[value]["schema"]).is_a(prop.range):
                        yield f"{data['id']}.{name} -> {value}: a {by_id[value]['schema']}, not a {prop.range.name}"
        for required in schema.required:
            if not data["properties"].get(required):
                yield f"{data['id']}: {schema.name}.{required} is required"
        try:
            schema.validate(data)
        except InvalidData as exc:
            yield f"{data['id']} ({schema.name}): {exc.errors}"
        # The library's own reading keeps every value as written: nothing was unclean.
        proxy = model.get_proxy(data, cleaned=False)
        for prop in proxy.iterprops():
            clean = [prop.type.clean(v, proxy=proxy) for v in proxy.get(prop)]
            if clean != proxy.get(prop):
                yield f"{data['id']}.{prop.name}: {proxy.get(prop)} cleans to {clean}"
    print(f"{len(entities)} entities: {json.dumps(Counter(e['schema'] for e in entities), sort_keys=True)}")


if __name__ == "__main__":
    with open(sys.argv[1], encoding="utf-8") as f:
        found = list(problems(f.read().splitlines()))
    for line in found:
        print(line)
    sys.exit(1 if found else 0)
