package statuscache

import (
	"errors"
	"os"
	"os/exec"
	"strings"
)

// SpawnRefresh starts `<this executable> status --refresh-cache`, detached,
// with stdio on /dev/null, and does not wait for it: the hook and the status
// line must return at once, and the refresher must outlive them. The caller
// holds the lock (TryLock); the refresher releases it.
func SpawnRefresh() error {
	exe, err := os.Executable()
	if err != nil {
		return err
	}
	if strings.HasSuffix(exe, ".test") {
		// A go test binary would run its tests, not ccdiag.
		return errors.New("not refreshing from a test binary")
	}
	cmd := exec.Command(exe, "status", "--refresh-cache")
	detach(cmd)
	if err := cmd.Start(); err != nil {
		return err
	}
	return cmd.Process.Release()
}
