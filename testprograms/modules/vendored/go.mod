module example.com/vendored

go 1.19

require (
	github.com/acme/strutil v1.2.0
	rsc.io/quote v1.5.2
)
