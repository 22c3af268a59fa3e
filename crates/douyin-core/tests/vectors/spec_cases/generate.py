"""Writes the spec-derived vector files beside this script: cases for endpoints, handlers and
filters of http.md that F2's public sample does not contain, in the sample's own format.

Usage: python3 generate.py [F2 vectors dir, default ../shared/vectors from the repository root]

The signer is first checked against every signable public X-Bogus/A-Bogus case; nothing here
imports or runs the Rust crate. The Rust test `spec_cases_pass_through_the_runner` copies these
files beside the public ones into a temporary folder and runs the vector test on it.
"""
import json
import os
import sys

import filters as filters_cases
import id_extraction as id_cases
import pagination as pagination_cases
import requests as requests_cases
import signers

HERE = os.path.dirname(os.path.abspath(__file__))
GENERATED = {
    "requests": requests_cases,
    "pagination": pagination_cases,
    "filters": filters_cases,
    "id_extraction": id_cases,
}


def write(kind, module):
    doc = {
        "source": "derived from shared/spec/http.md (not an F2 run)",
        "how_generated": (module.__doc__ or "").strip(),
        "kind": kind,
        "generator": "crates/douyin-core/tests/vectors/spec_cases/generate.py",
        "set": "spec",
        "cases": module.cases(),
    }
    path = os.path.join(HERE, f"{kind}.json")
    with open(path, "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(f"{path}: {len(doc['cases'])} cases")


def main():
    root = os.path.abspath(os.path.join(HERE, "../../../../.."))
    vectors = sys.argv[1] if len(sys.argv) > 1 else os.path.join(root, "../shared/vectors")
    print(f"signer agrees with {signers.self_check(vectors)} public F2 signatures")
    print(f"request builder agrees with {requests_cases.self_check(vectors)} public F2 requests")
    print(f"handler loops agree with {pagination_cases.self_check(vectors)} public F2 pagination logs")
    print(f"filter tables agree with {filters_cases.self_check(vectors)} public F2 filter cases")
    for kind, module in GENERATED.items():
        write(kind, module)


if __name__ == "__main__":
    main()
