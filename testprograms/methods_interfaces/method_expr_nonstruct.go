// Method expressions on named non-struct types: (*T).M with pointer and value receivers.
package main

import "fmt"

type Stack []int

func (s *Stack) Push(v int) { *s = append(*s, v) }
func (s *Stack) Len() int   { return len(*s) }
func (s Stack) Top() int    { return s[len(s)-1] }

type Tally map[string]int

func (t *Tally) Size() int     { return len(*t) }
func (t Tally) Get(k string) int { return t[k] }

type Level int

func (l *Level) Up()          { *l++ }
func (l Level) String() string { return fmt.Sprintf("L%d", int(l)) }

type Pipe chan int

func (p *Pipe) Cap() int { return cap(*p) }
func (p Pipe) Len() int  { return len(p) }

func main() {
	var s Stack
	push := (*Stack).Push
	for i := 1; i <= 3; i++ {
		push(&s, i*i)
	}
	fmt.Println((*Stack).Len(&s), Stack.Top(s), (*Stack).Top(&s), s)

	t := Tally{"a": 1, "b": 2}
	fmt.Println((*Tally).Size(&t), Tally.Get(t, "b"), (*Tally).Get(&t, "a"))

	var l Level = 7
	up := (*Level).Up
	up(&l)
	up(&l)
	str := (*Level).String
	fmt.Println(l, Level.String(l), str(&l))

	p := make(Pipe, 4)
	p <- 1
	fmt.Println((*Pipe).Cap(&p), Pipe.Len(p), (*Pipe).Len(&p))
	fmt.Printf("%T %T\n", push, str)
}
