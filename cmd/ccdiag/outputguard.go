package main

import (
	"github.com/ccdiag/ccdiag/internal/iostreams"
	"github.com/ccdiag/ccdiag/internal/sanitize"
)

// redactor is the output guard of every command: the secrets of the process
// environment and of the one the command was given (tests inject it).
func redactor(io *iostreams.IOStreams) *sanitize.Redactor {
	if io.Getenv == nil {
		return sanitize.Default()
	}
	return sanitize.Merge(sanitize.Default(), sanitize.FromEnv(io.Getenv))
}
