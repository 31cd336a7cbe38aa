package plugin

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
)

// Asset is the release file name of the ccdiag binary for this OS/arch, as
// .ci/release.sh names it and the launcher asks for it.
func Asset() string {
	name := "ccdiag_" + runtime.GOOS + "_" + runtime.GOARCH
	if runtime.GOOS == "windows" {
		name += ".exe"
	}
	return name
}

// CopyPlugin copies the plugin (marketplace, manifest, commands, launcher)
// into root/.claude-plugin, pinning version and the given checksums (asset →
// hex SHA-256) in its release.txt, so a test can point the launcher at its
// own release host.
func CopyPlugin(root, version string, sums map[string]string) error {
	src, err := Dir()
	if err != nil {
		return err
	}
	dst := filepath.Join(root, ".claude-plugin")
	if err := os.CopyFS(dst, os.DirFS(src)); err != nil {
		return err
	}
	var b strings.Builder
	fmt.Fprintf(&b, "version %s\n", version)
	for asset, sum := range sums {
		fmt.Fprintf(&b, "%s  %s\n", sum, asset)
	}
	return os.WriteFile(filepath.Join(dst, "release.txt"), []byte(b.String()), 0o644)
}

// SHA256File is the hex SHA-256 of a file.
func SHA256File(path string) (string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return "", err
	}
	s := sha256.Sum256(b)
	return hex.EncodeToString(s[:]), nil
}

// BuildCcdiag builds ./cmd/ccdiag stamped with version into out.
func BuildCcdiag(out, version string) error {
	dir, err := Dir()
	if err != nil {
		return err
	}
	cmd := exec.Command("go", "build", "-ldflags", "-X main.version="+version, "-o", out, "./cmd/ccdiag")
	cmd.Dir = filepath.Dir(dir)
	if b, err := cmd.CombinedOutput(); err != nil {
		return fmt.Errorf("go build: %v\n%s", err, b)
	}
	return nil
}
