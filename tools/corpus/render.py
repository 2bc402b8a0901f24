"""Render corpus markup to a born-digital PDF (reportlab) and to a scanned,
image-only PDF (pdftoppm + PIL/numpy degradation). Deterministic.

Markup (one directive per line):
  @page              page break            @space N     vertical space (pt)
  # text / ## text   centred bold title    ### text     left bold heading
  >> text            right-aligned line    ~ text       small italic line
  - text             bullet item           | a | b |    table row (first row = header)
  table cells: [ ] empty checkbox, [x] ticked with an X, [#] filled box
  inline: **bold**, *italic*, ^{sup};  a line ending in two spaces is joined
  to the next one with a line break; an empty line is a small gap.
"""
import io
import os
import re
import subprocess
import tempfile

from reportlab import rl_config

rl_config.invariant = 1
from reportlab.lib import colors  # noqa: E402
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.platypus import (Flowable, PageBreak, Paragraph,  # noqa: E402
                                SimpleDocTemplate, Spacer, Table, TableStyle)

FONT_FAMILIES = {
    "serif": ("/usr/share/fonts/truetype/liberation/LiberationSerif-%s.ttf",
              ("Regular", "Bold", "Italic", "BoldItalic")),
    "sans": ("/usr/share/fonts/truetype/liberation/LiberationSans-%s.ttf",
             ("Regular", "Bold", "Italic", "BoldItalic")),
    "dejavu": ("/usr/share/fonts/truetype/dejavu/DejaVuSerif%s.ttf",
               ("", "-Bold", "-Italic", "-BoldItalic")),
}
_registered = set()


def _register(family):
    if family in _registered:
        return
    pattern, suffixes = FONT_FAMILIES[family]
    names = [family + s for s in ("", "-B", "-I", "-BI")]
    for name, suf in zip(names, suffixes):
        pdfmetrics.registerFont(TTFont(name, pattern % suf))
    pdfmetrics.registerFontFamily(family, normal=names[0], bold=names[1],
                                  italic=names[2], boldItalic=names[3])
    _registered.add(family)


class CheckBox(Flowable):
    """A drawn square, empty, ticked with an X, or filled."""

    def __init__(self, state, size=8.5):
        super().__init__()
        self.state, self.size = state, size
        self.width = self.height = size

    def draw(self):
        c, s = self.canv, self.size
        c.setLineWidth(0.7)
        if self.state == "#":
            c.setFillColor(colors.black)
            c.rect(0, 0, s, s, stroke=1, fill=1)
            return
        c.rect(0, 0, s, s, stroke=1, fill=0)
        if self.state == "x":
            c.setLineWidth(1.0)
            c.line(1.5, 1.5, s - 1.5, s - 1.5)
            c.line(1.5, s - 1.5, s - 1.5, 1.5)


def _inline(text):
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    text = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", text)
    text = re.sub(r"(?<![\w*])\*(\S.*?)\*(?![\w*])", r"<i>\1</i>", text)
    text = re.sub(r"\^\{(.+?)\}", r"<super>\1</super>", text)
    return text


def _styles(family, size):
    lead = size * 1.25
    base = ParagraphStyle("p", fontName=family, fontSize=size, leading=lead,
                          alignment=TA_JUSTIFY, spaceAfter=2)
    return {
        "p": base,
        "h1": ParagraphStyle("h1", parent=base, fontName=family + "-B",
                             fontSize=size + 2.5, leading=lead + 3, alignment=TA_CENTER,
                             spaceBefore=4, spaceAfter=4),
        "h2": ParagraphStyle("h2", parent=base, fontName=family + "-B",
                             alignment=TA_CENTER, spaceAfter=3),
        "h3": ParagraphStyle("h3", parent=base, fontName=family + "-B",
                             alignment=TA_LEFT, spaceBefore=3),
        "right": ParagraphStyle("r", parent=base, alignment=TA_RIGHT),
        "small": ParagraphStyle("s", parent=base, fontName=family + "-I",
                                fontSize=size - 1.5, leading=lead - 2, alignment=TA_LEFT),
        "bullet": ParagraphStyle("b", parent=base, leftIndent=18, bulletIndent=6),
        "cell": ParagraphStyle("c", parent=base, fontSize=size - 1.5,
                               leading=size, alignment=TA_LEFT, spaceAfter=0),
        "cellh": ParagraphStyle("ch", parent=base, fontName=family + "-B",
                                fontSize=size - 1.5, leading=size, alignment=TA_CENTER,
                                spaceAfter=0),
    }


def _table(rows, st, width):
    data = []
    for r, row in enumerate(rows):
        out = []
        for cell in row:
            m = re.fullmatch(r"\[([ x#])\]", cell)
            if m:
                out.append(CheckBox(m.group(1)))
            else:
                out.append(Paragraph(_inline(cell), st["cellh" if r == 0 else "cell"]))
        data.append(out)
    ncol = max(len(r) for r in data)
    for r in data:
        r.extend([""] * (ncol - len(r)))
    # first two columns wide (collectivity, member), the others narrow
    if ncol >= 5:
        narrow = 50
        widths = [width * 0.24, width * 0.30] + [narrow] * (ncol - 3)
        widths.append(max(40, width - sum(widths)))
    else:
        widths = [width / ncol] * ncol
    if ncol <= 2:  # "label : value" block, no rules
        data = [[Paragraph(_inline(c), st["p"]) if isinstance(c, str) else c for c in row]
                for row in rows]
        t = Table(data, colWidths=[width * 0.72, width * 0.28])
        t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("TOPPADDING", (0, 0), (-1, -1), 0),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
        return t
    t = Table(data, colWidths=widths, repeatRows=1)
    t.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("ALIGN", (2, 1), (-1, -1), "CENTER"),
        ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.88, 0.88, 0.88)),
        ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]))
    return t


def markup_to_flowables(markup, st, width):
    lines = markup.split("\n")
    flow, i = [], 0
    while i < len(lines):
        line = lines[i]
        if line.startswith("|"):
            rows = []
            while i < len(lines) and lines[i].startswith("|"):
                rows.append([c.strip() for c in lines[i].strip().strip("|").split("|")])
                i += 1
            flow.append(Spacer(1, 4))
            flow.append(_table(rows, st, width))
            flow.append(Spacer(1, 6))
            continue
        # join lines ending in two spaces
        while line.endswith("  ") and i + 1 < len(lines) and lines[i + 1].strip():
            i += 1
            nxt = lines[i]
            for prefix in ("### ", "## ", "# ", ">> ", "~ "):
                if nxt.startswith(prefix):
                    nxt = nxt[len(prefix):]
                    break
            line = line.rstrip() + "\x00" + nxt
        i += 1
        s = line.strip()
        if not s:
            flow.append(Spacer(1, 5))
            continue
        if s == "@page":
            flow.append(PageBreak())
            continue
        if s.startswith("@space "):
            flow.append(Spacer(1, float(s.split()[1])))
            continue
        style, text, bullet = "p", s, None
        for prefix, name in (("### ", "h3"), ("## ", "h2"), ("# ", "h1"),
                             (">> ", "right"), ("~ ", "small")):
            if s.startswith(prefix):
                style, text = name, s[len(prefix):]
                break
        else:
            if s.startswith("- "):
                style, text, bullet = "bullet", s[2:], "-"
        text = _inline(text).replace("\x00", "<br/>")
        flow.append(Paragraph(text, st[style], bulletText=bullet))
    return flow


def render_pdf(markup, path, family="serif", size=10.5, margins_mm=(22, 20, 20, 22),
               title="", footer=None):
    """Born-digital A4 PDF with a real text layer."""
    _register(family)
    st = _styles(family, size)
    left, top, right, bottom = (m * mm for m in margins_mm)
    width = A4[0] - left - right

    def on_page(canv, doc):
        if footer:
            canv.saveState()
            canv.setFont(family, 8)
            canv.drawCentredString(A4[0] / 2, 12 * mm, footer % {"page": doc.page})
            canv.restoreState()

    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=left, rightMargin=right,
                            topMargin=top, bottomMargin=bottom, title=title,
                            author="delib corpus", creator="delib corpus", invariant=1)
    doc.build(markup_to_flowables(markup, st, width), onFirstPage=on_page,
              onLaterPages=on_page)


# ---------------------------------------------------------------- scans

def _degrade(img, rng, sc, page_index):
    import numpy as np
    from PIL import Image, ImageFilter
    angle = float(rng.uniform(sc["skew_min"], sc["skew_max"])) * (1 if rng.random() < 0.5 else -1)
    img = img.rotate(angle, resample=Image.BILINEAR, fillcolor=255, expand=False)
    img = img.filter(ImageFilter.GaussianBlur(radius=float(rng.uniform(0.3, sc["blur"]))))
    a = np.array(img, dtype=np.float32)
    # uneven lighting + paper tint, gaussian noise, salt-and-pepper specks
    h, w = a.shape
    ramp = np.linspace(0, float(rng.uniform(-12, 12)), w, dtype=np.float32)[None, :]
    a *= np.float32(rng.uniform(0.86, 0.97))
    a += ramp + np.float32(rng.uniform(4, 20))
    a += rng.standard_normal(size=a.shape, dtype=np.float32) * np.float32(sc["noise"])
    n = int(h * w * sc["specks"])
    ys, xs = rng.integers(0, h, n), rng.integers(0, w, n)
    a[ys, xs] = rng.choice(np.array([0.0, 255.0], dtype=np.float32), n)
    if rng.random() < 0.3:  # scanner-lid shadow along one edge
        width = int(w * float(rng.uniform(0.01, 0.03)))
        shade = np.linspace(float(rng.uniform(90, 160)), 0, width, dtype=np.float32)
        if rng.random() < 0.5:
            a[:, :width] -= shade[None, :]
        else:
            a[:width, :] -= shade[:, None]
    img = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), "L")
    rot = sc.get("rotate", {}).get(str(page_index + 1), 0)
    if rot:
        img = img.rotate(rot, expand=True)
    return img


def render_scan(pdf_path, out_path, sc):
    """Rasterise a born-digital PDF and degrade it as a scanner would.

    sc: {seed, dpi, skew_min, skew_max, blur, noise, specks, quality,
         rotate: {"2": 180}} (page numbers as strings, degrees counter-clockwise).
    """
    import numpy as np
    from PIL import Image
    rng = np.random.default_rng(sc["seed"])
    dpi = sc["dpi"]
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", pdf_path,
                        os.path.join(tmp, "p")], check=True)
        files = sorted(f for f in os.listdir(tmp) if f.endswith(".pgm"))
        pages = []
        for k, f in enumerate(files):
            with Image.open(os.path.join(tmp, f)) as im:
                pages.append(_degrade(im.convert("L"), rng, sc, k))
    buf = io.BytesIO()
    import time
    fixed = time.gmtime(946684800)  # 2000-01-01: deterministic bytes
    pages[0].save(buf, "PDF", save_all=True, append_images=pages[1:],
                  resolution=float(dpi), quality=int(sc["quality"]),
                  title=os.path.basename(out_path), creationDate=fixed, modDate=fixed,
                  producer="delib corpus", creator="delib corpus")
    with open(out_path, "wb") as fh:
        fh.write(buf.getvalue())
