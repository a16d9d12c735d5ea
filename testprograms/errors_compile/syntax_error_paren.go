// Syntax error: a call missing its closing parenthesis at the end of a line.
package main

import "fmt"

func maxOf(nums []int) int {
	max := nums[0]
	for _, n := range nums[1:] {
		if n > max {
			max = n
		}
	}
	return max
}

func minOf(nums []int) int {
	min := nums[0]
	for _, n := range nums[1:] {
		if n < min {
			min = n
		}
	}
	return min
}

func main() {
	nums := []int{3, 1, 4, 1, 5, 9, 2, 6}
	fmt.Println("max:", maxOf(nums), "min:", minOf(nums)
	fmt.Println("count:", len(nums))
}
