// guidepost.yaml at the root is found without configuration; nothing violates it.
def it = new dev.guidepost.maven.ItProject(basedir)
it.expectLogLines(/\[INFO\] Guidepost .*: checking .* \(repository scope\) with policy guidepost\.yaml$/, 1)
it.expectLogLines(/\[INFO\] Guidepost: 0 errors, 0 warnings, 0 info \(fails on error and above\) in \d+ files with policy acme-team; reports: /, 1)
it.expectDefaultReports('.')
it.expectJsonAsLibrary('.', null)
return true
