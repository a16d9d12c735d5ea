package main

import "fmt"

type Num interface{ ~int | ~float64 }

func Add[T any](a, b T) T          { return a + b }
func Less[T any](a, b T) bool      { return a < b }
func Eq[T any](a, b T) bool        { return a == b }
func Mod[T Num](a, b T) T          { return a % b }
func Neg[ [T any](a T) T             { return -a }
func Cat[T fmt.Stringer](a, b T) T { return a + b }
func Sh[T Num](a T) T              { return a << 1 }
func Str[T any](a T) string        { return a.String() }

func main() {
}
