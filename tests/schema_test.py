#!/usr/bin/python3
"""Validates the outputs of `delib run` against the written contract.

    tests/schema_test.py DIR [DIR...]

Every DIR/*.json record is checked with schemas/document.schema.json and
DIR/summary.json with schemas/summary.schema.json (JSON Schema 2020-12,
Debian's python3-jsonschema). review*.json (written by people) and hidden
files are not outputs and are skipped. Prints each failure with its path,
the JSON pointer and the error, then "N passed, M failed"; exits 1 when any
file fails or when a DIR holds no record at all.
"""
import json
import os
import sys

from jsonschema import Draft202012Validator

try:  # jsonschema >= 4.18
    from referencing import Registry, Resource
except ImportError:  # Debian bookworm's 4.10: RefResolver
    Registry = None
    from jsonschema import RefResolver

HERE = os.path.dirname(os.path.abspath(__file__))
SCHEMAS = os.path.join(HERE, "..", "schemas")


def load(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def validators():
    document = load(os.path.join(SCHEMAS, "document.schema.json"))
    summary = load(os.path.join(SCHEMAS, "summary.schema.json"))
    for schema in (document, summary):
        Draft202012Validator.check_schema(schema)
    if Registry is not None:
        registry = Registry().with_resources(
            [(s["$id"], Resource.from_contents(s)) for s in (document, summary)])
        return (Draft202012Validator(document, registry=registry),
                Draft202012Validator(summary, registry=registry))
    store = {document["$id"]: document, summary["$id"]: summary}
    return (Draft202012Validator(document, resolver=RefResolver.from_schema(document, store=store)),
            Draft202012Validator(summary, resolver=RefResolver.from_schema(summary, store=store)))


def pointer(error):
    return "/" + "/".join(str(p) for p in error.absolute_path)


def main(argv):
    if len(argv) < 2:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    document, summary = validators()
    passed = failed = 0
    for folder in argv[1:]:
        names = sorted(n for n in os.listdir(folder)
                       if n.endswith(".json") and not n.startswith(".") and not n.startswith("review"))
        if not [n for n in names if n != "summary.json"]:
            print(f"FAIL {folder}: no record (*.json) to validate")
            failed += 1
        for name in names:
            path = os.path.join(folder, name)
            validator = summary if name == "summary.json" else document
            try:
                data = load(path)
            except (OSError, ValueError) as e:
                print(f"FAIL {path}: not JSON: {e}")
                failed += 1
                continue
            errors = sorted(validator.iter_errors(data), key=lambda e: list(e.absolute_path))
            if errors:
                failed += 1
                for e in errors[:20]:
                    print(f"FAIL {path} {pointer(e)}: {e.message}")
                if len(errors) > 20:
                    print(f"FAIL {path}: ... and {len(errors) - 20} more errors")
            else:
                passed += 1
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
