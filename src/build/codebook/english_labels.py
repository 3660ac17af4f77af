#!/usr/bin/env python3
"""Writes the English labels of the codebook (src/main/resources/io/github/nianbao/export/codebook-en.csv) from
the codebook's code parts: section 二 rows x columns, section 三 rows x applicants, section 四 groups x outcomes.
Usage: english_labels.py CODEBOOK.csv OUT.csv. The output is committed; CodebookEnglishTest checks it covers
every code."""
import csv
import sys

S2_ROWS = {
    "rules": "Rules (规章)", "normdocs": "Normative documents", "license": "Administrative licensing",
    "othersvc": "Other external management services", "penalty": "Administrative penalties",
    "coercion": "Administrative coercion", "fees": "Administrative fees", "procure": "Government centralised procurement",
}
S2_COLUMNS = {
    "issued": "issued this year", "repealed": "repealed this year", "in_force": "in force",
    "decisions": "decisions this year", "made": "made this year", "published": "published this year",
    "total": "total published", "prev": "items in the previous year", "change": "change this year (+/-)",
    "count": "number of procurement projects",
}
S2_AMOUNT = {"fees": "fees collected this year", "procure": "total procurement amount"}
S3_ROWS = {
    "new": "I. New requests this year", "carried_in": "II. Carried over from last year",
    "granted": "III.(1) Disclosed", "partial": "III.(2) Partly disclosed",
    "deny_secret": "III.(3)1 Withheld: state secret", "deny_law": "III.(3)2 Withheld: barred by other laws",
    "deny_safety": "III.(3)3 Withheld: endangers security or stability",
    "deny_thirdparty": "III.(3)4 Withheld: third-party rights",
    "deny_internal": "III.(3)5 Withheld: internal affairs", "deny_process": "III.(3)6 Withheld: process information",
    "deny_casefile": "III.(3)7 Withheld: enforcement case file", "deny_query": "III.(3)8 Withheld: query matter",
    "unable_notheld": "III.(4)1 Cannot provide: not held", "unable_create": "III.(4)2 Cannot provide: would need creating",
    "unable_unclear": "III.(4)3 Cannot provide: still unclear after correction",
    "reject_petition": "III.(5)1 Not handled: petition or complaint", "reject_repeat": "III.(5)2 Not handled: repeated",
    "reject_pubs": "III.(5)3 Not handled: asks for publications",
    "reject_mass": "III.(5)4 Not handled: mass repeated requests",
    "reject_confirm": "III.(5)5 Not handled: asks to confirm information obtained",
    "other": "III.(6) Other handling (single row)", "other_nocorrect": "III.(6)1 Other: not corrected in time",
    "other_nofee": "III.(6)2 Other: fee not paid", "other_misc": "III.(6)3 Other",
    "total": "III.(7) Total handled", "carried_out": "IV. Carried over to next year",
}
APPLICANTS = {
    "natural": "natural persons", "business": "businesses", "research": "research institutions",
    "ngo": "public-interest organisations", "legal": "legal service institutions",
    "otherorg": "other organisations", "total": "total",
}
S4_GROUPS = {
    "recon": "Administrative reconsideration", "suit_direct": "Lawsuits without reconsideration",
    "suit_after": "Lawsuits after reconsideration",
}
S4_OUTCOMES = {"upheld": "upheld", "corrected": "corrected", "other": "other result", "pending": "pending",
               "total": "total"}
UNITS = {"件": "items", "项": "items", "万元": "ten thousand yuan", "as printed (元 or 万元)": "as printed (yuan or ten thousand yuan)"}


def english(code):
    sec, rest = code[:2], code[3:]
    if sec == "s2":
        row = next(r for r in sorted(S2_ROWS, key=len, reverse=True) if rest.startswith(r + "_"))
        col = rest[len(row) + 1:]
        label = S2_AMOUNT[row] if col == "amount" else S2_COLUMNS[col]
        return S2_ROWS[row] + " x " + label
    if sec == "s3":
        for row in sorted(S3_ROWS, key=len, reverse=True):
            if rest.startswith(row + "_") and rest[len(row) + 1:] in APPLICANTS:
                return S3_ROWS[row] + " x " + APPLICANTS[rest[len(row) + 1:]]
    if sec == "s4":
        for g in sorted(S4_GROUPS, key=len, reverse=True):
            if rest.startswith(g + "_"):
                return S4_GROUPS[g] + " x " + S4_OUTCOMES[rest[len(g) + 1:]]
    raise SystemExit("no English label for " + code)


def main(codebook, out):
    rows = {}
    with open(codebook, encoding="utf-8") as f:
        for r in csv.DictReader(f):
            rows.setdefault(r["code"], (english(r["code"]), UNITS[r["unit"]]))
    with open(out, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["code", "label_en", "unit_en"])
        for code, (label, unit) in rows.items():
            w.writerow([code, label, unit])


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
