// Command measure times whole expedite processes against 'expedite
// --version' started in the same run, as the README's Performance section
// reports them: each round runs every command once, in turn, and a
// command's ratio is the median over rounds of its time divided by the
// round's --version time (paired runs, so a busy machine weighs on both).
//
//	go run ./tools/measure -bin bin/expedite -n 200
//
// It writes only into a temporary folder, which it removes.
package main

import (
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"time"
)

func main() {
	bin := flag.String("bin", "bin/expedite", "the expedite binary to time")
	n := flag.Int("n", 200, "rounds")
	examples := flag.String("examples", "examples", "the examples folder")
	cases := flag.Int("cases", 5000, "cases in the batch folder")
	shm := flag.String("tmpfs", "/dev/shm", "a memory file system, to time render without the disk's syncs (empty: none)")
	flag.Parse()
	if err := run(*bin, *examples, *shm, *n, *cases); err != nil {
		fmt.Fprintln(os.Stderr, "measure:", err)
		os.Exit(1)
	}
}

type command struct {
	name string
	args []string
}

func run(bin, examples, shm string, n, cases int) error {
	tmp, err := os.MkdirTemp("", "expedite-measure-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	batch := filepath.Join(tmp, "cases")
	if err := os.Mkdir(batch, 0o700); err != nil {
		return err
	}
	names, err := filepath.Glob(filepath.Join(examples, "*.yaml"))
	if err != nil || len(names) == 0 {
		return fmt.Errorf("no examples in %s", examples)
	}
	for i := range cases {
		src := names[i%len(names)]
		b, err := os.ReadFile(src)
		if err != nil {
			return err
		}
		dst := filepath.Join(batch, fmt.Sprintf("%05d-%s", i, filepath.Base(src)))
		if err := os.WriteFile(dst, b, 0o600); err != nil {
			return err
		}
	}
	example := filepath.Join(examples, "relative-emergency.yaml")
	const today = "2026-11-23"
	cmds := []command{
		{"--version", []string{"--version"}},
		{"check", []string{"check", "--today", today, example}},
		{"render", []string{"render", "--today", today, example, "--out", filepath.Join(tmp, "out")}},
	}
	if st, err := os.Stat(shm); shm != "" && err == nil && st.IsDir() {
		mem, err := os.MkdirTemp(shm, "expedite-measure-")
		if err != nil {
			return err
		}
		defer os.RemoveAll(mem)
		cmds = append(cmds, command{"render (to " + shm + ")", []string{"render", "--today", today, example, "--out", mem}})
	}
	cmds = append(cmds, []command{
		{fmt.Sprintf("check DIR (%d cases)", cases), []string{"check", "--today", today, batch}},
	}...)
	times := make([][]time.Duration, len(cmds))
	cpu := make([][]time.Duration, len(cmds)) // user + system time
	for round := range n + 3 {
		for i, c := range cmds {
			if i == len(cmds)-1 && round%10 != 0 {
				continue // the batch is long: one round in ten
			}
			cmd := exec.Command(bin, c.args...)
			start := time.Now()
			err := cmd.Run()
			d := time.Since(start)
			if _, ok := err.(*exec.ExitError); err != nil && !ok {
				return err
			}
			if round >= 3 { // the first rounds warm the caches
				times[i] = append(times[i], d)
				cpu[i] = append(cpu[i], cmd.ProcessState.UserTime()+cmd.ProcessState.SystemTime())
			}
		}
	}
	fmt.Printf("| command | median time | ratio to --version | median CPU time (user+sys) | CPU ratio |\n| --- | --- | --- | --- | --- |\n")
	for i, c := range cmds {
		if i == len(cmds)-1 {
			wall, cp := median(times[i]), median(cpu[i])
			fmt.Printf("| `%s` | %.0f ms: %.0f cases/s | | %.0f ms: %.0f cases per CPU-second | |\n",
				c.name, ms(wall), float64(cases)/wall.Seconds(), ms(cp), float64(cases)/cp.Seconds())
			continue
		}
		fmt.Printf("| `%s` | %.2f ms | %.2fx | %.2f ms | %.2fx |\n", c.name,
			ms(median(times[i])), pairedRatio(times[i], times[0]), ms(median(cpu[i])), pairedRatio(cpu[i], cpu[0]))
	}
	return nil
}

// pairedRatio is the median over rounds of a/b.
func pairedRatio(a, b []time.Duration) float64 {
	var ratios []float64
	for r := range a {
		ratios = append(ratios, float64(a[r])/float64(max(b[r], 1)))
	}
	slices.Sort(ratios)
	return ratios[len(ratios)/2]
}

func median(ts []time.Duration) time.Duration {
	s := slices.Clone(ts)
	slices.Sort(s)
	return s[len(s)/2]
}

func ms(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }
