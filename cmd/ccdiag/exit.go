package main

import (
	"errors"
	"fmt"
)

// Exit codes shared by every command (each command documents its own use).
const (
	exitOK       = 0 // ok / clean
	exitFindings = 1 // findings or failed checks
	exitUsage    = 2 // bad flags, unreadable input
	exitInternal = 3 // internal failure
)

// exitError carries the process exit code out of a command action. A nil err
// means the command already said everything it had to say.
type exitError struct {
	code int
	err  error
	// cmd names the command whose --help to point at for usage errors.
	cmd string
}

func (e *exitError) Error() string {
	if e.err == nil {
		return fmt.Sprintf("exit status %d", e.code)
	}
	return e.err.Error()
}

func (e *exitError) Unwrap() error { return e.err }

// usageErrorf reports bad flags or arguments (exit 2).
func usageErrorf(format string, args ...any) error {
	return &exitError{code: exitUsage, err: fmt.Errorf(format, args...)}
}

// inputError reports unreadable or unusable input (exit 2).
func inputError(err error) error {
	return &exitError{code: exitUsage, err: err}
}

// silentExit ends the command with code after it has printed its own output,
// e.g. exit 1 when a linter found problems.
func silentExit(code int) error {
	if code == exitOK {
		return nil
	}
	return &exitError{code: code}
}

// exitCode maps an error returned by the app to a process exit code and the
// message to print; errors that are not exitErrors are internal failures.
func exitCode(err error) (int, string) {
	if err == nil {
		return exitOK, ""
	}
	var ee *exitError
	if errors.As(err, &ee) {
		if ee.err == nil {
			return ee.code, ""
		}
		msg := ee.err.Error()
		if ee.code == exitUsage && ee.cmd != "" {
			msg += fmt.Sprintf("\nRun '%s --help' for usage.", ee.cmd)
		}
		return ee.code, msg
	}
	return exitInternal, err.Error()
}
