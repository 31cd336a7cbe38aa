package doctor

import (
	"context"
	"errors"
	"net"
	"strings"
)

// checkDNS resolves the API host. With a proxy in between, the proxy
// resolves it, so a local failure only warns.
func checkDNS(ctx context.Context, d Deps, env *setup) Result {
	if env.baseErr != "" {
		return Result{Status: Fail, Detail: env.baseErr, Fix: "fix or unset ANTHROPIC_BASE_URL"}
	}
	if ip := net.ParseIP(env.host); ip != nil {
		return Result{Status: Pass, Detail: env.host + " is an IP address: nothing to resolve"}
	}
	addrs, err := d.LookupHost(ctx, env.host)
	if err != nil {
		r := Result{Status: Fail, Detail: env.host + " does not resolve: " + dnsReason(err),
			Fix: "check your DNS, VPN and /etc/hosts; try: nslookup " + env.host}
		if env.usesProxy() {
			r.Status = Warn
			r.Detail += " (requests go through the proxy, which resolves it)"
			r.Fix = ""
		}
		return r
	}
	r := Result{Status: Pass, Detail: env.host + " → " + strings.Join(first(addrs, 4), ", ")}
	for _, a := range addrs {
		if ip := net.ParseIP(a); ip != nil && (ip.IsLoopback() || ip.IsUnspecified()) && !isLocalName(env.host) {
			r.Status = Warn
			r.Detail = env.host + " resolves to " + a + ": blocked by a DNS filter or /etc/hosts?"
			r.Fix = "remove the override for " + env.host + " from /etc/hosts or your DNS filter"
			break
		}
	}
	return r
}

func isLocalName(h string) bool { return h == "localhost" || strings.HasSuffix(h, ".localhost") }

func dnsReason(err error) string {
	var de *net.DNSError
	if errors.As(err, &de) {
		switch {
		case de.IsNotFound:
			return "no such host"
		case de.IsTimeout:
			return "DNS timed out"
		}
		return "DNS lookup failed (" + lastPart(de.Err) + ")"
	}
	if errors.Is(err, context.DeadlineExceeded) {
		return "DNS timed out"
	}
	return err.Error()
}

func first(xs []string, n int) []string {
	if len(xs) > n {
		return append(xs[:n:n], "…")
	}
	return xs
}

// lastPart keeps the last clause of a chained error ("dial udp …: connect:
// network is unreachable" → "network is unreachable").
func lastPart(s string) string {
	if i := strings.LastIndex(s, ": "); i >= 0 {
		return s[i+2:]
	}
	return s
}
