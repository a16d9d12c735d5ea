module example.com/typeargs

go 1.19
