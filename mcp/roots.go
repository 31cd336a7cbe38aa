package mcp

import (
	"context"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strings"

	"github.com/ccdiag/ccdiag/internal/safefile"
	mcpgo "github.com/mark3labs/mcp-go/mcp"
	"github.com/mark3labs/mcp-go/server"
)

// rootsInputID keys the roots/list answer in a multi round-trip retry.
const rootsInputID = "roots"

// allowedRoots returns the directories a tool may read: the client's MCP
// roots when it declares the roots capability, else the server's working
// directory. When the roots are not known yet it returns a result that asks
// the client for them (mcp-go turns that into roots/list for legacy clients)
// and the handler is called again with the answer.
func allowedRoots(ctx context.Context, req mcpgo.CallToolRequest, d *Deps) (roots []string, ask *mcpgo.CallToolResult) {
	if res := server.RootsResponse(req.Params.InputResponses, rootsInputID); res != nil {
		for _, r := range res.Roots {
			if p, ok := rootPath(r.URI); ok {
				roots = append(roots, p)
			}
		}
		if len(roots) > 0 {
			return roots, nil
		}
		// A client that lists no usable roots leaves the default in place.
	} else if clientHasRoots(ctx) {
		return nil, server.NewInputRequestBuilder("").Roots(rootsInputID).ToolResult()
	}
	return []string{d.Cwd}, nil
}

// clientHasRoots reports whether the client declared the roots capability,
// per request (2026-07-28) or at initialize (earlier versions).
func clientHasRoots(ctx context.Context) bool {
	if info := server.RequestProtocolInfoFromContext(ctx); info != nil && info.Modern {
		return info.ClientCapabilities != nil && info.ClientCapabilities.Roots != nil
	}
	if s, ok := server.ClientSessionFromContext(ctx).(server.SessionWithClientInfo); ok {
		return s.GetClientCapabilities().Roots != nil
	}
	return false
}

// rootPath turns a file:// root URI into a local path.
func rootPath(uri string) (string, bool) {
	u, err := url.Parse(uri)
	if err != nil || u.Scheme != "file" || (u.Host != "" && u.Host != "localhost") || u.Path == "" {
		return "", false
	}
	return filepath.Clean(u.Path), true
}

// confine resolves p (relative paths are taken from the first root) and
// returns its absolute, symlink-free form if it lies inside one of roots.
// The error text is meant for the model and the user.
func confine(p string, roots []string) (string, error) {
	if len(roots) == 0 {
		return "", fmt.Errorf("no readable roots")
	}
	if p == "" {
		p = "."
	}
	if !filepath.IsAbs(p) {
		p = filepath.Join(roots[0], p)
	}
	p = filepath.Clean(p)
	real, err := filepath.EvalSymlinks(p)
	if err != nil {
		if os.IsNotExist(err) {
			return "", fmt.Errorf("%s does not exist", p)
		}
		return "", fmt.Errorf("cannot read %s: %v", p, err)
	}
	for _, r := range roots {
		rr, err := filepath.EvalSymlinks(r)
		if err != nil {
			rr = filepath.Clean(r)
		}
		if within(real, rr) {
			return real, nil
		}
	}
	return "", fmt.Errorf("%s is outside the allowed roots (%s): this server only reads files under the client's MCP roots, or its working directory when the client declares none",
		p, strings.Join(roots, ", "))
}

func within(p, root string) bool {
	rel, err := filepath.Rel(root, p)
	return err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator)) && !filepath.IsAbs(rel)
}

// maxReadBytes bounds what a tool reads from one file (the API's own limit).
const maxReadBytes = 32 << 20

// readConfined reads a regular file inside the roots, at most maxReadBytes.
func readConfined(p string, roots []string) ([]byte, string, error) {
	abs, err := confine(p, roots)
	if err != nil {
		return nil, "", err
	}
	b, err := safefile.ReadFile(abs, safefile.Limit{Purpose: "tool input file", Max: maxReadBytes})
	if err != nil {
		return nil, "", fmt.Errorf("cannot read %s: %v", abs, err)
	}
	return b, abs, nil
}

// inlineOrFile reads a tool's input given either inline (argument inline) or
// as a file (argument path, confined to the roots). It returns the bytes and
// where they came from ("argument" or the file's absolute path), or an
// isError result for the model: both given, neither given (missing), or a
// path outside the roots.
func inlineOrFile(ctx context.Context, req mcpgo.CallToolRequest, d *Deps, inline, missing string) ([]byte, string, *mcpgo.CallToolResult) {
	text, hasText := stringArg(req, inline)
	path, hasPath := stringArg(req, "path")
	switch {
	case hasText && hasPath:
		return nil, "", mcpgo.NewToolResultError("give either " + inline + " or path, not both")
	case hasText:
		return []byte(text), "argument", nil
	case hasPath:
		roots, ask := allowedRoots(ctx, req, d)
		if ask != nil {
			return nil, "", ask
		}
		b, abs, err := readConfined(path, roots)
		if err != nil {
			return nil, "", mcpgo.NewToolResultError(err.Error())
		}
		return b, abs, nil
	}
	return nil, "", mcpgo.NewToolResultError(missing)
}

func stringArg(req mcpgo.CallToolRequest, key string) (string, bool) {
	v, ok := req.GetArguments()[key].(string)
	return v, ok && v != ""
}
