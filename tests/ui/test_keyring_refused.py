"""A plaintext file keyring is refused in the settings: the notice says why and what to do, in Italian."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import keyring
import pytest
from keyrings.alt.file import PlaintextKeyring

from mediation_desk.services import mail_settings
from mediation_desk.ui.common.app_context import AppContext
from tests.ui.test_mail_and_settings import fill_mail_form, mail_panel


@pytest.fixture
def plaintext_file(tmp_path: Path) -> Iterator[Path]:
    """keyrings.alt's plaintext keyring, as `pip install keyrings.alt` would give, its file in tmp."""

    class PlaintextInTmp(PlaintextKeyring):
        @property
        def file_path(self) -> str:
            return str(tmp_path / "keyring_pass.cfg")

    previous = keyring.get_keyring()
    keyring.set_keyring(PlaintextInTmp())
    yield tmp_path / "keyring_pass.cfg"
    keyring.set_keyring(previous)


def test_the_plaintext_keyring_is_refused_with_what_to_do_in_italian(
    context: AppContext, qtbot: Any, plaintext_file: Path
) -> None:
    panel = mail_panel(context, qtbot)
    notice = panel.keyring_notice.text()
    assert panel.keyring_notice.isVisible()
    why = "(PlaintextInTmp terrebbe le password in chiaro in un file)"
    assert notice.startswith(f"Nessun portachiavi di sistema utilizzabile {why}")
    assert "installa e sblocca il portachiavi di sistema" in notice
    assert "usa un server di posta che non chiede password" in notice
    fill_mail_form(panel, "segreta")
    assert not panel.save()
    assert not plaintext_file.exists()
    with context.db.read() as s:
        assert not mail_settings.mail_configured(s)
