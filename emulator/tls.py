"""TLS for the emulator: a certificate the user brings, or a throwaway CA and certificate (trustme)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import trustme


@dataclass(frozen=True, slots=True)
class TlsFiles:
    cert: Path  # the server certificate chain (PEM)
    key: Path  # its private key (PEM)
    ca: Path | None = None  # the CA that signed it, when the emulator made one: point clients at this file


def make_test_certificate(directory: Path, hosts: list[str]) -> TlsFiles:
    """A new CA and a certificate it signs for `hosts`, written to `directory`."""
    directory.mkdir(parents=True, exist_ok=True)
    ca = trustme.CA(organization_name="Switchboard emulator")
    issued = ca.issue_cert(*hosts)
    files = TlsFiles(cert=directory / "server.pem", key=directory / "server.key", ca=directory / "ca.pem")
    issued.private_key_pem.write_to_path(str(files.key))
    with files.cert.open("wb") as chain:
        for blob in issued.cert_chain_pems:
            chain.write(blob.bytes())
    ca.cert_pem.write_to_path(str(files.ca))
    return files
