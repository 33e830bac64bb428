#!/usr/bin/env python3
"""Convert the neutral Lindeveld reference document (../shared/reference/lindeveld-N.json,
format lindeveld-peer-bench/1) into koers document markup (docs/markup.md), with the same
content the LuaLaTeX, FOP and WeasyPrint versions carry: cover, contents, chapters with
numbered sections, paragraphs, bullet lists and tables with a repeated header.

Usage: reference_to_markup.py lindeveld-30.json [-o OUT.xml] [--style reference]
Standard library only.
"""
import argparse
import json
import sys
from xml.sax.saxutils import escape, quoteattr


def text(s):
    """Escaped character data; no-break spaces (€ 1.250.000) stay as they are."""
    return escape(s)


def paragraph(block, out, indent):
    out.append(f"{indent}<p>{text(block['text'])}</p>")


def bullet_list(block, out, indent):
    tag = "ol" if block.get("style") in ("number", "numbered", "decimal") else "ul"
    out.append(f"{indent}<{tag}>")
    for item in block["items"]:
        out.append(f"{indent}  <li>{text(item)}</li>")
    out.append(f"{indent}</{tag}>")


def table(block, out, indent):
    columns = block["columns"]
    aligns = block.get("align") or ["left"] * len(columns)
    widths = block.get("widths")
    out.append(f"{indent}<table>")
    out.append(f"{indent}  <caption>{text(block['caption'])}</caption>")
    for i, _ in enumerate(columns):
        width = f' width="{widths[i]}%"' if widths else ""
        out.append(f'{indent}  <col{width} align="{aligns[i]}"/>')
    head = "".join(
        f"<th{'' if aligns[i] == 'left' else f' align={quoteattr(aligns[i])}'}>{text(c)}</th>"
        for i, c in enumerate(columns))
    # without repeat_header the header is still the table's first row, but a plain body row
    if block.get("repeat_header", True):
        out.append(f"{indent}  <thead><tr>{head}</tr></thead>")
        out.append(f"{indent}  <tbody>")
    else:
        out.append(f"{indent}  <tbody>")
        out.append(f"{indent}    <tr>{head}</tr>")
    for row in block["rows"]:
        cells = "".join(f"<td>{text(c)}</td>" for c in row)
        out.append(f"{indent}    <tr>{cells}</tr>")
    out.append(f"{indent}  </tbody>")
    out.append(f"{indent}</table>")


BLOCKS = {"paragraph": paragraph, "list": bullet_list, "table": table}


def blocks(items, out, indent):
    for block in items:
        kind = block["type"]
        if kind == "section":
            section(block, 2, out, indent)
        elif kind in BLOCKS:
            BLOCKS[kind](block, out, indent)
        else:
            raise ValueError(f"unknown block type {kind!r}")


def section(node, level, out, indent):
    if level > 4:
        raise ValueError(f"heading level {level} is deeper than koers's h4")
    # koers numbers headings itself (heading-numbering "1.1"), as LaTeX does; the JSON's
    # number is the same sequence
    out.append(f"{indent}<h{level} id={quoteattr(node['id'])}>{text(node['title'])}</h{level}>")
    blocks(node.get("blocks", []), out, indent)
    for child in node.get("sections", []):
        section(child, level + 1, out, indent)


def convert(doc, style):
    meta = doc["document"]
    cover = meta["cover"]
    toc = doc.get("toc", {})
    attrs = {
        "title": doc.get("running_header", meta["title"]),
        "subtitle": cover.get("subtitle", ""),
        "author": meta["municipality"],
        "subject": "Duurzaamheidsvisie",
        "lang": meta.get("language", "nl-NL"),
        "date": meta["date"],
        "style": style,
        "municipality": meta["municipality"],
    }
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           "<document " + " ".join(f"{k}={quoteattr(v)}" for k, v in attrs.items()) + ">"]
    out.append('  <section page="cover">')
    out.append(f'    <p style="cover-municipality">{text(cover["organisation"])}</p>')
    out.append(f'    <p style="cover-title">{text(cover["title"])}</p>')
    if cover.get("subtitle"):
        out.append(f'    <p style="cover-subtitle">{text(cover["subtitle"])}</p>')
    for line in cover.get("meta", []):
        out.append(f'    <p style="cover-meta">{text(line)}</p>')
    out.append("  </section>")
    out.append('  <section page="body">')
    toc_title = quoteattr(toc.get("title", "Inhoudsopgave"))
    out.append(f'    <toc depth="{int(toc.get("levels", 2))}" title={toc_title}/>')
    out.append("    <page-break/>")
    for chapter in doc["chapters"]:
        section(chapter, 1, out, "    ")
    out.append("  </section>")
    out.append("</document>")
    return "\n".join(out) + "\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("json")
    parser.add_argument("-o", "--output", help="markup file (default: standard output)")
    parser.add_argument("--style", default="reference", help="koers style (default: reference)")
    args = parser.parse_args()
    with open(args.json, encoding="utf-8") as f:
        doc = json.load(f)
    if not str(doc.get("format", "")).startswith("lindeveld-peer-bench/"):
        print(f"{args.json}: not a lindeveld-peer-bench document", file=sys.stderr)
        return 2
    markup = convert(doc, args.style)
    if args.output:
        with open(args.output, "w", encoding="utf-8") as f:
            f.write(markup)
    else:
        sys.stdout.write(markup)
    return 0


if __name__ == "__main__":
    sys.exit(main())
