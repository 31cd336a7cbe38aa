package apierror

import "strings"

// A report often tells its errors out of order: the one it is about, then
// an older one "I also tried … (shows me: …)". When the paste shows the
// older error's remedy in use, that error is behind the user whatever its
// place in the paste.

// remedied: the error picked is one whose remedy the paste shows in use
// (entry.behind), so the latest other error shown, of another kind, is what
// the user is stuck on.
func remedied(occs []*occurrence, p *occurrence, text string) *occurrence {
	if p == nil || p.log >= 0 || p.rule == nil || p.rule.behind == nil || !p.rule.behind(p, text) {
		return p
	}
	for i := len(occs) - 1; i >= 0; i-- {
		if o := occs[i]; o != p && !o.thin && o.log < 0 && o.cat != None && o.cat != p.cat {
			return o
		}
	}
	return p
}

// profiledModel: Bedrock refuses a model id on demand ("Invocation of model
// ID anthropic.claude-sonnet-4-20250514-v1:0 with on-demand throughput
// isn't supported. Retry your request with the ID or ARN of an inference
// profile that contains this model."), and the paste shows that model
// through a system inference profile, whose id is the model id after a
// geography ("us.anthropic.claude-sonnet-4-20250514-v1:0", bare or at the
// end of its ARN "arn:aws:bedrock:…:inference-profile/us.anthropic.…";
// Bedrock user guide, "Supported Regions and models for inference
// profiles"): the remedy is in use.
func profiledModel(o *occurrence, text string) bool {
	low := o.lower()
	i := strings.Index(low, "model id ")
	if i < 0 {
		return false
	}
	id := low[i+len("model id "):]
	if j := strings.IndexAny(id, " \t\n,;\"'`"); j >= 0 {
		id = id[:j]
	}
	if !strings.Contains(id, ".") || len(id) < 12 {
		return false // no model id ("model ID" then prose)
	}
	all := lowerASCII(text)
	for off := 0; ; {
		k := strings.Index(all[off:], id)
		if k < 0 {
			return false
		}
		k += off
		if k > 0 && all[k-1] == '.' {
			return true
		}
		off = k + 1
	}
}
