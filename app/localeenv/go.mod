module envlocale

go 1.26.0
