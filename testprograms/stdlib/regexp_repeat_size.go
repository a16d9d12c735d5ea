// regexp: Go rejects a counted repeat whose nested counts multiply past 1,000 ("invalid repeat count" with
// the outer repeat's text); re2j has no such check.
package main

import (
	"fmt"
	"regexp"
)

func main() {
	for _, e := range []string{
		`(((a{100}){100}){100})`, `(a{100}){100}`, `(a{10}){100}`, `(a{10}){101}`, `(?:a{2}b{500}){2}`, `(?:a{2}b{501}){2}`,
		`(a{1000})*`, `(a{1000})+b{2}`, `(a*){1000}`, `((a{2}){2}){250}`, `((a{2}){2}){251}`, `(a{0}){1000}`, `(a{0,}){1000}`,
		`(a{2,}){500}`, `(a{2,}){501}`, `(a{100}){10}?`, `(a{100}){11}?x`, `[{]{2}(x{40}){30}`, `\{(a{40}){30}`, `a{,5}{2}`,
		`(a|b{200}|c){5}`, `(a|b{200}|c){6}`, `(?i)(a{100}){10}`, `(?i:a{100}){11}`, `(?P<n>a{100}){11}`, `\Q{{\E(x{100}){11}`,
		`x{2}(y{600})`, `(x{2}y{600}){1}`, `(x{2}y{600}){2}`,
	} {
		_, err := regexp.Compile(e)
		fmt.Printf("%-28s %v\n", e, err)
	}
}
