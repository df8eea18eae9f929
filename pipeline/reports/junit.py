"""JUnit XML: one test case per page; the findings at or above the failure threshold make
the test case's failure, the others go to its system-out."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from ..outcome import Run
from ..records import Finding
from .paths import display_path

# Characters XML 1.0 cannot carry at all, even escaped (page text may hold them).
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_text(text: str) -> str:
    """`text` with the characters XML 1.0 forbids replaced by U+FFFD."""
    return _NOT_XML.sub("\ufffd", text)


def finding_line(source: str, f: Finding) -> str:
    """One finding as a line of text: `file:line: severity CODE message (path)`."""
    where = f"{source}:{f.line}" if f.line else source
    return xml_text(f"{where}: {f.severity} {f.code} {f.message} ({f.path})")


def render(run: Run) -> str:
    """The JUnit XML text."""
    suites = ET.Element("testsuites", name="healthld")
    suite = ET.SubElement(suites, "testsuite", name=f"healthld {run.command}")
    failures = 0
    for page in run.pages:
        source = display_path(page.result.source)
        source = xml_text(source)
        case = ET.SubElement(suite, "testcase", classname=f"healthld.{run.command}", name=source,
                             file=source, time=f"{page.result.seconds:.6f}")
        failing = [f for f in page.findings if run.failing(f)]
        others = [f for f in page.findings if not run.failing(f)]
        if failing:
            failures += 1
            first = failing[0]
            failure = ET.SubElement(
                case, "failure", type=first.code,
                message=xml_text(f"{len(failing)} finding(s): {first.code} {first.message}"))
            failure.text = "\n".join(finding_line(source, f) for f in failing)
        if others:
            ET.SubElement(case, "system-out").text = "\n".join(finding_line(source, f)
                                                               for f in others)
    for element in (suites, suite):
        element.set("tests", str(len(run.pages)))
        element.set("failures", str(failures))
        element.set("errors", "0")
        element.set("time", f"{run.seconds:.6f}")
    suite.set("skipped", "0")
    ET.indent(suites)
    return ET.tostring(suites, encoding="unicode", xml_declaration=True) + "\n"
