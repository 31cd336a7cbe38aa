package apierror

import "strings"

// TLS: Node/OpenSSL certificate verification codes and messages, Go's and
// Python's equivalents. Sources: https://nodejs.org/api/tls.html (X509
// certificate error codes, the whole list) and OpenSSL's X509_verify_cert_error_string;
// testdata/vocab/openssl.txt lists them.
func tlsEntries() []*entry {
	return []*entry{
		{id: "tls", cat: TLS, base: true, side: SideNetwork, actions: tlsActions,
			summary: "TLS certificate verification failed — usually a corporate proxy or antivirus intercepting HTTPS."},
		{id: "tls-verify", cat: TLS, tier: tierTLS, strong: true, ui: true,
			any: []string{"UNABLE_TO_DECRYPT_CERT_SIGNATURE", "UNABLE_TO_DECRYPT_CRL_SIGNATURE", "UNABLE_TO_DECODE_ISSUER_PUBLIC_KEY", "CERT_SIGNATURE_FAILURE", "CRL_SIGNATURE_FAILURE", "CRL_NOT_YET_VALID", "CRL_HAS_EXPIRED", "ERROR_IN_CERT_NOT_BEFORE_FIELD", "ERROR_IN_CERT_NOT_AFTER_FIELD", "ERROR_IN_CRL_LAST_UPDATE_FIELD", "ERROR_IN_CRL_NEXT_UPDATE_FIELD", "CERT_CHAIN_TOO_LONG", "CERT_REVOKED", "'INVALID_CA'", "(INVALID_CA)", "PATH_LENGTH_EXCEEDED", "INVALID_PURPOSE", "CERT_UNTRUSTED", "CERT_REJECTED", "HOSTNAME_MISMATCH", "certificate revoked", "certificate not trusted", "invalid CA certificate", "unsupported certificate purpose", "SELF_SIGNED_CERT_IN_CHAIN", "self signed certificate", "self-signed certificate", "UNABLE_TO_GET_ISSUER_CERT", "unable to get local issuer certificate", "UNABLE_TO_VERIFY_LEAF_SIGNATURE", "unable to verify the first certificate", "CERT_HAS_EXPIRED", "certificate has expired", "SSL certificate", "DEPTH_ZERO_SELF_SIGNED_CERT", "ERR_TLS_CERT_ALTNAME_INVALID", "CERTIFICATE_VERIFY_FAILED", "certificate verify failed", "x509: certificate", "certificate signed by unknown authority", "does not match certificate's altnames", "ERR_SSL_", "SSL routines", "UNABLE_TO_GET_CRL", "write EPROTO", "read EPROTO", "(EPROTO)", "'EPROTO'", "\"EPROTO\"", "wrong version number", "CERT_NOT_YET_VALID", "ERR_TLS_"}},
	}
}

func tlsActions(a *advice) []Action {
	acts := []Action{
		act("Trust your network's CA certificate", "export NODE_EXTRA_CA_CERTS=/path/to/corporate-ca.pem", "A TLS-intercepting proxy re-signs traffic with its own CA; Claude Code must be told to trust it (ask IT for the .pem)."),
		act("See who issued the certificate you get", "openssl s_client -connect "+apiHostPort(a)+" -showcerts </dev/null", "If the issuer is not a public CA, something on your network intercepts HTTPS."),
		act("Never turn verification off", "", "NODE_TLS_REJECT_UNAUTHORIZED=0 exposes your API key and code to anyone in the middle."),
	}
	if strings.Contains(a.o.lower(), "expired") {
		acts = append(acts, act("Check the system clock", "date -u", "A wrong clock makes valid certificates look expired."))
	}
	return acts
}
