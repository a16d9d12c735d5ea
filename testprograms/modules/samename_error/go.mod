module example.com/samename_error

go 1.19

require example.com/samename v0.0.0

replace example.com/samename => ../samename
