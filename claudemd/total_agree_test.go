package claudemd

import (
	"bytes"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// The report's "N% of the total limit" and total-too-large answer the same
// question: over 100% exactly when the rule fires. 68196c3 printed "129%"
// with no total-too-large, because Claude Code leaves files over the
// per-file limit out of the total.
func TestReportPercentAgreesWithTotalTooLarge(t *testing.T) {
	para := strings.Repeat("Instructions that keep the project on track. ", 20) + "\n\n"
	for _, tc := range []struct {
		name             string
		big, small, nSml int // chars (roughly) of one big file and of each small one
	}{
		{"big file over the per-file limit", 110_000, 30_000, 2},
		{"many small files over the total", 0, 35_000, 4},
		{"under both", 0, 20_000, 2},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			var imports string
			for i := range tc.nSml {
				name := "s" + strconv.Itoa(i) + ".md"
				write(t, filepath.Join(dir, name), strings.Repeat(strconv.Itoa(i)+para, tc.small/len(para)))
				imports += "@" + name + "\n"
			}
			if tc.big > 0 {
				write(t, filepath.Join(dir, "big.md"), strings.Repeat("b"+para, tc.big/len(para)))
				imports += "@big.md\n"
			}
			write(t, filepath.Join(dir, "CLAUDE.md"), "# Root\n\n"+imports)
			res, err := Lint(Options{Paths: []string{dir}, Cwd: dir, Home: t.TempDir(), Startup: true, Sections: true})
			if err != nil {
				t.Fatal(err)
			}
			var buf bytes.Buffer
			if err := (ReportPrinter{Dir: "."}).Print(&buf, res); err != nil {
				t.Fatal(err)
			}
			m := regexp.MustCompile(`— (\d+)% of Claude Code's`).FindStringSubmatch(buf.String())
			if m == nil {
				t.Fatalf("no percentage in report:\n%s", buf.String())
			}
			pct, _ := strconv.Atoi(m[1])
			fired := res.Totals.FindingsByRule["total-too-large"] > 0
			if fired != (pct > 100) {
				t.Errorf("report says %d%%, total-too-large fired: %v\n%s", pct, fired, buf.String())
			}
		})
	}
}
