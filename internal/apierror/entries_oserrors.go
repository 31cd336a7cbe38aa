package apierror

// Operating-system socket, DNS and TLS errors as runtimes print them: the
// Windows Sockets messages, POSIX strerror() texts with their errno numbers,
// Windows' Schannel/CryptoAPI status codes and .NET's wording, OpenSSL 3's
// unexpected EOF. Sources: Microsoft's Windows Sockets error code list and
// winerror.h, glibc and macOS errno texts, dotnet/runtime's resource
// strings; testdata/vocab/oserrors.txt lists them.
func osErrorEntries() []*entry {
	return []*entry{
		{id: "os-connect", cat: Network, tier: tierConnection, strong: true,
			any: []string{"target machine actively refused it", "forcibly closed by the remote host",
				"connected party did not properly respond after a period of time", "aborted by the software in your host machine",
				"A socket operation was attempted to an unreachable", "A socket operation encountered a dead network",
				"No such host is known", "temporary error during hostname resolution", "Unable to connect to the remote server",
				"The underlying connection was closed: The connection was closed unexpectedly",
				"[Errno 110] Connection timed out", "[Errno 60] Operation timed out", "[Errno 32] Broken pipe"}},
		// WSAEACCES on connect: a firewall or security product refused the
		// socket on this machine; it stays refused until the rule changes.
		{id: "os-socket-forbidden", cat: Network, tier: tierConnection, strong: true, retry: -1,
			any:     []string{"access a socket in a way forbidden by its access permissions"},
			summary: "This machine refused to open the connection (a firewall, VPN client or security software blocks it) — not a passing network blip."},
		{id: "os-tls", cat: TLS, tier: tierTLS, strong: true,
			any: []string{"SEC_E_UNTRUSTED_ROOT", "CERT_E_UNTRUSTEDROOT", "CRYPT_E_NO_REVOCATION_CHECK", "CRYPT_E_REVOCATION_OFFLINE",
				"SEC_E_CERT_EXPIRED", "SEC_E_WRONG_PRINCIPAL", "SEC_E_ILLEGAL_MESSAGE", "issued by an authority that is not trusted",
				"The SSL connection could not be established", "The remote certificate is invalid",
				"Could not establish trust relationship for the SSL/TLS secure channel",
				"UNEXPECTED_EOF_WHILE_READING", "EOF occurred in violation of protocol"}},
	}
}
