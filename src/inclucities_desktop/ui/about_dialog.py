"""Help → About: the version, what the app is for, and the licences of what it bundles."""

from __future__ import annotations

import html
from dataclasses import dataclass
from importlib.metadata import PackageNotFoundError, version

from PySide6.QtCore import qVersion
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTextBrowser, QVBoxLayout, QWidget

from inclucities_desktop import __version__


@dataclass(frozen=True)
class Component:
    name: str
    distribution: str  # the name importlib.metadata knows it by ("" for none)
    licence: str  # an SPDX identifier
    source: str = ""  # where to get the source, for the copyleft ones


# What a bundle or an installed app carries besides its own code; keep in step with
# requirements/lock.txt (runtime part). Licence identifiers are SPDX, never translated.
COMPONENTS = (
    Component("Qt 6", "", "LGPL-3.0-only",
              "https://download.qt.io/official_releases/qt/"),
    Component("PySide6 (Qt for Python)", "PySide6_Essentials", "LGPL-3.0-only",
              "https://code.qt.io/cgit/pyside/pyside-setup.git/"),
    Component("Shiboken6", "shiboken6", "LGPL-3.0-only",
              "https://code.qt.io/cgit/pyside/pyside-setup.git/"),
    Component("Python", "", "PSF-2.0"),
    Component("SQLAlchemy", "SQLAlchemy", "MIT"),
    Component("Alembic", "alembic", "MIT"),
    Component("Mako", "Mako", "MIT"),
    Component("MarkupSafe", "MarkupSafe", "BSD-3-Clause"),
    Component("python-docx", "python-docx", "MIT"),
    Component("lxml (with libxml2 and libxslt)", "lxml", "BSD-3-Clause AND MIT"),
    Component("markdown-it-py", "markdown-it-py", "MIT"),
    Component("mdurl", "mdurl", "MIT"),
    Component("platformdirs", "platformdirs", "MIT"),
    Component("keyring", "keyring", "MIT"),
    Component("jaraco.classes, jaraco.context, jaraco.functools", "jaraco.classes", "MIT"),
    Component("more-itertools", "more-itertools", "MIT"),
    Component("SecretStorage (Linux)", "SecretStorage", "BSD-3-Clause"),
    Component("jeepney (Linux)", "jeepney", "MIT"),
    Component("cryptography (Linux)", "cryptography", "Apache-2.0 OR BSD-3-Clause"),
    Component("cffi", "cffi", "MIT"),
    Component("pycparser", "pycparser", "BSD-3-Clause"),
    Component("requests", "requests", "Apache-2.0"),
    Component("urllib3", "urllib3", "MIT"),
    Component("idna", "idna", "BSD-3-Clause"),
    Component("charset-normalizer", "charset-normalizer", "MIT"),
    Component("certifi", "certifi", "MPL-2.0"),
    Component("typing_extensions", "typing_extensions", "PSF-2.0"),
)


def component_version(component: Component) -> str:
    if component.name == "Qt 6":
        return qVersion()
    if component.name == "Python":
        import platform

        return platform.python_version()
    try:
        return version(component.distribution)
    except PackageNotFoundError:
        return "—"  # not installed here (e.g. a platform-only dependency)


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About IncluCities"))
        heading = QLabel(self.tr("<h2>IncluCities Desktop {0}</h2>").format(__version__))
        heading.setAccessibleName(self.tr("IncluCities Desktop {0}").format(__version__))
        purpose = QLabel(self.tr(
            "<p>Co-design local action plans for the integration and inclusion of migrants, "
            "offline first.</p><p>IncluCities is led by CEMR and funded by the European "
            "Union's Asylum, Migration and Integration Fund.</p>"
            "<p>IncluCities Desktop is free software under the European Union Public "
            "Licence (EUPL-1.2).</p>"))
        purpose.setWordWrap(True)
        self.licences = QTextBrowser()
        self.licences.setOpenExternalLinks(True)
        self.licences.setAccessibleName(self.tr("Bundled components and their licences"))
        self.licences.setHtml(self.licences_html())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(purpose)
        layout.addWidget(QLabel(self.tr("Components")))
        layout.addWidget(self.licences, 1)
        layout.addWidget(buttons)
        self.resize(self.fontMetrics().averageCharWidth() * 90,
                    self.fontMetrics().height() * 34)

    def licences_html(self) -> str:
        rows = []
        for component in COMPONENTS:
            source = (f'<a href="{html.escape(component.source)}">'
                      f"{html.escape(component.source)}</a>") if component.source else ""
            rows.append(f"<tr><td>{html.escape(component.name)}</td>"
                        f"<td>{html.escape(component_version(component))}</td>"
                        f"<td>{html.escape(component.licence)}</td><td>{source}</td></tr>")
        header = "".join(f"<th align='left'>{html.escape(text)}</th>" for text in (
            self.tr("Component"), self.tr("Version"), self.tr("Licence"),
            self.tr("Source code")))
        lgpl = self.tr(
            "Qt and PySide6 are used under the GNU Lesser General Public License version 3. "
            "You may replace the Qt and PySide6 libraries in the installed folder with your "
            "own builds of the same version; the source code of both is available at the "
            "addresses in the table.")
        return (f"<p>{html.escape(lgpl)}</p><table cellspacing='0' cellpadding='3'>"
                f"<tr>{header}</tr>{''.join(rows)}</table>")
