package main

import (
	"fmt"

	"github.com/acme/strutil"
	strcase "github.com/acme/strutil/case"
	"rsc.io/quote"
)

func main() {
	fmt.Println(strutil.Reverse("vendored"), strutil.Shout("hi"), strcase.Upper("x"))
	fmt.Println(quote.Go())
}
