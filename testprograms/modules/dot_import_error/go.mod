module example.com/dotimporterror

go 1.19
