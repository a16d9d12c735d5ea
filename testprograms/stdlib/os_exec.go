package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"strings"
	"time"
)

func main() {
	out, err := exec.Command("echo", "hello", "world").Output()
	fmt.Printf("%q %v\n", out, err)

	cmd := exec.Command("sh", "-c", "echo out; echo err >&2; exit 3")
	out, err = cmd.Output()
	fmt.Printf("%q %v\n", out, err)
	var ee *exec.ExitError
	if errors.As(err, &ee) {
		fmt.Printf("code=%d stderr=%q exited=%v success=%v\n", ee.ExitCode(), ee.Stderr, ee.Exited(), ee.Success())
	}

	comb, err := exec.Command("sh", "-c", "echo a; echo b >&2; echo c").CombinedOutput()
	fmt.Printf("%q %v\n", comb, err)

	_, err = exec.Command("no-such-program-xyz").Output()
	fmt.Println(err, errors.Is(err, exec.ErrNotFound))
	_, err = exec.Command("/no/such/file").Output()
	fmt.Println(err)

	grep := exec.Command("grep", "an")
	grep.Stdin = strings.NewReader("banana\napple\nmango\ncherry\n")
	var sb strings.Builder
	grep.Stdout = &sb
	fmt.Println(grep.Run(), sb.String())

	wc := exec.Command("wc", "-l")
	in, _ := wc.StdinPipe()
	o, _ := wc.StdoutPipe()
	wc.Start()
	for i := 0; i < 1000; i++ {
		fmt.Fprintf(in, "line %d\n", i)
	}
	in.Close()
	all, _ := io.ReadAll(o)
	fmt.Printf("wc: %q %v\n", strings.TrimSpace(string(all)), wc.Wait())

	ls := exec.Command("sh", "-c", "for i in 1 2 3; do echo item $i; done")
	r, _ := ls.StdoutPipe()
	ls.Start()
	sc := bufio.NewScanner(r)
	for sc.Scan() {
		fmt.Println("got", sc.Text())
	}
	fmt.Println(ls.Wait(), ls.ProcessState.ExitCode(), ls.ProcessState)

	env := exec.Command("sh", "-c", "echo $FOO-$BAR")
	env.Env = []string{"FOO=1", "BAR=2", "FOO=3"}
	out, _ = env.Output()
	fmt.Printf("%s", out)
	os.Setenv("GOTRUFFLE_X", "inherited")
	out, _ = exec.Command("sh", "-c", "echo $GOTRUFFLE_X").Output()
	fmt.Printf("%s", out)

	pwd := exec.Command("pwd")
	pwd.Dir = "/tmp"
	out, _ = pwd.Output()
	fmt.Printf("%s", out)

	ctx, cancel := context.WithTimeout(context.Background(), 200*time.Millisecond)
	defer cancel()
	start := time.Now()
	err = exec.CommandContext(ctx, "sleep", "5").Run()
	fmt.Println(err, time.Since(start) < 3*time.Second)

	k := exec.Command("sleep", "5")
	k.Start()
	k.Process.Kill()
	err = k.Wait()
	fmt.Println(err, k.ProcessState.ExitCode(), k.ProcessState.Exited())

	c2 := exec.Command("true")
	fmt.Println(c2.Wait())
	fmt.Println(c2.Run(), c2.Run())
	fmt.Println(exec.Command("echo", "x", "y").String())
	p, err := exec.LookPath("sh")
	fmt.Println(p != "", err)
	_, err = exec.LookPath("nonexistent-zz")
	fmt.Println(err)

	e := exec.Command("sh", "-c", "echo to-stdout; echo to-stderr >&2")
	e.Stdout = os.Stdout
	e.Stderr = os.Stdout
	fmt.Println(e.Run())
}
