package apierror

import (
	"strconv"
	"strings"
)

// providerFromAttribution: a report (often the maintainer's reply) may say
// outright who sent the failure's status — "the 429 comes from Anthropic's
// limit on that endpoint", "429 来自 Anthropic 对额度查询接口的限流". When
// nothing else in the paste names who answered, that sentence does: the
// status, then a verb of origin, then the provider's name.
func providerFromAttribution(p *occurrence, text string) {
	if p.provider != "" || p.f.status == 0 || p.notAPI {
		return
	}
	s := strconv.Itoa(p.f.status)
	low := lowerASCII(text)
	for off := 0; ; {
		i := strings.Index(low[off:], s)
		if i < 0 {
			return
		}
		i += off
		off = i + len(s)
		if i > 0 && isAlnum(low[i-1]) || off < len(low) && isAlnum(low[off]) {
			continue
		}
		rest := strings.TrimLeft(low[off:], " \"'`*")
		for _, v := range originVerbs {
			after, ok := strings.CutPrefix(rest, v)
			if !ok {
				continue
			}
			after = strings.TrimPrefix(strings.TrimLeft(after, " "), "the ")
			for _, n := range attributedNames {
				if strings.HasPrefix(after, n.name) {
					p.provider = n.provider
					return
				}
			}
		}
	}
}

// originVerbs say where a status came from (lower case; the provider's
// name follows).
var originVerbs = []string{"comes from", "came from", "is coming from", "is from", "was from", "is returned by", "was returned by",
	"is sent by", "was sent by", "来自于", "来自", "來自", "是来自", "由"}

// attributedNames are the providers a report names as the origin of a
// status or an answer (lower case), with the provider label they mean
// (providerFromAttribution, apiNamedSource).
var attributedNames = []struct{ name, provider string }{
	{"api.anthropic.com", "anthropic"}, {"anthropic api", "anthropic"}, {"anthropic's api", "anthropic"}, {"anthropic", "anthropic"}, {"claude api", "anthropic"}, {"claude's api", "anthropic"},
	{"amazon bedrock", "bedrock"}, {"aws bedrock", "bedrock"}, {"bedrock", "bedrock"},
	{"vertex", "vertex"}, {"google cloud", "vertex"},
}
