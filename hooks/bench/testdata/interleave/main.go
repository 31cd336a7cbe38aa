// Command interleave times short commands round-robin, one run of each in
// turn (in a new random order every round), so that the machine's load
// drifting during the bench weighs on every variant alike. Each run is a
// fork/exec from this process with no shell in between, as a parent that
// spawns a hook directly would; an untimed prepare command (sh -c) runs
// before each timed run.
//
//	interleave -runs N SPECFILE
//
// SPECFILE has one variant per line: NAME<TAB>PREPARE<TAB>COMMAND, where
// COMMAND is NAME=VALUE words (its environment), then the program and its
// arguments, then optionally "< FILE" for its stdin; words are split on
// spaces (no quoting). It prints each variant's p50, p25, p75 and mean
// user and system time.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"slices"
	"strings"
	"syscall"
	"time"
)

type variant struct {
	name, prepare string
	env, argv     []string
	stdin         string
	wall          []time.Duration
	user, sys     time.Duration
}

func main() {
	runs := flag.Int("runs", 300, "timed runs of each variant")
	warmup := flag.Int("warmup", 10, "untimed runs of each variant first")
	flag.Parse()
	vs, err := parse(flag.Arg(0))
	if err != nil || len(vs) == 0 {
		fmt.Fprintln(os.Stderr, "interleave:", err)
		os.Exit(2)
	}
	order := make([]int, len(vs))
	for i := range order {
		order[i] = i
	}
	for r := 0; r < *warmup+*runs; r++ {
		rand.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, i := range order {
			if err := vs[i].run(r >= *warmup); err != nil {
				fmt.Fprintf(os.Stderr, "interleave: %s: %v\n", vs[i].name, err)
				os.Exit(1)
			}
		}
	}
	for _, v := range vs {
		slices.Sort(v.wall)
		n := len(v.wall)
		ms := func(d time.Duration) float64 { return float64(d) / 1e6 }
		fmt.Printf("%-40s p50 %5.2f ms  p25 %5.2f  p75 %5.2f  user %4.2f sys %4.2f ms  (n=%d, interleaved)\n",
			v.name, ms(v.wall[n/2]), ms(v.wall[n/4]), ms(v.wall[3*n/4]), ms(v.user)/float64(n), ms(v.sys)/float64(n), n)
	}
}

func parse(path string) ([]*variant, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var vs []*variant
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		parts := strings.Split(sc.Text(), "\t")
		if len(parts) != 3 {
			continue
		}
		v := &variant{name: parts[0], prepare: parts[1]}
		words := strings.Fields(parts[2])
		if n := len(words); n >= 2 && words[n-2] == "<" {
			v.stdin, words = words[n-1], words[:n-2]
		}
		for len(words) > 0 && strings.Contains(words[0], "=") {
			v.env, words = append(v.env, words[0]), words[1:]
		}
		if len(words) == 0 {
			return nil, fmt.Errorf("%s: no program", v.name)
		}
		v.argv = words
		vs = append(vs, v)
	}
	return vs, sc.Err()
}

func (v *variant) run(timed bool) error {
	if v.prepare != "" {
		if err := exec.Command("/bin/sh", "-c", v.prepare).Run(); err != nil {
			return fmt.Errorf("prepare: %w", err)
		}
	}
	cmd := exec.Command(v.argv[0], v.argv[1:]...)
	cmd.Env = append(os.Environ(), v.env...)
	if v.stdin != "" {
		in, err := os.Open(v.stdin)
		if err != nil {
			return err
		}
		defer in.Close()
		cmd.Stdin = in
	}
	start := time.Now()
	err := cmd.Run()
	d := time.Since(start)
	if err != nil {
		return err
	}
	if timed {
		v.wall = append(v.wall, d)
		ru := cmd.ProcessState.SysUsage().(*syscall.Rusage)
		v.user += time.Duration(ru.Utime.Nano())
		v.sys += time.Duration(ru.Stime.Nano())
	}
	return nil
}
