//go:build !linux

package claudemd

import "os"

func readDir(path string, buf []byte) ([]dirEntry, []byte, error) {
	ents, err := os.ReadDir(path)
	if err != nil {
		return nil, buf, err
	}
	out := make([]dirEntry, len(ents))
	for i, e := range ents {
		out[i] = dirEntry{name: e.Name(), mode: e.Type()}
	}
	return out, buf, nil
}
