package apierror

import "testing"

// TestStatusPage: a whole HTTP error page, titled by its status, is the
// server's answer even without "API Error:" in front; a bare 403 page of
// that kind is a refusal of the caller. A page the user fetched with
// curl, one under a stack trace (their own server) and a CDN's branded
// 403 keep their old readings.
func TestStatusPage(t *testing.T) {
	const gfe = `<!doctype html><meta charset="utf-8"><meta name=viewport content="width=device-width, initial-scale=1"><title>403</title>403 Forbidden`
	const nginx = "<html>\n<head><title>403 Forbidden</title></head>\n<body>\n<center><h1>403 Forbidden</h1></center>\n<hr><center>nginx</center>\n</body>\n</html>"
	checkGenreCases(t, []genreCase{
		{"Google's front-end page from a function calling the API", "Deployed to a serverless region, every call returns:\n" + gfe + "\nAny idea?", Permission},
		{"nginx's deny page pasted bare", "The relay answers every request with\n" + nginx, Permission},
		{"a bare 502 page", "the proxy returns\n<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center></body></html>", GatewayError},
		{"a website's page fetched with curl", "$ curl -s https://example.org/admin\n" + gfe, None},
		{"the user's own server under a stack trace", gfe + "\n    at handler (/srv/app/routes.js:10:5)", None},
		{"a test's mocked body", "{\n\tname: \"forbidden\",\n\tbody: `" + gfe + "`,\n\twantType: \"HTMLError\",\n},", None},
		{"a CDN's branded 403", "API Error: 403 <html><head><title>Access denied | api.example.com | Cloudflare</title></head><body><h1>Error 1020</h1></body></html>", GatewayError},
	})
}
