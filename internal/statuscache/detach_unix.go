//go:build unix

package statuscache

import (
	"os/exec"
	"syscall"
)

// detach puts the refresher in its own session so it outlives the hook or
// status line that started it.
func detach(cmd *exec.Cmd) {
	cmd.SysProcAttr = &syscall.SysProcAttr{Setsid: true}
}
