//go:build unix

package earlyhook

import (
	"context"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestWrapOutputIsCapped is finding 14: `statusline --wrap 'cat /dev/zero'`
// read 1.9 GB. The output kept is bounded and the producer is stopped.
func TestWrapOutputIsCapped(t *testing.T) {
	if _, err := exec.LookPath("sh"); err != nil {
		t.Skip("no sh")
	}
	start := time.Now()
	out := runWrapped(context.Background(), "cat /dev/zero", 30*time.Second, nil, io.Discard)
	if len(out) > maxWrapped {
		t.Errorf("kept %d bytes, cap %d", len(out), maxWrapped)
	}
	// Not a timing assertion: the 30 s deadline must not be what ended it.
	if time.Since(start) > 20*time.Second {
		t.Error("the producer was not stopped by the cap")
	}
}

// TestWrapDeadlineKillsTheGroup: the deadline kills every process the
// command started, not only sh (finding 14: 4.8 s despite 2 s).
func TestWrapDeadlineKillsTheGroup(t *testing.T) {
	if _, err := exec.LookPath("sh"); err != nil {
		t.Skip("no sh")
	}
	pidFile := filepath.Join(t.TempDir(), "pid")
	// A background grandchild holding stdout open, and a foreground sleep.
	cmd := "sleep 30 & echo $! > " + pidFile + "; echo partial; sleep 30"
	out := runWrapped(context.Background(), cmd, 300*time.Millisecond, nil, io.Discard)
	_ = out
	b, err := os.ReadFile(pidFile)
	if err != nil {
		t.Fatal(err)
	}
	pid, _ := strconv.Atoi(strings.TrimSpace(string(b)))
	// Dead means gone or a zombie (PID 1 of a container may not reap).
	dead := func() bool {
		b, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/stat")
		if err != nil {
			return syscall.Kill(pid, 0) != nil
		}
		f := strings.Fields(string(b[strings.LastIndexByte(string(b), ')')+1:]))
		return len(f) > 0 && (f[0] == "Z" || f[0] == "X")
	}
	for range 100 {
		if dead() {
			break
		}
		time.Sleep(20 * time.Millisecond)
	}
	if !dead() {
		syscall.Kill(pid, syscall.SIGKILL)
		t.Errorf("background child %d outlived the deadline", pid)
	}
}

// TestHookWatchdog: a hook stuck past its deadline is ended with exit 0.
func TestHookWatchdog(t *testing.T) {
	exited := make(chan int, 1)
	watchdog(10*time.Millisecond, func(code int) { exited <- code })
	select {
	case code := <-exited:
		if code != 0 {
			t.Errorf("exit code %d, want 0 (a hook never fails)", code)
		}
	case <-time.After(10 * time.Second): // a safety net, not a timing assertion
		t.Fatal("the watchdog never fired")
	}
}
