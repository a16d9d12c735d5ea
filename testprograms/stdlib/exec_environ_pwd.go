package main

import (
	"fmt"
	"os"
	"os/exec"
	"strings"
)

func main() {
	c := exec.Command("true")
	c.Env = []string{"A=1", "B=2", "A=3", "noequals", "=x", "C="}
	fmt.Println(c.Environ())
	c.Dir = "/tmp"
	fmt.Println(c.Environ())
	d := exec.Command("true")
	d.Dir = "/usr/bin"
	env := d.Environ()
	fmt.Println(env[len(env)-1], len(env) >= len(os.Environ()))
	e := exec.Command("sh", "-c", "echo $PWD; pwd")
	e.Dir = "/usr/share/../share"
	out, err := e.Output()
	fmt.Printf("%q %v\n", out, err)
	f := exec.Command("sh", "-c", "echo $PWD")
	f.Dir = "/usr"
	f.Env = []string{"PWD=/nowhere"}
	out, err = f.Output()
	fmt.Printf("%q %v\n", out, err)
	cnt := 0
	for _, kv := range os.Environ() {
		if strings.HasPrefix(kv, "PWD=") {
			cnt++
		}
	}
	fmt.Println(os.Getpagesize())
}
