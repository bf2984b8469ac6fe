// With the baseline of its two findings the violating repository passes, and the log says so.
def it = new dev.guidepost.maven.ItProject(basedir)
it.expectLogLines(/^\[INFO\] Guidepost: baseline .*guidepost-baseline\.json: 2 known findings not reported, 0 entries fixed since$/, 1)
it.expectLogLines(/^\[INFO\] Guidepost: 0 errors, 0 warnings, 0 info \(fails on warning and above\)/, 1)
it.expectLogLines(/\[acme\/claude-md-/, 0)
it.expectLogLines(/BUILD SUCCESS/, 1)
def json = new File(basedir, 'target/guidepost/guidepost.json').text
assert json.contains('"baselined" : 2')
return true
