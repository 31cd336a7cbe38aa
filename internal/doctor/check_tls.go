package doctor

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"errors"
	"fmt"
	"strings"
	"time"
)

// expirySoon is when an upcoming certificate expiry starts to warn.
const expirySoon = 14 * 24 * time.Hour

// trust is a set of CAs to verify against and where it came from.
type trust struct {
	name string // "system roots", "NODE_EXTRA_CA_CERTS", "SSL_CERT_FILE"
	path string
	pool *x509.CertPool
}

// trustStores returns the system roots, then the system roots plus each of
// NODE_EXTRA_CA_CERTS and SSL_CERT_FILE that is set (Claude Code 2.1.328
// trusts a CA from either; observed against a local TLS server), with notes
// about files that cannot be used.
func trustStores(d Deps) ([]trust, []string) {
	var notes []string
	sys, err := d.SystemRoots()
	if err != nil || sys == nil {
		notes = append(notes, "system CA roots unavailable; verifying against the extra CA files only")
		sys = x509.NewCertPool()
	}
	stores := []trust{{name: "system roots", pool: sys}}
	for _, v := range []string{"NODE_EXTRA_CA_CERTS", "SSL_CERT_FILE"} {
		path := strings.TrimSpace(d.Getenv(v))
		if path == "" {
			continue
		}
		pem, err := d.ReadFile(path)
		if err != nil {
			notes = append(notes, fmt.Sprintf("%s=%s cannot be read: %v", v, path, errors.Unwrap(err)))
			continue
		}
		pool := sys.Clone()
		if !pool.AppendCertsFromPEM(pem) {
			notes = append(notes, fmt.Sprintf("%s=%s holds no PEM certificates", v, path))
			continue
		}
		stores = append(stores, trust{name: v, path: path, pool: pool})
	}
	return stores, notes
}

// checkTLS connects to the API host (through the proxy when Claude Code
// would) and verifies the chain it presents: against the system roots, then
// with NODE_EXTRA_CA_CERTS / SSL_CERT_FILE added, which tells a public
// certificate from an intercepting proxy's and names the variable that fixes it.
func checkTLS(ctx context.Context, d Deps, env *setup) Result {
	if env.baseErr != "" {
		return Result{Status: Skip, Detail: env.baseErr}
	}
	insecure := strings.TrimSpace(d.Getenv("NODE_TLS_REJECT_UNAUTHORIZED")) == "0"
	r := checkChain(ctx, d, env)
	if insecure {
		r.Notes = append(r.Notes, "NODE_TLS_REJECT_UNAUTHORIZED=0 turns off certificate checks for every connection Claude Code makes")
		if r.Status == Pass || r.Status == Fail {
			r.Status = Warn
		}
		r.Fix = strings.TrimSpace("unset NODE_TLS_REJECT_UNAUTHORIZED; trust your CA with NODE_EXTRA_CA_CERTS instead. " + r.Fix)
	}
	return r
}

func checkChain(ctx context.Context, d Deps, env *setup) Result {
	if env.base.Scheme == "http" {
		return Result{Status: Skip, Detail: "ANTHROPIC_BASE_URL uses plain http: no TLS to check"}
	}
	stores, notes := trustStores(d)
	conn, err := dialAPI(ctx, d, env)
	if err != nil {
		return Result{Status: Fail, Detail: err.Error(), Notes: notes, Fix: connectFix(env, err)}
	}
	defer conn.Close()
	tc := tls.Client(conn, &tls.Config{ServerName: env.host, InsecureSkipVerify: true})
	if err := tc.HandshakeContext(ctx); err != nil {
		return Result{Status: Fail, Detail: "TLS handshake with " + env.addr + " failed: " + netReason(err), Notes: notes,
			Fix: "a firewall or proxy is cutting TLS connections to " + env.host + "; try: curl -v https://" + env.host}
	}
	certs := tc.ConnectionState().PeerCertificates
	if len(certs) == 0 {
		return Result{Status: Fail, Detail: env.host + " presented no certificate", Notes: notes}
	}
	leaf := certs[0]
	inter := x509.NewCertPool()
	for _, c := range certs[1:] {
		inter.AddCert(c)
	}
	now := d.Now()
	verify := func(pool *x509.CertPool) error {
		_, err := leaf.Verify(x509.VerifyOptions{DNSName: env.host, Roots: pool, Intermediates: inter, CurrentTime: now})
		return err
	}
	top := certs[len(certs)-1]
	desc := fmt.Sprintf("%s presents a certificate issued by %s, valid until %s",
		env.host, nameOf(leaf.Issuer), leaf.NotAfter.UTC().Format("2006-01-02"))
	if env.usesProxy() {
		notes = append(notes, "checked through the proxy "+proxyAddr(env))
	}

	sysErr := verify(stores[0].pool)
	if sysErr == nil {
		return expiryVerdict(Result{Status: Pass, Detail: desc, Notes: notes}, leaf, now)
	}
	for _, st := range stores[1:] {
		if verify(st.pool) != nil {
			continue
		}
		r := Result{Status: Pass, Notes: notes,
			Detail: fmt.Sprintf("intercepted: %s presents a certificate issued by %s, not a public CA; trusted via %s=%s; valid until %s",
				env.host, nameOf(leaf.Issuer), st.name, st.path, leaf.NotAfter.UTC().Format("2006-01-02"))}
		return expiryVerdict(r, leaf, now)
	}

	// Nothing trusts the chain: say why.
	var unknown x509.UnknownAuthorityError
	var invalid x509.CertificateInvalidError
	var host x509.HostnameError
	switch {
	case errors.As(sysErr, &invalid) && invalid.Reason == x509.Expired:
		return Result{Status: Fail, Notes: notes,
			Detail: fmt.Sprintf("%s presents an expired certificate (issued by %s, expired %s)", env.host,
				nameOf(invalid.Cert.Issuer), invalid.Cert.NotAfter.UTC().Format("2006-01-02")),
			Fix: "check the system clock (" + now.UTC().Format(time.RFC3339) + "); if it is right, the proxy or gateway serves an expired certificate"}
	case errors.As(sysErr, &host):
		return Result{Status: Fail, Notes: notes,
			Detail: fmt.Sprintf("the certificate is for %s, not %s", strings.Join(leaf.DNSNames, ", "), env.host),
			Fix:    "check ANTHROPIC_BASE_URL; a mismatched name also means something is intercepting TLS"}
	case errors.As(sysErr, &unknown):
		fix := "export NODE_EXTRA_CA_CERTS=/path/to/corp-ca.pem (the CA certificate of " + quote(nameOf(top.Issuer)) +
			" — ask IT for it, or see it with: openssl s_client -showcerts -connect " + env.addr
		if env.usesProxy() {
			fix += " -proxy " + proxyAddr(env)
		}
		fix += ")"
		if v := d.Getenv("NODE_EXTRA_CA_CERTS"); v != "" {
			fix = "NODE_EXTRA_CA_CERTS=" + v + " does not hold the CA that signed this chain (" + quote(nameOf(top.Issuer)) +
				"); point it at the right PEM file"
		}
		return Result{Status: Fail, Notes: notes,
			Detail: "TLS interception: " + desc + ", which no trusted CA signed (a corporate proxy or security software?)",
			Fix:    fix}
	}
	return Result{Status: Fail, Detail: desc + ": " + sysErr.Error(), Notes: notes,
		Fix: "export NODE_EXTRA_CA_CERTS=/path/to/ca.pem if a proxy re-signs TLS"}
}

func expiryVerdict(r Result, leaf *x509.Certificate, now time.Time) Result {
	left := leaf.NotAfter.Sub(now)
	if left < expirySoon {
		r.Status = Warn
		r.Notes = append(r.Notes, fmt.Sprintf("the certificate expires in %d days", int(left.Hours()/24)))
		r.Fix = "whoever serves this certificate must renew it soon"
	}
	return r
}

// nameOf renders a certificate name as "CN (O)".
func nameOf(n pkix.Name) string {
	cn := n.CommonName
	org := strings.Join(n.Organization, ", ")
	switch {
	case cn != "" && org != "" && org != cn:
		return cn + " (" + org + ")"
	case cn != "":
		return cn
	case org != "":
		return org
	}
	return n.String()
}

// connectFix suggests the next step after a failed connection.
func connectFix(env *setup, err error) string {
	var pe *proxyError
	if errors.As(err, &pe) {
		return "see the Proxy check"
	}
	if strings.Contains(err.Error(), "timed out") {
		return "connections to " + env.addr + " hang: a firewall, VPN or missing proxy setting (HTTPS_PROXY)?"
	}
	return "check your network, VPN and proxy settings; try: curl -I https://" + env.host
}
