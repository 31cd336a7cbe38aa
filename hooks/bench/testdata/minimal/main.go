// Command minimal is the bench's floor: a Go binary that only appends its
// stdin to a file with one write, like the minimal hook in the facts file.
package main

import (
	"io"
	"os"
)

func main() {
	b, _ := io.ReadAll(os.Stdin)
	f, err := os.OpenFile(os.Args[1], os.O_WRONLY|os.O_APPEND|os.O_CREATE, 0o600)
	if err != nil {
		return
	}
	f.Write(append(b, '\n'))
	f.Close()
}
