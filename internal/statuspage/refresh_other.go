//go:build !unix

package statuspage

import (
	"errors"
	"os"
	"os/exec"
	"strings"
)

// spawnRefresh starts `<this executable> status --refresh-cache` and does not
// wait for it.
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
	if err := cmd.Start(); err != nil {
		return err
	}
	return cmd.Process.Release()
}
