package ner

import "strconv"

func ftoa(f float64) string { return strconv.FormatFloat(f, 'f', -1, 64) }
