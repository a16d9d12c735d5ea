module example.com/embedhttp

go 1.19
