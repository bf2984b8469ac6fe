// guidepost:fix added deny rules after the user's allow rules, appended the missing CLAUDE.md
// sections and replaced the bare except; everything that was there is still there.
def it = new dev.guidepost.maven.ItProject(basedir)
it.expectLogLines(/^\[INFO\] Guidepost .*: fixing .* with policy builtin:django, source replacements included$/, 1)
it.expectLogLines(/^\[INFO\] Guidepost: fixed \.claude\/settings\.json \(adds 12 deny rules.*\)$/, 1)
it.expectLogLines(/^\[INFO\] Guidepost: fixed CLAUDE\.md \(adds \d+ sections: .*\)$/, 1)
it.expectLogLines(/^\[INFO\] Guidepost: fixed shop\/payments\.py \(replaces 1 match of django\/no-bare-except\)$/, 1)
it.expectLogLines(/^\[INFO\] Guidepost: fixed \d+ findings in 3 files; 1 finding left \(run guidepost:check for them\)$/, 1)
it.expectLogLines(/BUILD SUCCESS/, 1)

def settings = new File(basedir, '.claude/settings.json').getText('UTF-8')
assert settings.startsWith('{\n    "permissions": {\n        "allow": [\n            "Bash(python manage.py:*)",\n            "Bash(pytest:*)"\n        ],\n        "deny": [\n            "Bash(python manage.py migrate:*)",')
assert settings.endsWith('        ]\n    },\n    "model": "sonnet"\n}\n')
def claude = new File(basedir, 'CLAUDE.md').getText('UTF-8')
assert claude.startsWith('# Shop\n\n## Hard rules\n\n- Never use print() in production code.\n\n## ')
assert claude.contains('PostgreSQL')
assert new File(basedir, 'shop/payments.py').getText('UTF-8').contains('    except Exception:\n        logger.exception')

// nothing is left of the three rules' findings, as the library sees it
def report = dev.guidepost.Guidepost.standard().check(dev.guidepost.CheckRequest.of(basedir.toPath()))
def ids = report.findings()*.ruleId()
def fixable = ['django/settings-deny-destructive', 'django/settings-allow-conflict', 'django/settings-allow-dev-loop',
               'django/no-bare-except']
assert !ids.any { fixable.contains(it) || it.startsWith('django/claude-md') } : ids
return true
