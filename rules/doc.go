// Package rules loads kpolicy's rule data: gazetteers, name lists, word
// lists and event rules. The default pack is embedded from data/; users layer
// their own files on top at run time with Load, LoadPath and Merge.
//
// Every file format is plain text that an analyst can edit:
//
//   - gazetteer/*.tsv: name<TAB>label<TAB>aliases<TAB>attrs, '#' comments.
//     Aliases are comma-separated; attrs are key=value pairs joined by ';'.
//     An attr disabled=1 removes an entry of the same name and label.
//   - names/*.txt, org/*.txt, place/*.txt, ko/*.txt: one word per line,
//     '#' comments; a second tab-separated column gives a kind where the
//     list needs one (titles.txt).
//   - events/*.yaml: event rules (see events/README.md in data/).
//
// rules imports nothing else from the project.
package rules
