// Package iostreams carries a command's stdin, stdout and stderr plus what it
// needs to know about them (is this a terminal, may we colour), so commands are
// testable without a real terminal.
package iostreams

import (
	"io"
	"os"
)

// IOStreams is what a command reads from and writes to.
type IOStreams struct {
	In     io.Reader
	Out    io.Writer
	ErrOut io.Writer

	// StdoutIsTTY is true when Out is an interactive terminal.
	StdoutIsTTY bool
	// Getenv reads the environment; tests replace it.
	Getenv func(string) string
}

// System returns streams bound to the process's stdin, stdout and stderr.
func System() *IOStreams {
	return &IOStreams{
		In:          os.Stdin,
		Out:         os.Stdout,
		ErrOut:      os.Stderr,
		StdoutIsTTY: isTerminal(os.Stdout),
		Getenv:      os.Getenv,
	}
}

// ColorEnabled reports whether stdout output may carry ANSI colours:
// NO_COLOR (any value) turns them off, CLICOLOR_FORCE turns them on even
// when stdout is not a terminal, otherwise only a terminal gets colour.
func (s *IOStreams) ColorEnabled() bool {
	if s.Getenv("NO_COLOR") != "" {
		return false
	}
	if f := s.Getenv("CLICOLOR_FORCE"); f != "" && f != "0" {
		return true
	}
	return s.StdoutIsTTY && s.Getenv("TERM") != "dumb"
}

// ColorScheme returns the palette for stdout.
func (s *IOStreams) ColorScheme() *ColorScheme {
	return NewColorScheme(s.ColorEnabled())
}

// isTerminal reports whether f is a character device, which is what a
// terminal looks like; it avoids a dependency for one bit.
func isTerminal(f *os.File) bool {
	fi, err := f.Stat()
	if err != nil {
		return false
	}
	return fi.Mode()&os.ModeCharDevice != 0
}
