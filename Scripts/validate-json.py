#!/usr/bin/env python3
"""Validates JSON or JSONL files against a JSON Schema (draft-04 to 2020-12, chosen by its $schema).

Usage: validate-json.py SCHEMA FILE... [--def NAME]

A file is read as one JSON document, or, when that fails and it has several lines, as JSON Lines
(each non-empty line one document). --def NAME validates against the schema's $defs/NAME instead
of its root. Prints one line per document that fails, with the JSON path and the reason, and exits
1 if any fails (2 if the tool cannot run: jsonschema missing, unreadable file).
"""
import json
import sys

try:
    import jsonschema
except ImportError:
    print("validate-json: the Python package jsonschema is missing (pip install jsonschema)", file=sys.stderr)
    sys.exit(2)


def documents(path):
    with open(path, encoding="utf-8") as handle:
        text = handle.read()
    try:
        return [("", json.loads(text))]
    except json.JSONDecodeError:
        lines = [(number, line) for number, line in enumerate(text.split("\n"), 1) if line.strip()]
        if len(lines) < 2:
            raise
        return [(f" line {number}", json.loads(line)) for number, line in lines]


def main(arguments):
    definition = None
    if "--def" in arguments:
        index = arguments.index("--def")
        definition = arguments[index + 1]
        del arguments[index:index + 2]
    if len(arguments) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    with open(arguments[0], encoding="utf-8") as handle:
        schema = json.load(handle)
    if definition:
        schema = {"$schema": schema.get("$schema"), "$defs": schema.get("$defs", {}), "$ref": f"#/$defs/{definition}"}
    validator_class = jsonschema.validators.validator_for(schema)
    validator_class.check_schema(schema)
    validator = validator_class(schema)
    failures = 0
    count = 0
    for path in arguments[1:]:
        try:
            docs = documents(path)
        except (OSError, ValueError) as error:
            print(f"{path}: cannot read: {error}", file=sys.stderr)
            return 2
        for where, document in docs:
            count += 1
            errors = sorted(validator.iter_errors(document), key=lambda error: list(error.absolute_path))
            if errors:
                failures += 1
                best = jsonschema.exceptions.best_match(errors)
                location = "/".join(str(part) for part in best.absolute_path)
                print(f"{path}{where}: at /{location}: {best.message[:300]}")
    print(f"{count - failures} of {count} documents valid", file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
