// Skipped: no check, no policy read (its error would fail the build), no report folder.
def it = new dev.guidepost.maven.ItProject(basedir)
it.expectLogLines(/^\[INFO\] Guidepost: skipped \(guidepost\.skip\)$/, 1)
it.expectLogLines(/checking/, 0)
assert !new File(basedir, 'target/guidepost').exists()
return true
