package doctor

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"encoding/json"
	"encoding/pem"
	"io"
	"net/http"
	"net/url"
	"strings"
	"sync"

	"github.com/ccdiag/ccdiag/internal/sanitize"
)

// anthropicVersion is the API version header every request carries.
const anthropicVersion = "2023-06-01"

// apiProbe carries the GET /v1/models outcome from the API check to the
// models check, which waits for it (under its own deadline).
type apiProbe struct {
	done   chan struct{}
	once   sync.Once
	listed bool
	// models maps each listed id to its lifecycle ("" when not given).
	models map[string]string
	// reason says why there is no list.
	reason string
	client *http.Client
}

func newAPIProbe() *apiProbe { return &apiProbe{done: make(chan struct{})} }

func (p *apiProbe) finish() { p.once.Do(func() { close(p.done) }) }

// httpClient builds the client Claude Code's requests would resemble: the
// same proxy choice, the system roots plus NODE_EXTRA_CA_CERTS and
// SSL_CERT_FILE, and no
// verification only when NODE_TLS_REJECT_UNAUTHORIZED=0.
func httpClient(d Deps, env *setup) *http.Client {
	stores, _ := trustStores(d)
	pool := stores[0].pool.Clone()
	for _, st := range stores[1:] {
		for _, c := range extraCerts(d, st.path) {
			pool.AddCert(c)
		}
	}
	insecure := strings.TrimSpace(d.Getenv("NODE_TLS_REJECT_UNAUTHORIZED")) == "0"
	tr := &http.Transport{
		Proxy: func(*http.Request) (*url.URL, error) {
			if env.usesProxy() && env.proxyErr != "" {
				return nil, &proxyError{msg: env.proxySource + ": " + env.proxyErr}
			}
			if env.usesProxy() {
				return env.proxy, nil
			}
			return nil, nil
		},
		DialContext:     d.Dial,
		TLSClientConfig: &tls.Config{RootCAs: pool, InsecureSkipVerify: insecure},
	}
	return &http.Client{Transport: tr, CheckRedirect: func(*http.Request, []*http.Request) error {
		return http.ErrUseLastResponse
	}}
}

// newRequest builds an API request with the version, custom and auth headers.
func newRequest(ctx context.Context, env *setup, method, path string, body io.Reader) (*http.Request, error) {
	req, err := http.NewRequestWithContext(ctx, method, env.base.String()+path, body)
	if err != nil {
		return nil, err
	}
	req.Header.Set("anthropic-version", anthropicVersion)
	req.Header.Set("User-Agent", "ccdiag")
	if body != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	for k, vs := range env.customHeaders {
		for _, v := range vs {
			req.Header.Add(k, v)
		}
	}
	if env.apiKey != "" {
		req.Header.Set("x-api-key", env.apiKey)
	}
	if env.authToken != "" {
		req.Header.Set("Authorization", "Bearer "+env.authToken)
	}
	return req, nil
}

// credential describes the credential in use, fingerprinted.
func (env *setup) credential() string {
	switch {
	case env.apiKey != "" && env.authToken != "":
		return "ANTHROPIC_API_KEY " + sanitize.Key(env.apiKey) + " and ANTHROPIC_AUTH_TOKEN " + sanitize.Key(env.authToken)
	case env.apiKey != "":
		return "ANTHROPIC_API_KEY " + sanitize.Key(env.apiKey)
	case env.authToken != "":
		return "ANTHROPIC_AUTH_TOKEN " + sanitize.Key(env.authToken)
	}
	return "no credential"
}

// apiAnswer is a response read for diagnosis.
type apiAnswer struct {
	status    int
	requestID string
	errType   string
	errCode   string
	message   string
	html      bool
	body      []byte
	header    http.Header
}

func readAnswer(resp *http.Response) apiAnswer {
	body, _ := io.ReadAll(io.LimitReader(resp.Body, 4<<20))
	a := apiAnswer{status: resp.StatusCode, body: body, header: resp.Header,
		requestID: resp.Header.Get("request-id")}
	trimmed := strings.TrimSpace(string(body))
	a.html = strings.Contains(resp.Header.Get("Content-Type"), "html") || strings.HasPrefix(trimmed, "<")
	var e struct {
		Error struct {
			Type    string `json:"type"`
			Message string `json:"message"`
			Details struct {
				ErrorCode string `json:"error_code"`
			} `json:"details"`
		} `json:"error"`
		RequestID string `json:"request_id"`
	}
	if json.Unmarshal(body, &e) == nil {
		a.errType, a.message, a.errCode = e.Error.Type, e.Error.Message, e.Error.Details.ErrorCode
		if a.requestID == "" {
			a.requestID = e.RequestID
		}
	}
	return a
}

// describe renders "HTTP 401 authentication_error: invalid x-api-key".
func (a apiAnswer) describe(red *sanitize.Redactor) string {
	s := "HTTP " + itoa(a.status)
	if a.errType != "" {
		s += " " + a.errType
	}
	if a.errCode != "" {
		s += " (" + a.errCode + ")"
	}
	if a.message != "" {
		s += ": " + oneLine(red, a.message, 160)
	} else if a.html {
		s += " with an HTML page"
	}
	return s
}

// oneLine flattens a message from the far side and cuts it to max bytes,
// after masking secrets (a gateway may quote the key it refused).
func oneLine(red *sanitize.Redactor, s string, max int) string {
	return red.Redact(strings.Join(strings.Fields(s), " ")).Cut(max).String()
}

func itoa(n int) string {
	b, _ := json.Marshal(n)
	return string(b)
}

// extraCerts reads the certificates of a PEM bundle (nil when unusable).
func extraCerts(d Deps, path string) []*x509.Certificate {
	data, err := d.ReadFile(path)
	if err != nil {
		return nil
	}
	var out []*x509.Certificate
	for {
		var b *pem.Block
		b, data = pem.Decode(data)
		if b == nil {
			return out
		}
		if c, err := x509.ParseCertificate(b.Bytes); err == nil && b.Type == "CERTIFICATE" {
			out = append(out, c)
		}
	}
}
