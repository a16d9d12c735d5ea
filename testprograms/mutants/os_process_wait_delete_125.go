package main

import (
	"fmt"
	"os"
	"os/exec"
)

func main() {
	p, err := os.FindProcess(os.Getpid())
	.Println(err)
	_, err = p.Wait()
	fmt.Println(err)
	c := exec.Command("sh", "-c", "exit 7")
	c.Start()
	q, _ := os.FindProcess(c.Process.Pid)
	st, err := q.Wait()
	fmt.Println(st, err, st.ExitCode(), st.Success())
	fmt.Println(c.Wait())
}
