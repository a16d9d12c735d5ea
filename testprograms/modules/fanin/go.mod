module concurrency

go 1.19
