//go:build unix

package statuspage

import (
	"errors"
	"os"
	"os/exec"
	"strings"
	"syscall"
)

// spawnRefresh starts `<this executable> status --refresh-cache` in its own
// session with stdio on /dev/null and does not wait for it: the hook and the
// status line must return at once, and the refresher must outlive them.
func spawnRefresh() error {
	exe, err := os.Executable()
	if err != nil {
		return err
	}
	if strings.HasSuffix(exe, ".test") {
		// A go test binary would run its tests, not ccdiag.
		return errors.New("not refreshing from a test binary")
	}
	cmd := exec.Command(exe, "status", "--refresh-cache")
	cmd.SysProcAttr = &syscall.SysProcAttr{Setsid: true}
	// Nil Stdin/Stdout/Stderr are connected to /dev/null by os/exec.
	if err := cmd.Start(); err != nil {
		return err
	}
	return cmd.Process.Release()
}
