package apierror

import (
	"slices"
	"strings"
	"testing"
)

func BenchmarkZZBuildMatcher(b *testing.B) {
	rs := rules.get()
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		newPhraseMatcher(rs.phrases)
	}
}
func BenchmarkZZSortPhrases(b *testing.B) {
	rs := rules.get()
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		idx := make([]int32, len(rs.phrases))
		for k := range idx {
			idx[k] = int32(k)
		}
		slices.SortFunc(idx, func(a, c int32) int { return strings.Compare(rs.phrases[a], rs.phrases[c]) })
	}
}
