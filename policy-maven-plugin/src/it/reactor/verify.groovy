// Repository scope: checked once, by the first project of the reactor (the root); api skips it.
// Module scope (worker): the module checks its own folder.
def it = new dev.guidepost.maven.ItProject(basedir)
def root = basedir.canonicalPath
it.expectLogLines(/\[INFO\] Guidepost .*: checking .* \(repository scope\)/, 1)
it.expectLogLines(/\[INFO\] Guidepost .*: checking \Q/ + root + /\E \(repository scope\) with policy guidepost\.yaml$/, 1)
it.expectLogLines(/\[INFO\] Guidepost: \Q/ + root + /\E is checked once per build, already by it\.guidepost:reactor:pom:1\.0$/, 1)
it.expectLogLines(/\[INFO\] Guidepost .*: checking \Q/ + root + /\E.worker \(module scope\) with policy guidepost\.yaml$/, 1)
it.expectDefaultReports('.')
it.expectJsonAsLibrary('.', null)
assert !new File(basedir, 'api/target/guidepost').exists()
assert new File(basedir, 'worker/target/guidepost').list() as List == ['guidepost.json']
return true
