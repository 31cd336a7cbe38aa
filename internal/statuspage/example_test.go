package statuspage_test

import (
	"context"
	"fmt"
	"os"
	"time"

	"github.com/ccdiag/ccdiag/internal/statuspage"
)

// The hook and the status line read the cache and never wait; a stale cache
// starts one detached refresh in the background.
func ExampleClient_Cached() {
	c := statuspage.New(statuspage.Options{Getenv: os.Getenv})
	got := c.Cached()
	if got.OK && got.Summary.State == statuspage.Degraded {
		fmt.Println(got.Summary.Headline(time.Now()), "— as of", statuspage.Ago(got.Age))
	}
}

// Commands and MCP tools fetch with a deadline; the result also refreshes the
// cache. Failures come back as State Unknown with a Reason, never an error.
func ExampleClient_Fetch() {
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Second)
	defer cancel()
	s := statuspage.New(statuspage.Options{Getenv: os.Getenv, Timeout: 3 * time.Second}).Fetch(ctx)
	fmt.Println(s.State, s.Headline(time.Now()))
}
