package main

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/rogpeppe/go-internal/diff"

	"github.com/ccdiag/ccdiag/hooks/state"
	"github.com/ccdiag/ccdiag/internal/iostreams"
	"github.com/ccdiag/ccdiag/internal/safefile"
	"github.com/ccdiag/ccdiag/internal/sanitize"
)

// editAttempts bounds how often an edit is redone when another program
// changes the file between our read and our rename.
const editAttempts = 5

// editFile applies fn to the settings file at path (a missing file is
// empty) and writes the result with the shared atomic writer: through a
// symlink to its target, keeping its mode, refusing a read-only file, and
// redoing the edit when the file changed meanwhile, so no other edit is
// lost. The previous content goes to ccdiag's state folder. A dry run
// prints the diff, or that nothing would change.
func editFile(s *iostreams.IOStreams, path string, dryRun bool, fn func([]byte) ([]byte, []string, error)) (bool, error) {
	stateDir := state.Dir(s.Getenv)
	for range editAttempts {
		snap, err := safefile.ReadForUpdate(path, safefile.Settings)
		if err != nil {
			return false, inputError(fmt.Errorf("reading %s: %w; nothing was written", path, err))
		}
		out, notes, err := fn(snap.Data)
		if err != nil {
			return false, inputError(fmt.Errorf("%s: %w; nothing was written", path, err))
		}
		if bytes.Equal(out, snap.Data) || !snap.Exists && len(notes) == 0 {
			fmt.Fprintf(s.Out, "%s: nothing to change\n", path)
			return false, nil
		}
		created := markerPath(stateDir, snap.Path)
		remove := snap.Exists && bytes.Equal(bytes.TrimSpace(out), []byte("{}")) && fileExists(created)
		if dryRun {
			newName, after := path+" (after)", out
			if remove {
				newName, after = "/dev/null", nil
			}
			// The diff quotes the settings (an env block may hold keys).
			red := redactor(s)
			io.WriteString(s.Out, red.Redact(string(diff.Diff(path, snap.Data, newName, after))).Terminal())
			for _, n := range notes {
				fmt.Fprintf(s.Out, "# %s\n", red.Redact(n).Line())
			}
			return true, nil
		}
		backup := ""
		if snap.Exists {
			if backup, err = saveBackup(stateDir, snap.Path, snap.Data); err != nil {
				return false, fmt.Errorf("backing up %s: %w", path, err)
			}
		}
		newDir := false
		if !snap.Exists {
			if _, err := os.Stat(filepath.Dir(snap.Path)); errors.Is(err, os.ErrNotExist) {
				newDir = true
				if err := os.MkdirAll(filepath.Dir(snap.Path), 0o700); err != nil {
					return false, err
				}
			}
		}
		if remove {
			err = removeCreated(snap, created)
			notes = append(notes, "removed the file (install created it, and nothing else is in it)")
		} else {
			err = snap.Write(out, safefile.WriteOptions{Perm: 0o600})
		}
		var ro *safefile.ReadOnlyError
		switch {
		case errors.Is(err, safefile.ErrChanged):
			continue // someone else's edit landed first: redo ours on top of it
		case errors.As(err, &ro):
			return false, inputError(fmt.Errorf("%w; nothing was written", err))
		case err != nil:
			return false, fmt.Errorf("writing %s: %w", path, err)
		}
		if !snap.Exists {
			markCreated(created, snap.Path, newDir)
		}
		fmt.Fprintf(s.Out, "%s:\n", sanitize.Line(path, 4096))
		for _, n := range notes {
			fmt.Fprintf(s.Out, "  %s\n", redactor(s).Redact(n).Line())
		}
		if backup != "" {
			fmt.Fprintf(s.Out, "  previous version: %s\n", backup)
		}
		return true, nil
	}
	return false, fmt.Errorf("%s kept changing while ccdiag edited it; nothing was written: run the command again", path)
}

// fileKey names a settings file in the state folder.
func fileKey(real string) string {
	abs, err := filepath.Abs(real)
	if err != nil {
		abs = real
	}
	sum := sha256.Sum256([]byte(abs))
	return filepath.Base(abs) + "-" + hex.EncodeToString(sum[:6])
}

func saveBackup(stateDir, real string, data []byte) (string, error) {
	dir := filepath.Join(stateDir, "backups")
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return "", err
	}
	p := filepath.Join(dir, fileKey(real)+".bak")
	return p, os.WriteFile(p, data, 0o600)
}

// markerPath records that install created a file (so uninstall may remove
// it); the marker holds the file's path, and "dir" when install also made
// its folder.
func markerPath(stateDir, real string) string {
	return filepath.Join(stateDir, "created", fileKey(real))
}

func markCreated(marker, real string, newDir bool) {
	content := real + "\n"
	if newDir {
		content += "dir\n"
	}
	if os.MkdirAll(filepath.Dir(marker), 0o700) == nil {
		_ = os.WriteFile(marker, []byte(content), 0o600) // best effort: without it uninstall leaves {} behind
	}
}

// removeCreated removes a file install created, if it still holds what was
// read, and its folder when install made that too and it is now empty.
func removeCreated(snap *safefile.Snapshot, marker string) error {
	now, err := safefile.ReadFile(snap.Path, safefile.Settings)
	if err != nil {
		return err
	}
	if !bytes.Equal(now, snap.Data) {
		return safefile.ErrChanged
	}
	if err := os.Remove(snap.Path); err != nil {
		return err
	}
	m, _ := safefile.ReadFile(marker, safefile.Cache)
	if bytes.HasSuffix(m, []byte("\ndir\n")) {
		_ = os.Remove(filepath.Dir(snap.Path)) // only succeeds when empty
	}
	return os.Remove(marker)
}

func fileExists(p string) bool {
	_, err := os.Stat(p)
	return err == nil
}
