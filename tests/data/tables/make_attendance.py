#!/usr/bin/python3
"""Renders the attendance page of seed 001 (comité syndical of Nord-Pas-de-Calais
Numérique, 21 Feb 2024) as a 300 dpi 1-bit scan, with its truth next to it.

Output: attendance_001.png (A4, 1 bpp) and attendance_001.json:
  dpi, rows, cols, rules_x/rules_y (rule centres in px), merged (blocks of the
  Collectivité column), checkboxes [[row, col, checked]], words [{text, box in
  pt}], cells {"row,col": text}.
The checkboxes are the glyphs a Word form leaves (U+2610 ☐ / U+2612 ☒, DejaVu
Sans), not drawn squares, so the detector sees what a real scan shows.
Deterministic: rerun to regenerate (PIL + DejaVu/Liberation fonts from Debian).
"""
import json
import os

from PIL import Image, ImageDraw, ImageFont

DPI = 300
MM = DPI / 25.4
PT = 72.0 / DPI  # pt per px
HERE = os.path.dirname(os.path.abspath(__file__))
SANS = "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf"
BOLD = "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf"
GLYPHS = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"

# (collectivité, [(membre, présent/absent/excusé index, pouvoir à)])
P, A, E = 0, 1, 2
GROUPS = [
    ("Conseil régional des Hauts de France", [
        ("Mme Valérie BIEGALSKI", E, "M. COULON"), ("Mme Emilie BOMMART", E, "M. HEUSELE"),
        ("M. Christophe COULON", P, ""), ("M. Arnaud DECAGNY", E, ""), ("M. Luc FOUTRY", E, ""),
        ("M. Alban HEUSELE", P, ""), ("M. Yvan HUTCHINSON", P, ""),
        ("M. Jean-Michel MICHALAK", E, "M. TETARD"), ("M. Ghislain TETARD", P, ""),
        ("M. Benoît TIRMARCHE", P, "")]),
    ("Département du Nord", [
        ("M. Grégory BARTHOLOMEUS", P, "M. DISSAUX"), ("M. Luc MONNET", P, ""),
        ("Mme Marie-Hélène QUATREBOEUF", E, "Mme VANPEENE"), ("M. Nicolas SIEGLER", E, "M. MONNET"),
        ("Mme Anne VANPEENE", P, "")]),
    ("Département du Pas-de-Calais", [
        ("M. Claude BACHELET", P, ""), ("M. Jean-Claude DISSAUX", E, ""),
        ("Mme Bénédicte MESSEANNE-GROBELNY", E, ""), ("Mme Véronique THIEBAUT", E, "M. BACHELET"),
        ("Mme Sophie WAROT-LEMAIRE", E, "")]),
    ("Collège ENT", [("M. André FIGOUREUX", P, ""), ("M. Jean-Louis DAUCHY", P, "")]),
]
HEADERS = ["Collectivité", "Membre", "Présents", "Absents", "Excusés", "Pouvoir à"]
COL_MM = [36, 58, 17, 17, 17, 33]
PARAGRAPHS = [
    ("DÉLIBÉRATION 2024 – 01", BOLD, 12),
    ("SYNDICAT MIXTE OUVERT « NORD-PAS-DE-CALAIS NUMÉRIQUE »", BOLD, 11),
    ("EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU COMITÉ SYNDICAL", BOLD, 11),
    ("Objet : Adhésion des communes de la Métropole Européenne de Lille au Syndicat mixte au titre de "
     "sa compétence en matière de numérique éducatif", SANS, 10),
    ("Le vingt-et-un février deux mille vingt-quatre, le comité syndical du Syndicat mixte ouvert "
     "Nord – Pas-de-Calais Numérique s’est réuni à Lille, dans les locaux du Conseil régional des "
     "Hauts-de-France, sur convocation en date du quinze février deux mille vingt-quatre, sous la "
     "présidence de M. Christophe COULON.", SANS, 10),
]


def px(v_mm):
    return int(round(v_mm * MM))


def main():
    w, h = px(210), px(297)
    img = Image.new("L", (w, h), 255)
    d = ImageDraw.Draw(img)
    words = []

    def text(x, y, s, font):
        """Draws s word by word from (x, y) (top of the line) and records boxes."""
        space = d.textlength(" ", font=font)
        for wd in s.split(" "):
            if not wd:
                continue
            d.text((x, y), wd, font=font, fill=0)
            x0, y0, x1, y1 = d.textbbox((x, y), wd, font=font)
            words.append({"text": wd, "box": [round(x0 * PT, 2), round(y0 * PT, 2),
                                               round(x1 * PT, 2), round(y1 * PT, 2)]})
            x += d.textlength(wd, font=font) + space
        return x

    def wrap(s, font, width):
        lines, cur = [], ""
        for wd in s.split(" "):
            t = (cur + " " + wd).strip()
            if d.textlength(t, font=font) <= width or not cur:
                cur = t
            else:
                lines.append(cur)
                cur = wd
        lines.append(cur)
        return lines

    y = px(18)
    left, right = px(20), px(190)
    for s, face, size in PARAGRAPHS:
        font = ImageFont.truetype(face, int(round(size * DPI / 72)))
        for line in wrap(s, font, right - left):
            text(left, y, line, font)
            y += int(size * 1.3 * DPI / 72)
        y += px(3)

    # The table.
    font = ImageFont.truetype(SANS, int(round(9 * DPI / 72)))
    hfont = ImageFont.truetype(BOLD, int(round(9 * DPI / 72)))
    glyph = ImageFont.truetype(GLYPHS, int(round(11 * DPI / 72)))
    xs = [left]
    for c in COL_MM:
        xs.append(xs[-1] + px(c))
    row_h = px(6.2)
    members = [(g, m) for g, ms in GROUPS for m in ms]
    nrows = 1 + len(members) + 1
    ys = [y + px(4)]
    for _ in range(nrows):
        ys.append(ys[-1] + row_h)
    t = 3  # rule thickness in px (0.7 pt)

    def hline(x0, x1, yy):
        d.rectangle([x0 - 1, yy - 1, x1 + 1, yy - 1 + t - 1], fill=0)

    def vline(xx, y0, y1):
        d.rectangle([xx - 1, y0 - 1, xx - 1 + t - 1, y1 + 1], fill=0)

    # Horizontal rules: full width except inside a Collectivité block.
    first_rows = set()
    r = 1
    blocks = []
    for g, ms in GROUPS:
        first_rows.add(r)
        blocks.append([r, r + len(ms) - 1])
        r += len(ms)
    for i, yy in enumerate(ys):
        full = i == 0 or i == nrows or i in first_rows or i == nrows - 1
        hline(xs[0] if full else xs[1], xs[-1], yy)
    for xx in xs:
        vline(xx, ys[0], ys[-1])

    cells = {}
    checkboxes = []

    def cell_text(r, c, s, f, center=False):
        lines = wrap(s, f, xs[c + 1] - xs[c] - px(3))
        lh = int(f.size * 1.15)
        top = (ys[r] + ys[r + 1]) / 2 - lh * len(lines) / 2
        for k, line in enumerate(lines):
            x = xs[c] + px(1.5)
            if center:
                x = (xs[c] + xs[c + 1]) / 2 - d.textlength(line, font=f) / 2
            text(int(x), int(top + k * lh), line, f)
        cells["%d,%d" % (r, c)] = " ".join(lines)

    for c, s in enumerate(HEADERS):
        cell_text(0, c, s, hfont, center=c >= 2)
    r = 1
    for g, ms in GROUPS:
        # The block's text is centred on the block, i.e. in its middle rows.
        r0, r1 = r, r + len(ms) - 1
        lines = wrap(g, font, xs[1] - xs[0] - px(3))
        lh = int(font.size * 1.15)
        top = (ys[r0] + ys[r1 + 1]) / 2 - lh * len(lines) / 2
        for k, line in enumerate(lines):
            text(xs[0] + px(1.5), int(top + k * lh), line, font)
        for rr in range(r0, r1 + 1):
            cells["%d,0" % rr] = " ".join(lines)
        for name, state, proxy in ms:
            cell_text(r, 1, name, font)
            for k in range(3):
                ch = "\u2612" if k == state else "\u2610"
                cx, cy = (xs[2 + k] + xs[3 + k]) / 2, (ys[r] + ys[r + 1]) / 2
                d.text((cx, cy), ch, font=glyph, fill=0, anchor="mm")
                checkboxes.append([r, 2 + k, k == state])
            if proxy:
                cell_text(r, 5, proxy, font)
            r += 1
    totals = [sum(1 for _, m in members if m[1] == k) for k in range(3)]
    totals.append(sum(1 for _, m in members if m[2]))
    for k, v in enumerate(totals):
        cell_text(r, 2 + k, str(v), font, center=True)

    y = ys[-1] + px(8)
    bfont = ImageFont.truetype(SANS, int(round(10 * DPI / 72)))
    for line in ["Le quorum étant atteint, le comité syndical peut valablement délibérer.",
                 "Le comité syndical,", "Vu le Code Général des Collectivités Territoriales ;"]:
        text(left, y, line, bfont)
        y += int(10 * 1.3 * DPI / 72) + px(2)

    img.convert("1", dither=Image.Dither.NONE).save(os.path.join(HERE, "attendance_001.png"), optimize=True)
    truth = {"dpi": DPI, "rows": nrows, "cols": len(HEADERS),
             "rules_x": [x + 0.5 for x in xs], "rules_y": [yy + 0.5 for yy in ys],
             "merged_col0": blocks, "checkboxes": checkboxes, "cells": cells, "words": words}
    with open(os.path.join(HERE, "attendance_001.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=0)


if __name__ == "__main__":
    main()
