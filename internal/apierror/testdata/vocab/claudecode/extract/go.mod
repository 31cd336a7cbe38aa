module github.com/ccdiag/ccdiag/internal/apierror/testdata/vocab/claudecode/extract

go 1.26.0

require github.com/tdewolff/parse/v2 v2.25.0
