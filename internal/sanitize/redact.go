package sanitize

import (
	"os"
	"sort"
	"strconv"
	"strings"
	"sync"
)

// Redactor masks secrets: the exact values of the environment's secrets
// (and fragments of them a message may have cut), plus anything shaped like
// a key, a bearer token, URL credentials or a secret query value. The zero
// Redactor knows no environment and masks by shape only.
type Redactor struct {
	exact []string            // longest first
	grams map[string]struct{} // every gram-byte window of the long ones
	// bloom has a bit per hash of a window's first 4 bytes: most windows
	// of ordinary text are rejected without a map lookup.
	bloom *[1 << 16 / 64]uint64
}

func bloomKey(w string) uint32 {
	x := uint32(w[0]) | uint32(w[1])<<8 | uint32(w[2])<<16 | uint32(w[3])<<24
	return (x * 2654435761) >> 16
}

// gram is the shortest fragment of a known secret that is masked.
const gram = 12

// secretNames are variables ccdiag knows hold secrets whatever their name.
var secretNames = []string{"ANTHROPIC_API_KEY", "ANTHROPIC_AUTH_TOKEN", "CLAUDE_CODE_OAUTH_TOKEN",
	"AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN", "AWS_BEARER_TOKEN_BEDROCK", "OPENAI_API_KEY", "GEMINI_API_KEY",
	"GOOGLE_API_KEY", "OPENROUTER_API_KEY", "LITELLM_MASTER_KEY", "GITHUB_TOKEN", "GH_TOKEN"}

// urlNames are variables holding URLs whose credentials are secrets.
var urlNames = []string{"ANTHROPIC_BASE_URL", "ANTHROPIC_BEDROCK_BASE_URL", "ANTHROPIC_VERTEX_BASE_URL",
	"HTTPS_PROXY", "https_proxy", "HTTP_PROXY", "http_proxy", "ALL_PROXY", "all_proxy"}

// FromEnv builds a Redactor from the variables ccdiag knows: API keys and
// tokens, ANTHROPIC_CUSTOM_HEADERS values, and credentials in the base and
// proxy URLs (parsed or not).
func FromEnv(getenv func(string) string) *Redactor {
	var vals []string
	for _, k := range secretNames {
		vals = append(vals, getenv(k))
	}
	for _, k := range urlNames {
		vals = append(vals, urlSecrets(getenv(k))...)
	}
	for _, line := range strings.Split(getenv("ANTHROPIC_CUSTOM_HEADERS"), "\n") {
		if _, v, ok := strings.Cut(line, ":"); ok {
			vals = append(vals, v)
		}
	}
	return New(vals...)
}

// FromEnviron is FromEnv over a whole environment ("NAME=value" entries),
// also masking every variable whose name says it holds a secret.
func FromEnviron(environ []string) *Redactor {
	m := make(map[string]string, len(environ))
	var vals []string
	for _, kv := range environ {
		k, v, _ := strings.Cut(kv, "=")
		m[k] = v
		if secretName(k) {
			vals = append(vals, v)
		}
	}
	r := FromEnv(func(k string) string { return m[k] })
	return New(append(r.exact, vals...)...)
}

// Default is FromEnviron(os.Environ()), built once per process.
var Default = sync.OnceValue(func() *Redactor { return FromEnviron(os.Environ()) })

// New builds a Redactor masking the given values (and shapes).
func New(secrets ...string) *Redactor {
	r := &Redactor{}
	seen := map[string]bool{}
	for _, s := range secrets {
		s = strings.TrimSpace(s)
		if len(s) < 6 || seen[s] {
			continue // too short to be told from ordinary words
		}
		seen[s] = true
		r.exact = append(r.exact, s)
		if len(s) >= 2*gram-4 {
			if r.grams == nil {
				r.grams = map[string]struct{}{}
			}
			if r.bloom == nil {
				r.bloom = new([1 << 16 / 64]uint64)
			}
			for i := 0; i+gram <= len(s); i++ {
				r.grams[s[i:i+gram]] = struct{}{}
				k := bloomKey(s[i : i+gram])
				r.bloom[k/64] |= 1 << (k % 64)
			}
		}
	}
	sort.Slice(r.exact, func(i, j int) bool { return len(r.exact[i]) > len(r.exact[j]) })
	return r
}

// Secrets lists the exact values this Redactor masks.
func (r *Redactor) Secrets() []string { return r.exact }

// Redact masks every secret in s. One mask can bring out another shape (a
// masked Bearer value leaves a URL's userinfo plain), so the passes repeat
// until nothing changes: redacting the result again changes nothing.
func (r *Redactor) Redact(s string) Redacted {
	for range 4 {
		t := r.pass(s)
		if t == s {
			break
		}
		s = t
	}
	return Redacted{s}
}

func (r *Redactor) pass(s string) string {
	if r != nil {
		for _, sec := range r.exact {
			if strings.Contains(s, sec) {
				s = strings.ReplaceAll(s, sec, Key(sec))
			}
		}
		if r.grams != nil {
			s = r.fragments(s)
		}
	}
	return byShape(s)
}

// fragments masks pieces (gram bytes or more) of a known secret: what is
// left of a key a message cut at either end, alone or glued into a path
// ("./missing-<piece>.md"). A piece is looked for where a run of
// fragment characters starts or ends, and after or before punctuation
// inside it; a match grows window by window to the whole piece.
func (r *Redactor) fragments(s string) string {
	var b strings.Builder
	last := 0
	for i := 0; i < len(s); {
		if !fragChar(s[i]) {
			i++
			continue
		}
		j := i
		for j < len(s) && fragChar(s[j]) {
			j++
		}
		for p := i; p+gram <= j; p++ {
			// Right after a masked piece counts as a start, as it will in the
			// masked text (or a second pass would mask more).
			startOK := p == i || p == last || !alnum(s[p-1])
			endOK := p+gram == j || !alnum(s[p+gram])
			if !startOK && !endOK {
				continue
			}
			if !r.has(s[p : p+gram]) {
				continue
			}
			st, e := p, p+gram
			for st > i && r.has(s[st-1:st-1+gram]) {
				st--
			}
			for e < j && r.has(s[e+1-gram:e+1]) {
				e++
			}
			b.WriteString(s[last:st])
			b.WriteString("…[redacted]")
			last, p = e, e-1
		}
		i = j
	}
	if last == 0 {
		return s
	}
	b.WriteString(s[last:])
	return b.String()
}

func (r *Redactor) has(w string) bool {
	if k := bloomKey(w); r.bloom[k/64]&(1<<(k%64)) == 0 {
		return false
	}
	_, ok := r.grams[w]
	return ok
}

func alnum(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' }

func fragChar(c byte) bool { return fragChars[c] }

// fragChars are the bytes a secret's fragment is made of.
var fragChars = func() (t [256]bool) {
	for c := '!'; c < 0x7f; c++ {
		t[c] = !strings.ContainsRune(`"'<>()[]{},;&?#|\`+"`", c)
	}
	return t
}()

// secretName reports environment variable names that say they hold a secret.
func secretName(k string) bool {
	k = strings.ToUpper(k)
	for _, suf := range []string{"_KEY", "APIKEY", "_TOKEN", "_SECRET", "PASSWORD", "_PASSWD", "_PASS", "_PAT", "CREDENTIALS"} {
		if strings.HasSuffix(k, suf) {
			return true
		}
	}
	return false
}

// urlSecrets extracts the user information and secret query values of a
// URL, without trusting it to parse.
func urlSecrets(raw string) []string {
	raw = strings.TrimSpace(raw)
	if raw == "" {
		return nil
	}
	var out []string
	rest := raw
	if i := strings.Index(rest, "://"); i >= 0 {
		rest = rest[i+3:]
	}
	if q := strings.IndexAny(rest, "?#"); q >= 0 {
		for _, kv := range strings.FieldsFunc(rest[q+1:], func(r rune) bool { return r == '&' || r == ';' }) {
			if k, v, ok := strings.Cut(kv, "="); ok && queryName(strings.ToLower(k)) {
				out = append(out, v)
			}
		}
		rest = rest[:q]
	}
	if at := strings.LastIndexByte(rest, '@'); at >= 0 {
		user := rest[:at]
		out = append(out, user)
		if _, pw, ok := strings.Cut(user, ":"); ok {
			out = append(out, pw)
		}
	}
	return out
}

// Key returns a fingerprint of a key or token that is safe to print: its
// well-known prefix (sk-ant-) or first 3 characters, an ellipsis and its last
// 4 characters; short values show only their length.
func Key(key string) string {
	key = strings.TrimSpace(key)
	if key == "" {
		return "(empty)"
	}
	if len(key) < 16 {
		return "(" + strconv.Itoa(len(key)) + " chars)"
	}
	prefix := key[:3]
	if strings.HasPrefix(key, "sk-ant-") {
		prefix = "sk-ant-"
	}
	return prefix + "…" + key[len(key)-4:]
}

// URL masks the credentials of a URL, whether or not it parses:
// "http://user:pass@host/?key=v" → "http://***@host/?key=***".
func URL(raw string) string { return byShape(raw) }

// Merge is a Redactor masking what each of rs masks.
func Merge(rs ...*Redactor) *Redactor {
	var vals []string
	for _, r := range rs {
		if r != nil {
			vals = append(vals, r.exact...)
		}
	}
	return New(vals...)
}
