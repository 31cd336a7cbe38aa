package apierror

import (
	"strconv"
	"strings"
)

// Google RPC statuses as Google's client libraries print them, when a
// program (an SDK, an agent framework, a relay) reports Vertex AI's answer
// instead of passing its JSON body on (entries_vertex.go reads the bodies).
// Sources, one printed form each (testdata/vocab/googleclients.txt):
//   - googleapis/python-api-core google/api_core/exceptions.py: one class per
//     status, printed "google.api_core.exceptions.<Class>: <HTTP code> <message>";
//   - googleapis/sdk-platform-java gax: com.google.api.gax.rpc.<Name>Exception
//     around grpc-java's "io.grpc.StatusRuntimeException: <CODE>: <description>";
//   - grpc/grpc-go status errors: "rpc error: code = <Name> desc = <description>";
//   - grpc/grpc-node (@grpc/grpc-js, google-gax): "<number> <CODE>: <details>";
//   - googleapis/python-genai google/genai/errors.py: "<HTTP code> <CODE>. <details>".
//   - hyperium/tonic tonic/src/status.rs Code::description, which xAI's API
//     answers in its body's "code" field: {"code":"<description>","error":"<message>"}.
//
// The code's meaning follows google/rpc/code.proto, as for the JSON bodies.
func grpcClientEntries() []*entry {
	codes := []struct {
		num     int
		name    string // the canonical name, as code.proto spells it
		camel   string // grpc-go's and gax's name
		python  string // python-api-core's class, when it differs from camel
		http    int    // code.proto's HTTP mapping
		cat     Category
		retry   int8
		spelled bool   // "429 Resource Exhausted" (status then name in words) is Google's alone
		tonic   string // hyperium/tonic's Code::description, the "code" of xAI's {"code":…,"error":…}
	}{
		{1, "CANCELLED", "Canceled", "Cancelled", 499, None, 0, false, "The operation was cancelled"},
		{2, "UNKNOWN", "Unknown", "", 500, ServerError, 1, false, "Unknown error"},
		{3, "INVALID_ARGUMENT", "InvalidArgument", "", 400, InvalidRequest, -1, true, "Client specified an invalid argument"},
		{4, "DEADLINE_EXCEEDED", "DeadlineExceeded", "", 504, Timeout, 1, true, "Deadline expired before operation could complete"},
		{5, "NOT_FOUND", "NotFound", "", 404, NotFound, -1, false, "Some requested entity was not found"},
		{6, "ALREADY_EXISTS", "AlreadyExists", "", 409, InvalidRequest, -1, true, "Some entity that we attempted to create already exists"},
		{7, "PERMISSION_DENIED", "PermissionDenied", "", 403, Permission, -1, true, "The caller does not have permission to execute the specified operation"},
		{8, "RESOURCE_EXHAUSTED", "ResourceExhausted", "", 429, RateLimit, 1, true, "Some resource has been exhausted"},
		{9, "FAILED_PRECONDITION", "FailedPrecondition", "", 400, InvalidRequest, -1, true, "The system is not in a state required for the operation's execution"},
		{10, "ABORTED", "Aborted", "", 409, ServerError, 1, false, "The operation was aborted"},
		{11, "OUT_OF_RANGE", "OutOfRange", "", 400, InvalidRequest, -1, true, "Operation was attempted past the valid range"},
		{12, "UNIMPLEMENTED", "Unimplemented", "MethodNotImplemented", 501, InvalidRequest, -1, true, "Operation is not implemented or not supported"},
		{13, "INTERNAL", "Internal", "InternalServerError", 500, ServerError, 1, false, "Internal error"},
		{14, "UNAVAILABLE", "Unavailable", "ServiceUnavailable", 503, ServerError, 1, false, "The service is currently unavailable"},
		{15, "DATA_LOSS", "DataLoss", "", 500, ServerError, 0, true, "Unrecoverable data loss or corruption"},
		{16, "UNAUTHENTICATED", "Unauthenticated", "", 401, Authentication, -1, true, "The request does not have valid authentication credentials"},
	}
	entries := make([]*entry, 0, len(codes)+2)
	entries = append(entries,
		// Google Cloud's client libraries reach Google's APIs, and a Claude
		// model there through Vertex AI; the Gemini API's own host or SDK
		// (gemini-envelope) ranks before this.
		&entry{id: "google-client-envelope", provider: "vertex", relayed: "gemini", envRank: 20,
			envelope: []string{"google.api_core.exceptions.", "com.google.api.gax.rpc."}},
		// Vertex AI's 429 messages, by quota framework
		// (https://cloud.google.com/vertex-ai/generative-ai/docs/error-code-429):
		// pay-as-you-go's shared capacity ("Resource exhausted, please try
		// again later.", served as "Resource exhausted. Please try again
		// later. Please refer to …"), a Provisioned Throughput subscription
		// exceeded, and code.proto's default message for the code. Google's
		// Code Assist backend sends the first too, so it names no provider.
		&entry{id: "google-resource-exhausted-message", cat: RateLimit, tier: tierRateLimit, strong: true, retry: 1, impliedStatus: 429,
			any: []string{"Resource exhausted. Please try again later", "Resource exhausted, please try again later",
				"Exceeded the Provisioned Throughput", "Resource has been exhausted (e.g. check quota)"}},
	)
	// Google's APIs answer a code with its default message when the
	// service has none of its own (the messages of googlerpc.txt's bodies,
	// https://cloud.google.com/apis/design/errors); a client that prints
	// only the message ("API Error: The caller does not have permission",
	// an error event inside a stream) leaves them alone to say which code
	// it was. Not strong: the sentences are plain English.
	for _, m := range []struct {
		id   ID
		cat  Category
		text []string
	}{
		{"google-default-permission", Permission, []string{"The caller does not have permission"}},
		{"google-default-invalid", InvalidRequest, []string{"Request contains an invalid argument", "Precondition check failed."}},
		{"google-default-not-found", NotFound, []string{"Requested entity was not found"}},
		{"google-default-deadline", Timeout, []string{"Deadline expired before operation could complete"}},
		{"google-default-unavailable", ServerError, []string{"The service is currently unavailable", "Internal error encountered"}},
	} {
		entries = append(entries, &entry{id: m.id, cat: m.cat, tier: tierValidation, any: m.text})
	}
	for _, c := range codes {
		python := c.python
		if python == "" {
			python = c.camel
		}
		java := c.camel
		if c.num == 1 {
			java = "Cancelled" // gax spells it the British way, grpc-go the American
		}
		status := strconv.Itoa(c.http)
		any := []string{
			"api_core.exceptions." + python + ":",
			"gax.rpc." + java + "Exception",
			"StatusRuntimeException: " + c.name,
			"code = " + c.camel + " desc =",
			strconv.Itoa(c.num) + " " + c.name + ":",
			`"code":"` + c.tonic + `"`,
		}
		if c.spelled || strings.Contains(c.name, "_") {
			// google-genai's "429 RESOURCE_EXHAUSTED."; phrases are matched
			// case folded, so "500 INTERNAL" would be any "500 Internal
			// Server Error" and is left out.
			any = append(any, status+" "+c.name)
		}
		if c.spelled {
			// Matched with blanks removed too: "429 Resource Exhausted",
			// "504 Deadline Exceeded" (python-api-core with gRPC's message).
			any = append(any, status+" "+c.camel)
		}
		e := &entry{id: ID("grpc-client-" + lowerASCII(c.camel)), cat: c.cat, tier: tierValidation, strong: true,
			retry: c.retry, impliedStatus: c.http, any: any,
			// Code that handles the exception names it the same way.
			unless: []string{"except google.api_core.exceptions.", "catch (" + java + "Exception"}}
		if c.cat == None {
			e.strong, e.thin = false, true
			e.summary = "The request was cancelled before it finished (by the client, usually) — not a failure to fix; resend when ready."
		}
		entries = append(entries, e)
	}
	return entries
}
