// The custom policy file finds one error and one warning; the build fails with a one-line summary.
def it = new dev.guidepost.maven.ItProject(basedir)
it.expectLogLines(/with policy policies\/team\.yaml$/, 1)
it.expectLogLines(/^\[ERROR\] CLAUDE\.md:1: \[acme\/claude-md-tests\] .*\btests\b.*$/, 1)
it.expectLogLines(/^\[WARNING\] CLAUDE\.md:1: \[acme\/claude-md-database\] .*\bdatabase\b.*$/, 1)
it.expectLogLines(/^\[ERROR\] Failed to execute goal .*policy-maven-plugin:.*:check .*: Guidepost: 1 error, 1 warning, 0 info \(fails on error and above\) in \d+ files with policy acme-team; reports: guidepost\.txt, guidepost\.json.* in .*target.guidepost/, 1)
it.expectDefaultReports('.')
it.expectJsonAsLibrary('.', 'policies/team.yaml')
return true
