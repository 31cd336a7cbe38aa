package apierror

// Record is a failed turn as Claude Code records it: the StopFailure hook's
// input (`error`, `last_assistant_message`) and the transcript's synthetic
// assistant entry (apiErrorStatus, apiErrorType, requestId, errorDetails).
type Record struct {
	// Kind is Claude Code's own kind of failure (StopFailure `error`), e.g.
	// server_error; it is coarse (a 529 arrives as server_error), so it only
	// decides when nothing else does.
	Kind      string
	Status    int    // HTTP status, 0 when unknown
	Type      string // API error.type
	Code      string // API error_code
	Message   string // what Claude Code showed
	Details   string // raw error details ("400 {json}")
	RequestID string
}

// FromRecord diagnoses a recorded failure with the same catalogue as
// Diagnose: the text Claude Code showed first (it is Claude Code's rendering
// of the API's error, and says more than the error type), then the status,
// type and code it recorded, then its kind. The hook, the status line and
// the MCP tools that read transcripts all go through here.
func FromRecord(r Record, opts Options) Diagnosis {
	text := r.Message
	if r.Details != "" {
		text += "\n" + r.Details
	}
	d := Diagnose(text, opts)
	undecided := func() bool {
		return d.Category == None || (d.Category == UnknownAPIError && d.HTTPStatus == nil && d.ErrorType == nil)
	}
	if undecided() && (r.Status != 0 || r.Type != "" || r.Code != "") {
		d = FromStatus(r.Status, r.Type, r.Code, text, opts)
	}
	if undecided() {
		if e := catalogue.get().byKind[r.Kind]; e != nil {
			o := &occurrence{log: -1, text: text, hints: hints{timing: text}, entry: e, cat: e.cat}
			o.f.message = r.Message
			if validStatus(r.Status) {
				o.f.status, o.f.statusFrom = r.Status, "api"
			}
			if o.cat == UsageLimit || o.cat == SpendLimit {
				o.reset = findReset(text)
			}
			o.finish(rules.get(), opts)
			d = build(o, nil, opts, "")
		}
	}
	if !d.IsAPIError {
		return d
	}
	if d.HTTPStatus == nil && validStatus(r.Status) {
		st := r.Status
		d.HTTPStatus = &st
	}
	if d.ErrorType == nil && r.Type != "" {
		t := r.Type
		d.ErrorType = &t
	}
	if d.RequestID == nil && r.RequestID != "" {
		id := r.RequestID
		d.RequestID = &id
		d.Actions = append(d.Actions, quoteAction(id))
	}
	return d
}

// FirstAction is the step to take first; ok is false when there is none.
func (d Diagnosis) FirstAction() (a Action, ok bool) {
	if len(d.Actions) == 0 {
		return Action{}, false
	}
	return d.Actions[0], true
}
