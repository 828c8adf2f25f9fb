#!/usr/bin/env python3
"""A synthetic PACER CM/ECF district docket report with N entries, for scripts/bench.sh.

usage: gen_docket.py N OUT.html
Its layout is the one tests/importers/tst_docketimport.cpp uses (the case table, a party with
an attorney, then one row per entry after "Docket Text"); entry texts vary in length as real
ones do.
"""
import datetime
import random
import sys

count, out = int(sys.argv[1]), sys.argv[2]
random.seed(17)
words = ("MOTION ORDER granting denying NOTICE of Appearance DECLARATION in support "
         "Exhibit Plaintiff Defendant Amazon Web Services Parler LLC preliminary injunction "
         "filed by Signed Judge Barbara Rothstein Entered").split()
start = datetime.date(2021, 1, 11)
rows = []
for n in range(1, count + 1):
    day = start + datetime.timedelta(days=n // 8)
    text = " ".join(random.choice(words) for _ in range(random.randint(8, 60)))
    rows.append(f'<tr><td>{day:%m/%d/%Y}</td><td><a href="https://ecf.wawd.uscourts.gov/doc1/'
                f'1970{n:07d}">{n}</a>&nbsp;</td><td>{text} (Entered: {day:%m/%d/%Y})</td></tr>\n')
with open(out, "w", encoding="utf-8") as f:
    f.write("<html><head><title>CM/ECF - U.S. District Court:wawd</title></head><body>"
            "<h3>U.S. District Court<BR>Western District of Washington (Seattle)<BR>"
            "CIVIL DOCKET FOR CASE #: 2:21-cv-00031-BJR</h3>"
            "<TABLE><tr><td><br>Parler LLC v. Amazon Web Services Inc<br>"
            "Assigned to: Judge Barbara J. Rothstein</td><td><br>Date Filed: 01/11/2021</td></tr>"
            "</table><table><tr><td><b><u>Plaintiff</u></b></td></tr>"
            "<tr><td><B>Parler LLC</B></td><td>represented&nbsp;by</td>"
            "<td><B>David J. Groesbeck</B><BR><I>LEAD ATTORNEY</I></td></tr></table>"
            "<table><tr><td>Date Filed</td><th>#</th><td>Docket Text</td></tr>\n")
    f.writelines(rows)
    f.write("</table></body></html>\n")
