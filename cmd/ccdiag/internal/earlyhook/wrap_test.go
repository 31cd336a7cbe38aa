//go:build unix

package earlyhook

import (
	"context"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestWrapOutputIsCapped is finding 14: `statusline --wrap 'cat /dev/zero'`
// read 1.9 GB. The output kept is bounded and the producer is stopped.
func TestWrapOutputIsCapped(t *testing.T) {
	if _, err := exec.LookPath("sh"); err != nil || runtime.GOOS == "windows" {
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
	if _, err := exec.LookPath("sh"); err != nil || runtime.GOOS == "windows" {
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
	var alive error
	for range 50 {
		if alive = syscall.Kill(pid, 0); alive != nil || zombie(pid) {
			alive = syscall.ESRCH
			break
		}
		time.Sleep(20 * time.Millisecond)
	}
	if alive == nil {
		syscall.Kill(pid, syscall.SIGKILL)
		t.Errorf("background child %d outlived the deadline", pid)
	}
}

// zombie reports whether pid has exited but is not yet reaped: a killed
// grandchild is reparented to PID 1, which may reap it late, and kill(pid, 0)
// still succeeds on a zombie.
func zombie(pid int) bool {
	b, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/stat")
	if err != nil {
		return false
	}
	// The state follows the command name in parentheses, which may hold spaces.
	i := strings.LastIndexByte(string(b), ')')
	return i >= 0 && i+2 < len(b) && b[i+2] == 'Z'
}
